package org.doorstep.search.web;

import java.util.List;
import java.util.function.UnaryOperator;

import org.doorstep.search.SearchHit;

/**
 * A page of hits as the items of the results list, in HTML: written in Java because the page is asked for as often
 * as the search API, and in a template each hit costs a dozen expressions. The title and the snippet come escaped
 * from the index, with the matched words in {@code <em>} ({@link SearchHit}); everything else is escaped here.
 */
final class ResultList {

    private ResultList() {
    }

    /**
     * @param link the address a page's path is written as (context path and the response's URL encoding, as
     *             Thymeleaf's {@code @{...}} does)
     */
    static String html(List<SearchHit> hits, UnaryOperator<String> link) {
        StringBuilder html = new StringBuilder(hits.size() * 1024);
        for (SearchHit h : hits) {
            html.append("<li>\n<h3><a href=\"").append(Options.escape(link.apply(h.url()))).append("\">")
                    .append(h.titleHtml()).append("</a></h3>\n<p class=\"search-snippet\">").append(h.snippet())
                    .append("</p>\n<p class=\"search-meta\">\n<span class=\"badge search-type\">")
                    .append(Options.escape(h.type().label())).append("</span>\n");
            if (h.indexNumber() != null) {
                span(html, "索引号 " + h.indexNumber());
            }
            if (h.documentNumber() != null) {
                span(html, h.documentNumber());
            }
            if (h.publisherName() != null) {
                span(html, h.publisherName());
            }
            if (h.publishedOn() != null) {
                span(html, "公开日期 " + h.publishedOn());
            }
            if (h.validity() != null) {
                html.append("<span class=\"badge\">").append(Options.escape(h.validity())).append("</span>\n");
            }
            html.append("</p>\n</li>\n");
        }
        return html.toString();
    }

    private static void span(StringBuilder html, String text) {
        html.append("<span>").append(Options.escape(text)).append("</span>\n");
    }
}
