package org.doorstep.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OriginResolverTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "203.0.113.77, 203.0.113.0",
            "127.0.0.1, 127.0.0.0",
            "2001:db8:85a3:8d3:1319:8a2e:370:7348, 2001:db8:85a3::",
            "[2001:db8::1], 2001:db8:0::",
            "fe80::1%eth0, fe80:0:0::",
            "::ffff:198.51.100.9, 198.51.100.0",
            "proxy.example.invalid, NULL",
            "NULL, NULL"})
    void clientAddressesAreTruncatedForPrivacy(String address, String stored) {
        assertThat(OriginResolver.truncateAddress(address)).isEqualTo(stored);
    }
}
