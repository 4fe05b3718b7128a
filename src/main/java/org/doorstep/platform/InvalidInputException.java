package org.doorstep.platform;

/** Input that breaks a rule; the message is Chinese and shown to the user as it is (HTTP 400). */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String message) {
        this(null, message);
    }

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field at fault, or null. */
    public String field() {
        return field;
    }
}
