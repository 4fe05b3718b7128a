package org.doorstep.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The outside peers of the notification outbox, started once per test JVM: an SMTP server (GreenMail) and an HTTP
 * SMS gateway. A test class points the platform at them with {@link #register}.
 */
public final class NotificationPeers {

    public static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    public static final TestSmsGateway SMS = TestSmsGateway.start();

    static {
        MAIL.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            MAIL.stop();
            SMS.close();
        }));
    }

    private NotificationPeers() {
    }

    public static void register(DynamicPropertyRegistry r) {
        r.add("doorstep.sms.url", SMS::url);
        r.add("doorstep.mail.host", () -> "127.0.0.1");
        r.add("doorstep.mail.port", () -> MAIL.getSmtp().getPort());
    }
}
