package org.doorstep.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server e-mail notifications go through ({@code DOORSTEP_MAIL_*}). Without a host no e-mail is written to
 * the outbox at all, so nothing waits for a server that does not exist.
 *
 * @param from the sender address, e.g. {@code noreply@qingxi.gov.cn}
 * @param starttls upgrade the connection with STARTTLS before signing in (port 587); default true
 */
@ConfigurationProperties("doorstep.mail")
record MailProperties(String host, Integer port, String username, String password, String from, Boolean starttls) {

    MailProperties {
        port = port == null ? 25 : port;
        starttls = starttls == null || starttls;
    }

    boolean configured() {
        return host != null && !host.isBlank();
    }
}
