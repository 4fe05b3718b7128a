package org.doorstep.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted excerpts: the document's own text is HTML-escaped, and only the words of the query are wrapped in
 * {@code <em>}, so no markup from a document can reach a page.
 */
final class Snippets {

    static final int LENGTH = 120;
    private static final int LEAD = 24;
    /** Candidate windows looked at per text: enough to find the best one in a long document, and cheap. */
    private static final int MAX_STARTS = 64;

    private Snippets() {
    }

    /** The whole text, escaped, with every occurrence of the words marked. */
    static String mark(String text, Collection<String> words) {
        return render(text, lower(text), 0, text.length(), words);
    }

    /** The window of the text with the most distinct words in it, escaped and marked; the start when none occurs. */
    static String excerpt(String text, Collection<String> words) {
        String lower = lower(text);
        List<Integer> starts = new ArrayList<>();
        for (String w : words) {
            for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
                starts.add(i);
                if (starts.size() > MAX_STARTS) {
                    break;
                }
            }
        }
        // earliest first: the first window holding every word is the answer, no need to look further
        starts.sort(null);
        int best = 0;
        int bestScore = -1;
        for (int s : starts) {
            int from = Math.max(0, s - LEAD);
            int to = Math.min(text.length(), from + LENGTH);
            int score = 0;
            for (String w : words) {
                int i = lower.indexOf(w, from);
                if (i >= 0 && i + w.length() <= to) {
                    score++;
                }
            }
            if (score > bestScore || (score == bestScore && from < best)) {
                best = from;
                bestScore = score;
                if (score == words.size()) {
                    break;
                }
            }
        }
        int to = Math.min(text.length(), best + LENGTH);
        return (best > 0 ? "…" : "") + render(text, lower, best, to, words) + (to < text.length() ? "…" : "");
    }

    /** The text between from and to, escaped, words marked; {@code lower} is the text lower-cased once by the caller. */
    private static String render(String text, String lower, int from, int to, Collection<String> words) {
        boolean[] marked = new boolean[to - from];
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            for (int i = lower.indexOf(w, from); i >= 0 && i + w.length() <= to; i = lower.indexOf(w, i + 1)) {
                for (int k = i; k < i + w.length(); k++) {
                    marked[k - from] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder((to - from) + 32);
        int i = from;
        while (i < to) {
            boolean m = marked[i - from];
            int j = i;
            while (j < to && marked[j - from] == m) {
                j++;
            }
            String part = HtmlUtils.htmlEscape(text.substring(i, j), "UTF-8");
            if (m) {
                out.append("<em>").append(part).append("</em>");
            } else {
                out.append(part);
            }
            i = j;
        }
        return out.toString();
    }

    /** Lower case of the same length, so indexes into it are indexes into the text. */
    private static String lower(String text) {
        String l = text.toLowerCase(Locale.ROOT);
        return l.length() == text.length() ? l : text;
    }
}
