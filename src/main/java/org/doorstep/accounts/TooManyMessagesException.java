package org.doorstep.accounts;

import org.doorstep.platform.TooManyRequestsException;

/** A text message was refused: a limit of the number or of the client is reached (HTTP 429). */
public class TooManyMessagesException extends TooManyRequestsException {

    public TooManyMessagesException(String message) {
        super(message);
    }
}
