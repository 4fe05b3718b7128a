package org.doorstep.disclosure;

/** How a catalogue item is disclosed (条例 Art. 19-21 and the exemptions of Art. 14-16). */
public enum DisclosureAttribute {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    EXEMPT("不予公开");

    private final String label;

    DisclosureAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
