package org.doorstep.search.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;

import org.doorstep.disclosure.Validity;
import org.doorstep.platform.FieldErrors;
import org.doorstep.search.SearchQuery;
import org.doorstep.search.SearchSort;
import org.doorstep.search.SearchType;
import org.unbescape.uri.UriEscape;

/**
 * The request parameters of a search as the visitor typed them (kept for redisplay), turned into a query with a
 * Chinese message for every bad one. The portal page and the API accept the same names.
 */
record SearchParams(String q, String division, String node, String publisher, String from, String to,
        String validity, String number, String sort, String page, String type) {

    /**
     * The parameters of a page request, read as Spring's binding of this record would read them (a name sent twice:
     * its values joined by commas), without the binding's reflection: the page is asked for as often as the API.
     */
    static SearchParams of(HttpServletRequest request) {
        return new SearchParams(value(request, "q"), value(request, "division"), value(request, "node"),
                value(request, "publisher"), value(request, "from"), value(request, "to"), value(request, "validity"),
                value(request, "number"), value(request, "sort"), value(request, "page"), value(request, "type"));
    }

    private static String value(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        return values.length == 1 ? values[0] : String.join(",", values);
    }

    SearchQuery toQuery() {
        FieldErrors errors = new FieldErrors();
        Long nodeId = null;
        if (node != null && !node.isBlank()) {
            try {
                nodeId = Long.valueOf(node.strip());
            } catch (NumberFormatException e) {
                errors.reject("node", "目录栏目应为数字编号");
            }
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        Validity v = null;
        if (validity != null && !validity.isBlank()) {
            try {
                v = Validity.valueOf(validity.strip());
            } catch (IllegalArgumentException e) {
                errors.reject("validity", "效力状态应为 VALID（有效）、EXPIRED（失效）或 REPEALED（废止）");
            }
        }
        SearchSort s = SearchSort.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            try {
                s = SearchSort.valueOf(sort.strip());
            } catch (IllegalArgumentException e) {
                errors.reject("sort", "排序应为 RELEVANCE（按相关度）或 DATE（按公开日期）");
            }
        }
        SearchType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = SearchType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                errors.reject("type", "类型应为 DOCUMENT（政府信息）或 GUIDE（办事指南）");
            }
        }
        int p = 1;
        if (page != null && !page.isBlank()) {
            try {
                p = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                errors.reject("page", "页码应为数字");
            }
        }
        errors.throwIfAny();
        return new SearchQuery(q, division, nodeId, publisher, fromDate, toDate, v, number, s, p,
                SearchQuery.PAGE_SIZE, t).validated();
    }

    private static LocalDate date(String field, String value, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.reject(field, "日期应为 YYYY-MM-DD 格式，例如 2026-03-01");
            return null;
        }
    }

    /**
     * Whether the page opens its 筛选条件: a filter inside it is set (the type is chosen outside). Public, as the
     * template calls it.
     */
    public boolean filtersOpen() {
        return !blank(division) || !blank(from) || !blank(to) || !blank(validity) || !blank(number) || !blank(sort);
    }

    /**
     * The path of another page of the same search, every parameter kept as sent: written as Thymeleaf's
     * {@code @{/search(q=...,page=...)}} did (with its own escaper; a parameter not sent is named with an empty value).
     */
    String pageLink(int page) {
        StringBuilder link = new StringBuilder("/search");
        String[][] parameters = {{"q", q}, {"division", division}, {"node", node}, {"publisher", publisher},
            {"from", from}, {"to", to}, {"validity", validity}, {"number", number}, {"sort", sort}, {"type", type},
            {"page", String.valueOf(page)}};
        char separator = '?';
        for (String[] p : parameters) {
            link.append(separator).append(p[0]).append('=')
                    .append(p[1] == null ? "" : UriEscape.escapeUriQueryParam(p[1]));
            separator = '&';
        }
        return link.toString();
    }

    boolean isBlank() {
        return blank(q) && blank(division) && blank(node) && blank(publisher) && blank(from) && blank(to)
                && blank(validity) && blank(number);
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
