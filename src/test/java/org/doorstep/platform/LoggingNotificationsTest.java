package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The default notification adapter writes a log line with no phone or ID number in clear. */
@ExtendWith(OutputCaptureExtension.class)
class LoggingNotificationsTest {

    @Test
    void phoneAndIdNumbersAreMaskedInTheLog(CapturedOutput output) {
        new LoggingNotifications().send(new Notification("13912345678", Notification.Channel.SMS, "补正通知",
                "申请人 110105198506120018 请回电 13812345678"));
        assertThat(output.getOut()).contains("SMS", "139****5678", "138****5678", "110105********0018", "补正通知")
                .doesNotContain("13912345678", "13812345678", "110105198506120018");
    }

    @Test
    void aLandlineAnEmailAddressAndALoginAreMaskedToo(CapturedOutput output) {
        LoggingNotifications log = new LoggingNotifications();
        log.send(new Notification("0791-88001001", Notification.Channel.SMS, "答复已公开", "如有疑问请回电 0791-88001001"));
        log.send(new Notification("citizen@example.cn", Notification.Channel.EMAIL, "答复", "已办结"));
        log.send(new Notification("110105198506120018", Notification.Channel.PORTAL, "答复", "已办结"));
        assertThat(output.getOut()).contains("0791-****1001", "c***@example.cn", "110105********0018")
                .doesNotContain("88001001", "citizen@", "110105198506120018");
    }
}
