package org.doorstep.search;

/** What a hit is: a published government document, or a service item's guide. */
public enum SearchType {
    DOCUMENT("政府信息"),
    GUIDE("办事指南");

    private final String label;

    SearchType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
