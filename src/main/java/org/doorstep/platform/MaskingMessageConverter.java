package org.doorstep.platform;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %maskedMsg} in {@code logback-spring.xml}: the log message with ID numbers and mobile numbers masked, so
 * that personal data passed as a log argument never reaches a log file.
 */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Masking.maskAll(super.convert(event));
    }
}
