package org.doorstep.search;

import java.time.LocalDate;

import org.doorstep.disclosure.Validity;
import org.doorstep.platform.FieldErrors;

/**
 * What a visitor searches for: words (all must occur) and optional filters.
 *
 * @param text           the words, separated by spaces or punctuation
 * @param division       the government's division code
 * @param node           a catalogue node id
 * @param publisher      the 发布机构's code
 * @param from           公开日期 from (inclusive)
 * @param to             公开日期 to (inclusive)
 * @param validity       效力状态
 * @param documentNumber 文号 or a part of it
 * @param type           documents or guides only; null for both
 */
public record SearchQuery(String text, String division, Long node, String publisher, LocalDate from, LocalDate to,
        Validity validity, String documentNumber, SearchSort sort, int page, int size, SearchType type) {

    public static final int MAX_TEXT = 100;
    public static final int MAX_PAGE = 50;
    public static final int PAGE_SIZE = 10;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        division = blankToNull(division);
        publisher = blankToNull(publisher);
        documentNumber = blankToNull(documentNumber);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** A query over both documents and guides. */
    public SearchQuery(String text, String division, Long node, String publisher, LocalDate from, LocalDate to,
            Validity validity, String documentNumber, SearchSort sort, int page, int size) {
        this(text, division, node, publisher, from, to, validity, documentNumber, sort, page, size, null);
    }

    public static SearchQuery of(String text, int page) {
        return new SearchQuery(text, null, null, null, null, null, null, null, SearchSort.RELEVANCE, page, PAGE_SIZE);
    }

    /** The same query restricted to one type of hit (null: both). */
    public SearchQuery ofType(SearchType t) {
        return new SearchQuery(text, division, node, publisher, from, to, validity, documentNumber, sort, page, size, t);
    }

    /** True when there is nothing to search for: no words and no filter. */
    public boolean isEmpty() {
        return text.isEmpty() && division == null && node == null && publisher == null && from == null && to == null
                && validity == null && documentNumber == null;
    }

    /** This query, or an {@code InvalidInputException} naming every bad parameter in Chinese. */
    public SearchQuery validated() {
        FieldErrors errors = new FieldErrors();
        if (isEmpty()) {
            errors.reject("q", "请输入要搜索的词语");
        }
        if (text.length() > MAX_TEXT) {
            errors.reject("q", "搜索词不能超过 " + MAX_TEXT + " 个字");
        }
        if (page < 1 || page > MAX_PAGE) {
            errors.reject("page", "页码应在 1 到 " + MAX_PAGE + " 之间");
        }
        if (size < 1 || size > 50) {
            errors.reject("size", "每页条数应在 1 到 50 之间");
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.reject("to", "结束日期不能早于开始日期");
        }
        if (division != null && !division.matches("\\d{12}")) {
            errors.reject("division", "政府区划代码应为 12 位数字");
        }
        if (documentNumber != null && documentNumber.length() > 60) {
            errors.reject("number", "文号不能超过 60 个字");
        }
        if (publisher != null && publisher.length() > 40) {
            errors.reject("publisher", "发布机构代码不能超过 40 个字符");
        }
        errors.throwIfAny();
        return this;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
