package org.doorstep.disclosure;

import java.util.Map;

import org.doorstep.platform.DomainChange;

/** A public document was withdrawn; it must leave every index and feed. */
public record DocumentWithdrawn(PublishedDocument document, String note) implements DomainChange {

    @Override
    public String action() {
        return "disclosure.document.withdrawn";
    }

    @Override
    public String subject() {
        return document.indexNumber();
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("title", document.title(), "validity", document.validity().name(), "note", note == null ? "" : note);
    }
}
