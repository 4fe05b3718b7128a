package org.doorstep.search;

import java.util.List;

/**
 * A page of results.
 *
 * @param words the words the query was understood as (each must occur in a hit)
 */
public record SearchResults(long total, int page, int size, List<SearchHit> hits, List<String> words) {

    public int pages() {
        return (int) Math.min((total + size - 1) / size, SearchQuery.MAX_PAGE);
    }
}
