package org.doorstep.search;

import java.util.Map;

/**
 * The search index port, over published government documents and service guides. The Lucene implementation keeps it
 * on disk under {@code DOORSTEP_DATA_DIR/index}; a later OpenSearch implementation would sit behind the same methods.
 */
public interface SearchIndex {

    /** Searches; the query has been validated by {@link SearchQuery#validated()}. */
    SearchResults search(SearchQuery query);

    /** Document id → {@code PublishedDocument#stamp()} of every indexed document, to compare with the database. */
    Map<Long, Long> stamps();

    /** Guide code → stamp of every indexed guide (changes whenever the indexed text of the guide changes). */
    Map<String, Long> guideStamps();

    /** How many documents and guides the index holds. */
    long size();
}
