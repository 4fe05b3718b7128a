package org.doorstep.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One result: a government document, or a service guide (which has no 索引号, 文号, 公开日期 or 效力状态: those are null).
 *
 * @param id        the document's id; 0 for a guide
 * @param titleHtml the title, HTML-escaped, with the matched words in {@code <em>}
 * @param snippet   an excerpt of the body, HTML-escaped, with the matched words in {@code <em>}
 * @param url       the public page: the document page, or the guide page
 */
public record SearchHit(SearchType type, long id, String title, String titleHtml, String snippet, String url,
        LocalDate publishedOn, Instant publishedAt, String indexNumber, String documentNumber, String publisherName,
        String validity) {
}
