package org.doorstep.search;

/** Order of search results. */
public enum SearchSort {
    RELEVANCE("按相关度"),
    DATE("按公开日期");

    private final String label;

    SearchSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
