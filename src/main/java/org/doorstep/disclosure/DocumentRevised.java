package org.doorstep.disclosure;

import java.util.Map;

import org.doorstep.platform.DomainChange;

/** A public document was replaced by a new version; the index must follow. */
public record DocumentRevised(PublishedDocument document, String note) implements DomainChange {

    @Override
    public String action() {
        return "disclosure.document.revised";
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
