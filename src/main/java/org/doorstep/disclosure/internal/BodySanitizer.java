package org.doorstep.disclosure.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Document bodies are rich text from an editor: keep formatting, drop scripts, handlers and images from other hosts. */
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
}
