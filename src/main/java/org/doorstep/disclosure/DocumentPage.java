package org.doorstep.disclosure;

import java.util.List;

/** One page of documents. */
public record DocumentPage(List<GovDocument> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
