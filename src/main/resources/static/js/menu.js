// Folds the header's navigation behind the 菜单 button on narrow screens (CSS decides when). Without this script the
// navigation stays open, so every page still works without JavaScript.
document.documentElement.classList.add('js-menu');
document.addEventListener('DOMContentLoaded', function () {
  var header = document.querySelector('.site-header');
  var button = header && header.querySelector('.menu-toggle');
  if (!button) {
    return;
  }
  function show(open) {
    header.classList.toggle('menu-open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  button.addEventListener('click', function () {
    show(button.getAttribute('aria-expanded') !== 'true');
  });
  header.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && header.classList.contains('menu-open')) {
      show(false);
      button.focus();
    }
  });
});
