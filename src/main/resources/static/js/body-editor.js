/*
 * A small rich-text editor for document bodies, as progressive enhancement: without JavaScript the officer types
 * into the plain textarea; with it, the textarea is hidden and kept in step with an editable area, so the textarea is
 * always what the form submits. The server's sanitiser stays the only gate; the cleaning here only keeps the editor
 * from running handlers in text that came back from the server unsanitised (a form shown again after an error).
 */
(function () {
  'use strict';

  // A subset of the server's allow-list (jsoup Safelist.relaxed): what this editor can produce or keep.
  var TAGS = ['a', 'b', 'blockquote', 'br', 'caption', 'code', 'col', 'colgroup', 'dd', 'div', 'dl', 'dt', 'em',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'i', 'li', 'ol', 'p', 'pre', 'q', 'small', 'span', 'strike', 'strong', 'sub',
    'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul', 'img'];
  var ATTRIBUTES = {
    a: ['href', 'title'], img: ['src', 'alt', 'title', 'width', 'height'], ol: ['start', 'type'],
    td: ['colspan', 'rowspan', 'headers'], th: ['colspan', 'rowspan', 'scope', 'id', 'headers'], col: ['span'],
    colgroup: ['span']
  };
  // Elements whose content is never text for a reader: dropped with everything inside.
  var DROPPED = ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'head',
    'title', 'meta', 'link', 'form', 'input', 'button', 'select', 'textarea'];

  function safeUrl(value, image) {
    var v = value.trim();
    if (image) {
      return v.charAt(0) === '/' && v.charAt(1) !== '/';
    }
    return /^(https?:|mailto:|\/|#)/i.test(v) || !/^[a-z][a-z0-9+.-]*:/i.test(v);
  }

  function clean(node, into) {
    Array.prototype.forEach.call(node.childNodes, function (child) {
      if (child.nodeType === 3) {
        into.appendChild(document.createTextNode(child.nodeValue));
        return;
      }
      if (child.nodeType !== 1) {
        return;
      }
      var tag = child.nodeName.toLowerCase();
      if (DROPPED.indexOf(tag) >= 0) {
        return;
      }
      if (TAGS.indexOf(tag) < 0) {
        clean(child, into); // an unknown wrapper: keep its text
        return;
      }
      var copy = document.createElement(tag);
      (ATTRIBUTES[tag] || []).forEach(function (name) {
        var value = child.getAttribute(name);
        if (value === null) {
          return;
        }
        if ((name === 'href' || name === 'src') && !safeUrl(value, name === 'src')) {
          return;
        }
        copy.setAttribute(name, value);
      });
      if (tag === 'img' && !copy.hasAttribute('src')) {
        return;
      }
      clean(child, copy);
      into.appendChild(copy);
    });
    return into;
  }

  // The same rule as the server: a body without tags is plain text, paragraphs on blank lines, <br> on newlines.
  function plainText(text, into) {
    text.replace(/\r\n?/g, '\n').split(/\n[\s\u3000]*\n/).forEach(function (paragraph) {
      var p = paragraph.replace(/^\n+|\s+$/g, '');
      if (!p.trim()) {
        return;
      }
      var el = document.createElement('p');
      p.split('\n').forEach(function (line, i) {
        if (i > 0) {
          el.appendChild(document.createElement('br'));
        }
        el.appendChild(document.createTextNode(line.replace(/\s+$/, '')));
      });
      into.appendChild(el);
    });
  }

  function load(value, editor) {
    editor.textContent = '';
    if (/<[a-z!\/]/i.test(value)) {
      // A parsed document of its own is inert: nothing in it loads or runs until cleaned copies are made here.
      var parsed = new DOMParser().parseFromString(value, 'text/html');
      clean(parsed.body, editor);
    } else {
      plainText(value, editor);
    }
    if (!editor.firstChild) {
      editor.appendChild(emptyParagraph());
    }
  }

  function emptyParagraph() {
    var p = document.createElement('p');
    p.appendChild(document.createElement('br'));
    return p;
  }

  // Text typed straight into the editing area (outside any block) becomes a paragraph, so that what is submitted is
  // always markup and never read as plain text twice.
  function wrapLooseText(editor) {
    var blocks = /^(P|H[1-6]|UL|OL|TABLE|BLOCKQUOTE|PRE|DIV|DL)$/;
    var loose = null;
    Array.prototype.slice.call(editor.childNodes).forEach(function (child) {
      if (child.nodeType === 1 && blocks.test(child.nodeName)) {
        loose = null;
        return;
      }
      if (child.nodeType === 3 && !child.nodeValue.trim() && !loose) {
        return;
      }
      if (!loose) {
        loose = document.createElement('p');
        editor.insertBefore(loose, child);
      }
      loose.appendChild(child);
    });
  }

  // Built with DOM calls rather than execCommand('insertHTML'), which flattens a table's header row in Chrome.
  function table(rows, cols) {
    var t = document.createElement('table');
    var head = t.appendChild(document.createElement('thead')).appendChild(document.createElement('tr'));
    for (var c = 0; c < cols; c++) {
      var th = head.appendChild(document.createElement('th'));
      th.setAttribute('scope', 'col');
      th.textContent = '列标题';
    }
    var body = t.appendChild(document.createElement('tbody'));
    for (var r = 1; r < rows; r++) {
      var tr = body.appendChild(document.createElement('tr'));
      for (var k = 0; k < cols; k++) {
        tr.appendChild(document.createElement('td')).appendChild(document.createElement('br'));
      }
    }
    return t;
  }

  // The table goes after the block holding the caret (in place of it when that block is empty), with a paragraph
  // after it to go on writing.
  function insertBlock(editor, block) {
    var selection = window.getSelection();
    var at = selection.rangeCount ? selection.getRangeAt(0).startContainer : null;
    while (at && at.parentNode !== editor) {
      at = at.parentNode;
    }
    var after = emptyParagraph();
    if (at && at.nodeType === 1 && !at.textContent.trim() && !at.querySelector('img, table')) {
      editor.replaceChild(block, at);
    } else if (at) {
      editor.insertBefore(block, at.nextSibling);
    } else {
      editor.appendChild(block);
    }
    editor.insertBefore(after, block.nextSibling);
    var range = document.createRange();
    range.selectNodeContents(block.querySelector('th') || after);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  var ACTIONS = [
    {label: '正文段落', run: function () { document.execCommand('formatBlock', false, 'p'); }},
    {label: '一级小标题', run: function () { document.execCommand('formatBlock', false, 'h2'); }},
    {label: '二级小标题', run: function () { document.execCommand('formatBlock', false, 'h3'); }},
    {label: '加粗', run: function () { document.execCommand('bold'); }},
    {label: '项目列表', run: function () { document.execCommand('insertUnorderedList'); }},
    {label: '编号列表', run: function () { document.execCommand('insertOrderedList'); }},
    {label: '插入链接', run: function () {
      var url = window.prompt('链接地址（以 https:// 或 / 开头）', 'https://');
      if (url && url !== 'https://' && safeUrl(url, false)) {
        document.execCommand('createLink', false, url.trim());
      }
    }},
    {label: '取消链接', run: function () { document.execCommand('unlink'); }},
    {label: '插入表格', run: function (editor) {
      var size = window.prompt('表格的行数和列数（含标题行，如 3,4）', '3,3');
      var m = size && /^\s*(\d{1,2})\s*[,，xX×*]\s*(\d{1,2})\s*$/.exec(size);
      if (m) {
        var rows = Math.max(2, Math.min(50, +m[1]));
        var cols = Math.max(1, Math.min(12, +m[2]));
        insertBlock(editor, table(rows, cols));
      }
    }}
  ];

  function enhance(textarea) {
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    var editorId = textarea.id + '-editor';
    var labelId = textarea.id + '-label';

    var toolbar = document.createElement('div');
    toolbar.className = 'editor-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', '正文格式');
    toolbar.setAttribute('aria-controls', editorId);

    var editor = document.createElement('div');
    editor.id = editorId;
    editor.className = 'editor-area document-body';
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('spellcheck', 'false');
    if (textarea.getAttribute('aria-describedby')) {
      editor.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
    }

    function copy() {
      textarea.value = editor.innerHTML;
    }

    // Wrapping moves nodes (and the caret), so it waits until the officer leaves the area or submits.
    function sync() {
      wrapLooseText(editor);
      copy();
    }

    // A toolbar is one tab stop; arrow keys, Home and End move between its buttons (WAI-ARIA toolbar pattern).
    var buttons = ACTIONS.map(function (action, i) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = action.label;
      b.tabIndex = i === 0 ? 0 : -1;
      // Keep the selection in the editing area when a button is pressed with the mouse.
      b.addEventListener('mousedown', function (e) { e.preventDefault(); });
      b.addEventListener('click', function () {
        editor.focus();
        action.run(editor);
        copy();
      });
      toolbar.appendChild(b);
      return b;
    });
    toolbar.addEventListener('keydown', function (e) {
      var i = buttons.indexOf(document.activeElement);
      var next = {ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1}[e.key];
      if (i < 0 || next === undefined) {
        return;
      }
      e.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[i].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });

    load(textarea.value, editor);
    editor.addEventListener('input', copy);
    editor.addEventListener('blur', sync);
    textarea.form.addEventListener('submit', sync);
    if (label) {
      // The label now names the editing area; the hidden textarea only carries the value.
      label.id = labelId;
      label.removeAttribute('for');
      label.addEventListener('click', function () { editor.focus(); });
      editor.setAttribute('aria-labelledby', labelId);
    }
    textarea.hidden = true;
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(editor, textarea);
    sync();
  }

  function start() {
    try {
      document.execCommand('defaultParagraphSeparator', false, 'p');
    } catch (ignored) {
      // older browsers make <div> paragraphs, which the sanitiser keeps as well
    }
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-rich-text]'), enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
