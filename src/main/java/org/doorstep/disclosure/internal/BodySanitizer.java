package org.doorstep.disclosure.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Document bodies are rich text from the console's editor: keep formatting, drop scripts, handlers, styles and images
 * from other hosts. A body typed without the editor (no tags at all) is plain text and keeps its line breaks.
 */
public final class BodySanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed().preserveRelativeLinks(true)
            .addAttributes("th", "id", "headers").addAttributes("td", "headers");
    /**
     * Table header ids kept for {@code headers} references (the annual report's tables name every figure's headers
     * that way, for screen readers); any other id could clash with the page's own or clobber its scripts' globals.
     */
    private static final java.util.regex.Pattern TABLE_ID = java.util.regex.Pattern.compile("tbl-[A-Za-z0-9-]{1,60}");

    private BodySanitizer() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, "https://doorstep.invalid/");
        if (dirty.body().children().isEmpty()) {
            dirty = Jsoup.parseBodyFragment(paragraphs(html), "https://doorstep.invalid/");
        }
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element img : clean.select("img")) {
            String src = img.attr("src");
            // Only images served by this site stay: another host could track readers or change the picture later.
            if (!src.startsWith("/") || src.startsWith("//")) {
                img.remove();
            }
        }
        for (Element e : clean.select("[id]")) {
            if (!TABLE_ID.matcher(e.id()).matches()) {
                e.removeAttr("id");
            }
        }
        for (Element e : clean.select("[headers]")) {
            String kept = java.util.Arrays.stream(e.attr("headers").trim().split("\\s+"))
                    .filter(h -> TABLE_ID.matcher(h).matches()).collect(java.util.stream.Collectors.joining(" "));
            if (kept.isEmpty()) {
                e.removeAttr("headers");
            } else {
                e.attr("headers", kept);
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** A blank line between paragraphs (full-width spaces count as blank, as typed in Chinese documents). */
    private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n[\\s\\u3000]*\\n");

    /**
     * Plain text as paragraphs: a blank line starts a paragraph, a single newline is a line break, and every character
     * is text (an ampersand or angle bracket is shown as typed, never read as markup).
     */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : BLANK_LINE.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
            // Only the ends of a paragraph are trimmed: a leading 　　 indent is the officer's layout.
            String p = paragraph.replaceAll("^\\n+|\\s+$", "");
            if (p.isBlank()) {
                continue;
            }
            html.append("<p>");
            String[] lines = p.split("\n");
            for (int i = 0; i < lines.length; i++) {
                html.append(i == 0 ? "" : "<br>").append(org.jsoup.nodes.Entities.escape(lines[i].stripTrailing()));
            }
            html.append("</p>");
        }
        return html.toString();
    }
}
