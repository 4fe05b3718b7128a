package org.doorstep.disclosure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What a disclosure officer enters for a document; the body is HTML and is sanitised when kept. */
public record DocumentDraft(String title, String documentNumber, String publisherCode, LocalDate writtenOn,
        LocalDate effectiveOn, LocalDate expiresOn, String topic, String genre, String keywords, String body,
        List<Long> nodeIds, Long interpretsId, LocalDateTime publishAt, String source) {

    /** A draft without a 来源 (most documents are the publisher's own). */
    public DocumentDraft(String title, String documentNumber, String publisherCode, LocalDate writtenOn,
            LocalDate effectiveOn, LocalDate expiresOn, String topic, String genre, String keywords, String body,
            List<Long> nodeIds, Long interpretsId, LocalDateTime publishAt) {
        this(title, documentNumber, publisherCode, writtenOn, effectiveOn, expiresOn, topic, genre, keywords, body,
                nodeIds, interpretsId, publishAt, "");
    }
}
