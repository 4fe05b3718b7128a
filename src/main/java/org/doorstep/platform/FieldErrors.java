package org.doorstep.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects every problem of a submitted form, so the user sees all of them at once next to their fields; nothing is
 * saved while any remain.
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records the first problem of a field; later ones for the same field are dropped. */
    public FieldErrors reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public FieldErrors rejectIf(boolean condition, String field, String message) {
        return condition ? reject(field, message) : this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(this);
        }
    }

    /** Thrown with every field's problem; rendered next to the fields on pages, as {@code errors} in problem JSON. */
    public static final class InvalidFieldsException extends InvalidInputException {
        private final Map<String, String> errors;

        InvalidFieldsException(FieldErrors errors) {
            super(errors.errors.keySet().iterator().next(), String.join("；", errors.errors.values()));
            this.errors = errors.asMap();
        }

        public Map<String, String> errors() {
            return errors;
        }
    }
}
