package org.doorstep.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One result.
 *
 * @param titleHtml the title, HTML-escaped, with the matched words in {@code <em>}
 * @param snippet   an excerpt of the body, HTML-escaped, with the matched words in {@code <em>}
 */
public record SearchHit(long id, String title, String titleHtml, String snippet, String url, LocalDate publishedOn,
        Instant publishedAt, String indexNumber, String documentNumber, String publisherName, String validity) {
}
