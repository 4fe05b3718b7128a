package org.doorstep.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a search index or a feed needs to know about a public document. */
public record PublishedDocument(long id, String title, String bodyText, String indexNumber, String documentNumber,
        String publisherCode, String publisherName, String divisionCode, List<Long> nodeIds, LocalDate writtenOn,
        LocalDate publishedOn, Instant publishedAt, Validity validity, String urlPath, int version) {

    /** Changes whenever what an index holds of the document must change: a revision, or a new 效力状态. */
    public long stamp() {
        return stamp(version, validity);
    }

    /** The stamp of a document version with a 效力状态; {@link Disclosure#publishedStamps()} uses the same. */
    public static long stamp(int version, Validity validity) {
        return (long) version * 8 + validity.ordinal();
    }

    static PublishedDocument of(GovDocument d) {
        return new PublishedDocument(d.id(), d.title(), d.bodyText(), d.indexNumber(), d.documentNumber(),
                d.publisherCode(), d.publisherName(), d.divisionCode(), d.nodeIds(), d.writtenOn(), d.publishedOn(),
                d.publishedAt(), d.validity(), d.path(), d.version());
    }
}
