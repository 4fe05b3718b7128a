package org.doorstep.platform;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * {@code %maskedEx} in {@code logback-spring.xml}: Spring Boot's stack trace rendering with personal data masked,
 * because exception messages quote values (a database constraint names the duplicate ID number, for instance).
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Masking.maskAll(super.convert(event));
    }
}
