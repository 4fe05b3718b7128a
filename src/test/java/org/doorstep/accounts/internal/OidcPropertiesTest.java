package org.doorstep.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The README's DOORSTEP_OIDC_* variables reach the settings; sign-in through 统一身份认证 is off without an issuer. */
class OidcPropertiesTest {

    static OidcProperties bind(Map<String, Object> environment) {
        var source = new SystemEnvironmentPropertySource("environment", environment);
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("doorstep.oidc",
                OidcProperties.class);
    }

    @Test
    void environmentVariablesBindAsDocumented() {
        OidcProperties p = bind(Map.of("DOORSTEP_OIDC_ISSUER", "https://sso.example.gov.cn/oidc",
                "DOORSTEP_OIDC_CLIENT_ID", "qingxi", "DOORSTEP_OIDC_CLIENT_SECRET", "s3cret",
                "DOORSTEP_OIDC_ID_CLAIM", "sfzh", "DOORSTEP_OIDC_MOBILE_CLAIM", "sjhm", "DOORSTEP_OIDC_NAME_CLAIM", "xm"));
        assertThat(p).isEqualTo(new OidcProperties("https://sso.example.gov.cn/oidc", "qingxi", "s3cret", "sfzh",
                "sjhm", "xm"));
        assertThat(p.enabled()).isTrue();
        assertThat(p.signInPath()).isEqualTo("/oauth2/authorization/province");
    }

    @Test
    void withoutAnIssuerItIsOffAndTheClaimsHaveTheirDefaults() {
        OidcProperties p = bind(Map.of("DOORSTEP_OIDC_ISSUER", " "));
        assertThat(p.enabled()).isFalse();
        assertThat(p.signInPath()).isNull();
        assertThat(p.idClaim()).isEqualTo("id_number");
        assertThat(p.mobileClaim()).isEqualTo("phone_number");
        assertThat(p.nameClaim()).isEqualTo("name");
    }
}
