package org.doorstep.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which 网上办理入口 a guide links to: a placeholder (RFC 2606 / 6761 reserved names, "#", not a web address) is hidden. */
class OnlineEntryPlaceholderTest {

    @ParameterizedTest(name = "{0} → placeholder {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | true", "'' | true", "'   ' | true", "# | true", "#apply | true",
            "https://zwfw.qingxi.example.gov.cn/item/QX-MZ-003 | true", "https://example.com/x | true",
            "http://www.example.org | true", "https://apply.test/a | true", "http://localhost:8080/a | true",
            "https://x.invalid | true", "javascript:alert(1) | true", "ftp://zwfw.jiangxi.gov.cn | true",
            "//zwfw.jiangxi.gov.cn/a | true", "zwfw.jiangxi.gov.cn | true", "https:// | true",
            "https://www.jxzwfww.gov.cn/item/123 | false", "http://zwfw.jiangxi.gov.cn | false",
            "/my/apply/QX-MZ-003 | false", "https://examples.gov.cn/a | false"})
    void placeholders(String entry, boolean placeholder) {
        assertThat(ServiceItem.placeholderEntry(entry)).isEqualTo(placeholder);
    }
}
