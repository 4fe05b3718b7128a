package org.doorstep.disclosure;

import java.util.Map;

import org.doorstep.platform.DomainChange;

/** A document became public (approved now, or its scheduled time came). */
public record DocumentPublished(PublishedDocument document, String note) implements DomainChange {

    @Override
    public String action() {
        return "disclosure.document.published";
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
