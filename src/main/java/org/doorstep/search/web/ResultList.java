package org.doorstep.search.web;

import java.util.List;
import java.util.function.UnaryOperator;

import org.doorstep.search.SearchHit;

/**
 * A page of hits as the items of the results list, and the words searched for, in HTML: written in Java because the
 * page is asked for as often as the search API, and in a template each hit costs a dozen expressions. The title and
 * the snippet come escaped from the index, with the matched words in {@code <em>} ({@link SearchHit}); everything
 * else is escaped here.
 */
final class ResultList {

    private ResultList() {
    }

    /**
     * @param link the address a page's path is written as (context path and the response's URL encoding, as
     *             Thymeleaf's {@code @{...}} does)
     */
    static String html(List<SearchHit> hits, UnaryOperator<String> link) {
        int size = 0;
        for (SearchHit h : hits) {
            size += h.titleHtml().length() + h.snippet().length() + 400;
        }
        StringBuilder html = new StringBuilder(size);
        for (SearchHit h : hits) {
            Options.escape(html.append("<li>\n<h3><a href=\""), link.apply(h.url())).append("\">")
                    .append(h.titleHtml()).append("</a></h3>\n<p class=\"search-snippet\">").append(h.snippet())
                    .append("</p>\n<p class=\"search-meta\">\n<span class=\"badge search-type\">");
            Options.escape(html, h.type().label()).append("</span>\n");
            if (h.indexNumber() != null) {
                Options.escape(html.append("<span>索引号 "), h.indexNumber()).append("</span>\n");
            }
            if (h.documentNumber() != null) {
                span(html, h.documentNumber());
            }
            if (h.publisherName() != null) {
                span(html, h.publisherName());
            }
            if (h.publishedOn() != null) {
                html.append("<span>公开日期 ").append(h.publishedOn()).append("</span>\n");
            }
            if (h.validity() != null) {
                Options.escape(html.append("<span class=\"badge\">"), h.validity()).append("</span>\n");
            }
            html.append("</p>\n</li>\n");
        }
        return html.toString();
    }

    /** The words the query was understood as, each in its box. */
    static String words(List<String> words) {
        StringBuilder html = new StringBuilder(words.size() * 40);
        for (String w : words) {
            Options.escape(html.append("<span class=\"search-word\">"), w).append("</span>");
        }
        return html.toString();
    }

    private static void span(StringBuilder html, String text) {
        Options.escape(html.append("<span>"), text).append("</span>\n");
    }
}
