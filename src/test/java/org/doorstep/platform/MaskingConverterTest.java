package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class MaskingConverterTest {

    private final LoggerContext context = new LoggerContext();

    @Test
    void messageAndStackTraceAreMasked() {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("maskedMsg", MaskingMessageConverter::new);
        layout.getInstanceConverterMap().put("maskedEx", MaskingThrowableConverter::new);
        layout.setPattern("%level %maskedMsg%n%maskedEx");
        layout.start();

        Logger logger = context.getLogger("test");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "申请人 {} 的手机 {} 已登记", new IllegalStateException("duplicate key (id_number)=(110105199001011234)"),
                new Object[] {"110105199001011234", "13812345678"});

        String line = layout.doLayout(event);

        assertThat(line).startsWith("WARN 申请人 110105********1234 的手机 138****5678 已登记")
                .contains("IllegalStateException: duplicate key (id_number)=(110105********1234)")
                .contains("at org.doorstep.platform.MaskingConverterTest")
                .doesNotContain("199001011234").doesNotContain("12345678");
    }
}
