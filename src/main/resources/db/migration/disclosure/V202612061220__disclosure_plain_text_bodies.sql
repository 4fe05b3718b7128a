-- Issue 13 item 4: bodies typed as plain text were kept as one escaped run of text and shown as one paragraph. Such a
-- body holds no tag at all (the sanitiser escaped every "<"), so it is split here as the sanitiser now splits typed
-- text: a blank line starts a paragraph, a single newline is a line break. Bodies with markup stay as they are.
update disclosure_document
    set body = '<p>' || regexp_replace(regexp_replace(
            regexp_replace(regexp_replace(body, E'\r\n?', E'\n', 'g'), E'^\n+|\\s+$', '', 'g'),
            E'\n[\\s\u3000]*\n', '</p><p>', 'g'), E'[ \t]*\n', '<br>', 'g') || '</p>'
    where position('<' in body) = 0 and position(E'\n' in body) > 0;
update disclosure_revision
    set body = '<p>' || regexp_replace(regexp_replace(
            regexp_replace(regexp_replace(body, E'\r\n?', E'\n', 'g'), E'^\n+|\\s+$', '', 'g'),
            E'\n[\\s\u3000]*\n', '</p><p>', 'g'), E'[ \t]*\n', '<br>', 'g') || '</p>'
    where position('<' in body) = 0 and position(E'\n' in body) > 0;
