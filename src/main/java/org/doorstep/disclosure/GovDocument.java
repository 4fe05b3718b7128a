package org.doorstep.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A government document (政府信息) with the metadata block of seed 004.
 *
 * @param validity the 效力状态 as of today: a document past its 终止日期 is {@link Validity#EXPIRED} even before the
 *                 nightly job has stored it
 */
public record GovDocument(long id, String indexNumber, String divisionCode, String unitCode, String title,
        String documentNumber, String publisherCode, String publisherName, LocalDate writtenOn, LocalDate publishedOn,
        LocalDate effectiveOn, LocalDate expiresOn, Validity validity, String repealedBy, String topic, String genre,
        String keywords, String body, Long interpretsId, DocumentState state, Instant publishAt, Instant publishedAt,
        int version, String author, String reviewer, String returnReason, String withdrawReason, List<Long> nodeIds,
        List<Attachment> attachments, String source) {

    public String path() {
        return "/disclosure/documents/" + id;
    }

    /** The body as plain text, for search and feeds. */
    public String bodyText() {
        return org.jsoup.Jsoup.parse(body).text();
    }
}
