package org.doorstep.accounts;

/** A text message was refused: a limit of the number or of the client is reached (HTTP 429). */
public class TooManyMessagesException extends RuntimeException {

    public TooManyMessagesException(String message) {
        super(message);
    }

}
