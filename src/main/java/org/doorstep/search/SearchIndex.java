package org.doorstep.search;

import java.util.Collection;
import java.util.Map;

import org.doorstep.disclosure.PublishedDocument;

/**
 * The search index port. The Lucene implementation keeps it on disk under {@code DOORSTEP_DATA_DIR/index}; a later
 * OpenSearch implementation would sit behind the same methods.
 */
public interface SearchIndex {

    /** Searches; the query has been validated by {@link SearchQuery#validated()}. */
    SearchResults search(SearchQuery query);

    /** Adds or replaces documents (by id) and makes them visible to searches. */
    void put(Collection<PublishedDocument> documents);

    /** Removes documents by id and makes that visible to searches. */
    void remove(Collection<Long> ids);

    /** Removes everything (before a rebuild). */
    void clear();

    /** id → {@link PublishedDocument#stamp() stamp} of every indexed document, to compare with the database. */
    Map<Long, Long> stamps();

    /** How many documents the index holds. */
    long size();
}
