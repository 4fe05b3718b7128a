package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The SMS adapter is chosen by configuration: a gateway URL means the HTTP adapter, none the logging one. */
class TextMessagesConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SmsProperties.class)
    static class Settings {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, NotificationConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void withoutAGatewayUrlMessagesGoToTheLog() {
        runner.run(context -> {
            assertThat(context.getBean(TextMessages.class)).isInstanceOf(LoggingTextMessages.class);
        });
    }

    @Test
    void aGatewayUrlSelectsTheHttpAdapterAndTemplatesPerKindBindAsEnvironmentVariablesArrive() {
        // DOORSTEP_SMS_TEMPLATES_ALREADY_REGISTERED arrives as doorstep.sms.templates.already.registered
        runner.withPropertyValues("doorstep.sms.url=http://127.0.0.1:9/sms", "doorstep.sms.account=qingxi",
                "doorstep.sms.secret=k", "doorstep.sms.signature=青溪县政务服务", "doorstep.sms.template=SMS_1",
                "doorstep.sms.templates.already.registered=SMS_2").run(context -> {
                    assertThat(context.getBean(TextMessages.class)).isInstanceOf(HttpTextMessages.class);
                    SmsProperties sms = context.getBean(SmsProperties.class);
                    assertThat(sms.templateId(TextMessage.Template.ALREADY_REGISTERED)).isEqualTo("SMS_2");
                    assertThat(sms.templateId(TextMessage.Template.VERIFICATION_CODE)).isEqualTo("SMS_1");
                });
    }

    @Test
    void aGatewayUrlWithoutItsSecretStopsTheStart() {
        runner.withPropertyValues("doorstep.sms.url=http://127.0.0.1:9/sms", "doorstep.sms.account=qingxi",
                "doorstep.sms.signature=青溪县政务服务", "doorstep.sms.template=SMS_1").run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause()
                                .hasMessageContaining("DOORSTEP_SMS_SECRET"));
    }
}
