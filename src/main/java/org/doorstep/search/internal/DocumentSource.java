package org.doorstep.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.disclosure.Disclosure;
import org.springframework.stereotype.Component;

/** Published government documents, read through the disclosure module's facade. */
@Component
class DocumentSource implements IndexSource {

    private final Disclosure disclosure;

    DocumentSource(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Override
    public Map<String, Long> stamps() {
        Map<Long, Long> byId = disclosure.publishedStamps();
        Map<String, Long> result = new HashMap<>(byId.size() * 2);
        byId.forEach((id, stamp) -> result.put(IndexEntry.documentKey(id), stamp));
        return result;
    }

    @Override
    public List<IndexEntry> load(List<String> keys) {
        List<Long> ids = keys.stream().map(k -> Long.parseLong(k.substring(IndexEntry.DOCUMENT_PREFIX.length())))
                .toList();
        return disclosure.published(ids).stream().map(IndexEntry::of).toList();
    }

    @Override
    public boolean owns(String key) {
        return key.startsWith(IndexEntry.DOCUMENT_PREFIX);
    }
}
