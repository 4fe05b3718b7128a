package org.doorstep.platform;

/** The SMS gateway could not be reached or refused a message. The message never holds the number in clear. */
public class TextMessageFailedException extends RuntimeException {

    public TextMessageFailedException(String message) {
        super(message);
    }

    public TextMessageFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
