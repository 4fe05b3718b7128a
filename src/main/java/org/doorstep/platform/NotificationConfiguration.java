package org.doorstep.platform;

import java.time.Clock;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text messages go to the HTTP SMS gateway when {@code DOORSTEP_SMS_URL} is set, else only to the log. Notifications
 * reach the port through the notifications module's outbox.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    @ConditionalOnMissingBean(TextMessages.class)
    TextMessages textMessages(SmsProperties settings, Clock clock) {
        if (settings.gatewayConfigured()) {
            return new HttpTextMessages(settings, clock);
        }
        LoggerFactory.getLogger(NotificationConfiguration.class)
                .warn("DOORSTEP_SMS_URL is not set: text messages (one-time codes included) are only written to the log");
        return new LoggingTextMessages();
    }
}
