package org.doorstep.search;

import java.util.List;

/**
 * A page of results.
 *
 * @param total      the number of hits; exact when {@code totalExact}, otherwise a lower bound (counting every hit of
 *                   a very common word would cost more than the search itself, and no one pages that far)
 * @param words      the words the query was understood as (each must occur in a hit)
 * @param recentOnly true when more documents matched than a relevance ranking looks at, so the page ranks the most
 *                   recent matches only (a word found in most documents of a very large index)
 */
public record SearchResults(long total, boolean totalExact, int page, int size, List<SearchHit> hits,
        List<String> words, boolean recentOnly) {

    public int pages() {
        return (int) Math.min((total + size - 1) / size, SearchQuery.MAX_PAGE);
    }
}
