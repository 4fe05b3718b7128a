package org.doorstep.disclosure;

/**
 * A node of a government's standard catalogue, which is also a catalogue item with the elements of DOMAIN.md §3.
 *
 * @param fixed one of the four first-level nodes every government has; it cannot be renamed or removed
 */
public record CatalogueNode(long id, String divisionCode, Long parentId, String name, int position, boolean fixed,
        String content, String basis, String timeLimit, String subject, String method, String channel,
        String audience, DisclosureAttribute attribute, ExemptGround exemptGround, int version) {
}
