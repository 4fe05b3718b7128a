package org.doorstep.disclosure;

/** What an office enters for a catalogue node; {@code exemptGround} is required exactly when the item is exempt. */
public record CatalogueItem(String name, String content, String basis, String timeLimit, String subject,
        String method, String channel, String audience, DisclosureAttribute attribute, ExemptGround exemptGround) {

    public static CatalogueItem named(String name) {
        return new CatalogueItem(name, "", "", "", "", "", "", "", DisclosureAttribute.PROACTIVE, null);
    }
}
