package org.doorstep.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Logs notifications unless a real gateway provides its own {@link Notifications} bean. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    @ConditionalOnMissingBean(Notifications.class)
    Notifications loggingNotifications() {
        return new LoggingNotifications();
    }
}
