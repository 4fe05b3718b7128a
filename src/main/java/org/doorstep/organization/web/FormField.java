package org.doorstep.organization.web;

import java.util.List;

import org.doorstep.organization.internal.RecordSupport.Option;

/**
 * One field of a console form, ready to render: a text, number or phone input, or a drop-down list.
 *
 * @param input HTML input type, or "select" when there are options
 * @param readonly shown but fixed (the parts of an existing record's code, or the page it is created under)
 */
record FormField(String key, String label, String input, String value, List<Option> options, boolean readonly,
        boolean required, String hint, String error) {

    public String id() {
        return "f-" + key;
    }

    /** The hint, and the error when there is one, for aria-describedby. */
    public String describedBy() {
        return id() + "-hint" + (error == null ? "" : " " + id() + "-error");
    }

    public boolean select() {
        return "select".equals(input);
    }
}
