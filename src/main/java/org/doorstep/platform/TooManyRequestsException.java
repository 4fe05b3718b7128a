package org.doorstep.platform;

/** A limit of a client, a number or an account is reached; the message says in Chinese when to try again (HTTP 429). */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}
