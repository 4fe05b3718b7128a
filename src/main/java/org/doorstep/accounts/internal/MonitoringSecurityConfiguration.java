package org.doorstep.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The Prometheus metrics (request rates, pools, JVM) tell an attacker how the server is built and loaded; they are
 * scraped only by the configured monitoring credential (HTTP Basic, never a staff or citizen account) or from a
 * configured address. With neither configured nobody reads them. Ahead of the site's main filter chain.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringSecurityConfiguration {

    static final String ROLE = "ROLE_MONITORING";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain monitoring(HttpSecurity http, Monitoring monitoring) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(auth -> auth.anyRequest().access(new ScraperOnly(monitoring)))
                .authenticationManager(new ProviderManager(new MonitoringCredential(monitoring)))
                .httpBasic(basic -> basic.realmName("doorstep-monitoring"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * {@code DOORSTEP_MONITORING_USER}, {@code DOORSTEP_MONITORING_PASSWORD}, {@code DOORSTEP_MONITORING_ADDRESSES}.
     *
     * @param addresses client addresses or CIDR ranges (e.g. {@code 10.20.0.5,10.30.0.0/16}) that may scrape without
     *        the credential; behind a proxy this is the address the proxy forwards, see
     *        {@code server.forward-headers-strategy}
     */
    @ConfigurationProperties("doorstep.monitoring")
    record Monitoring(String user, String password, List<String> addresses) {

        Monitoring {
            addresses = addresses == null ? List.of()
                    : addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        }

        boolean credentialConfigured() {
            return user != null && !user.isBlank() && password != null && !password.isBlank();
        }
    }

    private static final class ScraperOnly implements AuthorizationManager<RequestAuthorizationContext> {
        private final List<IpAddressMatcher> addresses;

        ScraperOnly(Monitoring monitoring) {
            this.addresses = monitoring.addresses().stream().map(IpAddressMatcher::new).toList();
        }

        @Override
        public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                RequestAuthorizationContext context) {
            if (addresses.stream().anyMatch(a -> a.matches(context.getRequest()))) {
                return new AuthorizationDecision(true);
            }
            Authentication who = authentication.get();
            return new AuthorizationDecision(who != null && who.isAuthenticated()
                    && who.getAuthorities().stream().anyMatch(a -> ROLE.equals(a.getAuthority())));
        }
    }

    private static final class MonitoringCredential implements AuthenticationProvider {
        private final Monitoring monitoring;

        MonitoringCredential(Monitoring monitoring) {
            this.monitoring = monitoring;
        }

        @Override
        public Authentication authenticate(Authentication attempt) {
            String user = attempt.getName();
            Object password = attempt.getCredentials();
            // Both compared in constant time, and both always, so timing tells nothing about which was wrong.
            boolean ok = monitoring.credentialConfigured()
                    & same(monitoring.user(), user)
                    & same(monitoring.password(), password == null ? "" : password.toString());
            if (!ok) {
                throw new BadCredentialsException("wrong monitoring credential");
            }
            return UsernamePasswordAuthenticationToken.authenticated(user, null,
                    AuthorityUtils.createAuthorityList(ROLE));
        }

        private static boolean same(String expected, String given) {
            return MessageDigest.isEqual(bytes(expected), bytes(given));
        }

        private static byte[] bytes(String s) {
            return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public boolean supports(Class<?> type) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
        }
    }
}
