package org.doorstep.platform;

/**
 * The SMS port: sends one text message now, directly (no outbox, no retry), so that one-time codes arrive while they
 * are valid. {@link LoggingTextMessages} is the demo adapter; {@link HttpTextMessages} talks to an HTTP SMS gateway
 * when {@code DOORSTEP_SMS_URL} is set.
 */
public interface TextMessages {

    /**
     * Sends the message; returns once the gateway accepted it.
     *
     * @throws TextMessageFailedException when the gateway could not be reached or refused the message
     */
    void send(TextMessage message);
}
