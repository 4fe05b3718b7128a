package org.doorstep.platform;

/** Something asked for does not exist or is not visible to the caller (HTTP 404); the message is Chinese. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
