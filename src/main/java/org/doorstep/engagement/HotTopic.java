package org.doorstep.engagement;

/**
 * A category or keyword with how many consultations of the period and of the period before mention it.
 *
 * @param kind CATEGORY or KEYWORD
 */
public record HotTopic(String kind, String term, int count, int previous) {

    public int rise() {
        return count - previous;
    }
}
