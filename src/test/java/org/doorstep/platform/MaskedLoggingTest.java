package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The real logging set-up (logback-spring.xml as Spring Boot loads it) masks personal data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MaskedLoggingTest {

    private static final Logger log = LoggerFactory.getLogger(MaskedLoggingTest.class);

    @Test
    void logLinesAndStackTracesAreMasked(CapturedOutput output) {
        log.warn("Applicant {} gave phone {}", "110105199001011234", "13812345678",
                new IllegalArgumentException("duplicate id_number 11010519900101123X"));

        assertThat(output).containsPattern(
                "WARN \\d+ --- \\[doorstep\\] \\[.*\\] o\\.doorstep\\.platform\\.MaskedLoggingTest\\s+: "
                        + "Applicant 110105\\*{8}1234 gave phone 138\\*{4}5678");
        assertThat(output).contains("IllegalArgumentException: duplicate id_number 110105********123X");
        assertThat(output.toString()).doesNotContain("199001011234", "19900101123X", "13812345678");
    }
}
