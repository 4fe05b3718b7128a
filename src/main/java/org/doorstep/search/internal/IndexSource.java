package org.doorstep.search.internal;

import java.util.List;
import java.util.Map;

/** One kind of searchable thing as the owning module has it: what exists now, and its current entries by key. */
interface IndexSource {

    /** Key → stamp of every searchable thing of this kind. */
    Map<String, Long> stamps();

    /** The current entries of these keys; a key that is no longer searchable is left out. */
    List<IndexEntry> load(List<String> keys);

    /** Whether the key belongs to this source. */
    boolean owns(String key);
}
