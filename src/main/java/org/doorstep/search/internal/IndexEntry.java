package org.doorstep.search.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.doorstep.disclosure.PublishedDocument;
import org.doorstep.search.SearchType;

/**
 * What the index holds of one searchable thing — a published document or a service guide — under a key unique across
 * both ({@code d:<id>} or {@code g:<code>}).
 *
 * @param stamp changes whenever what the index holds of the thing must change
 * @param day   the 公开日期 (null for a guide)
 */
record IndexEntry(String key, SearchType type, String title, String body, String url, long stamp, String divisionCode,
        List<Long> nodeIds, String publisherCode, String publisherName, String documentNumber, String indexNumber,
        String validity, LocalDate day, Instant publishedAt) {

    static final String DOCUMENT_PREFIX = "d:";
    static final String GUIDE_PREFIX = "g:";

    static String documentKey(long id) {
        return DOCUMENT_PREFIX + id;
    }

    static String guideKey(String code) {
        return GUIDE_PREFIX + code;
    }

    static SearchType typeOf(String key) {
        return key.startsWith(GUIDE_PREFIX) ? SearchType.GUIDE : SearchType.DOCUMENT;
    }

    static IndexEntry of(PublishedDocument d) {
        LocalDate day = d.publishedOn() == null ? d.writtenOn() : d.publishedOn();
        Instant at = d.publishedAt() == null ? day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC) : d.publishedAt();
        return new IndexEntry(documentKey(d.id()), SearchType.DOCUMENT, d.title(),
                d.bodyText() == null ? "" : d.bodyText(), d.urlPath(), d.stamp(), d.divisionCode(), d.nodeIds(),
                d.publisherCode(), d.publisherName(), d.documentNumber(), d.indexNumber(), d.validity().name(), day,
                at);
    }

    /** A guide: its name, and its text as the body; the stamp is a hash of everything indexed. */
    static IndexEntry guide(String code, String name, String text, String departmentName, String divisionCode) {
        long stamp = hash(name, text, departmentName, divisionCode);
        return new IndexEntry(guideKey(code), SearchType.GUIDE, name, text, "/services/items/" + code, stamp,
                divisionCode, List.of(), null, departmentName, null, null, null, null, null);
    }

    /** FNV-1a over the parts: 64 bits, stable across JVMs (unlike String#hashCode of a concatenation, too short). */
    static long hash(String... parts) {
        long h = 0xcbf29ce484222325L;
        for (String part : parts) {
            String p = part == null ? "\u0000" : part;
            for (int i = 0; i < p.length(); i++) {
                h ^= p.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0x1f;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
