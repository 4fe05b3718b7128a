package org.doorstep.disclosure.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Document bodies are rich text from an editor: keep formatting, drop scripts, handlers and images from other hosts. */
public final class BodySanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed().preserveRelativeLinks(true);

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
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
