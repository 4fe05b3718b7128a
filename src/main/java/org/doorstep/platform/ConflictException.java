package org.doorstep.platform;

/** An action the current state does not allow (HTTP 409); the message is Chinese. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
