package org.doorstep.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The portal and the public API are open; the console needs a staff sign-in, "我的" a citizen's. CSRF protection uses
 * its own per-session token (never the session id or a sign-in token), and every page carries a strict
 * Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm id stored in each hash so it can be upgraded without a reset.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, AccountStore accounts, SecondFactor factor,
            SignInCompletion completion) throws Exception {
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(java.util.Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled",
                GuardedSignIn.TooManyAttemptsException.class.getName(), "/login?slow"));
        AccessDeniedHandler denied = new AccessDeniedHandlerImpl();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login/second-factor", "/login/second-factor/**")
                        .hasAuthority(SecondFactorPending.AUTHORITY)
                        .requestMatchers("/console/**").hasRole("STAFF")
                        .requestMatchers("/my/**").hasRole("CITIZEN")
                        .requestMatchers("/api/v1/my/**").hasRole("CITIZEN")
                        // /actuator/prometheus has its own chain: MonitoringSecurityConfiguration.
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll())
                // The 长辈模式 toggle only sets the visitor's own display cookie, so a forged toggle changes nothing
                // but type size; without a token in its form, portal pages hold nothing per visitor and are cached.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(org.springframework.http.HttpMethod.POST,
                                "/preferences/elderly")))
                .addFilterBefore(new SessionRevocation(accounts), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .authenticationDetailsSource(GuardedSignIn.Client::of)
                        .successHandler(new SecondFactorStep(factor, completion))
                        .failureHandler(failures))
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                // API callers get a status; every other client (whatever it accepts) is sent to the sign-in page.
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !request.getRequestURI().startsWith("/api/"))
                        // Half signed in (password, no code yet): back to the code, not a bare 403.
                        .accessDeniedHandler((request, response, ex) -> {
                            if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending
                                    && !request.getRequestURI().startsWith("/api/")) {
                                response.sendRedirect(request.getContextPath() + "/login/second-factor");
                            } else {
                                denied.handle(request, response, ex);
                            }
                        }))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /**
     * After the password: staff go on to the second factor (等保 2.0 level 3 asks two factors of administrators and
     * officers), holding nothing but the right to that page; citizens are signed in.
     */
    static final class SecondFactorStep implements AuthenticationSuccessHandler {
        private final SecondFactor factor;
        private final SignInCompletion completion;

        SecondFactorStep(SecondFactor factor, SignInCompletion completion) {
            this.factor = factor;
            this.completion = completion;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws java.io.IOException {
            DoorstepUser user = (DoorstepUser) authentication.getPrincipal();
            boolean staff = authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_STAFF"));
            if (!staff) {
                completion.redirect(request, response, completion.complete(user, request, response));
                return;
            }
            String key = authentication.getDetails() instanceof GuardedSignIn.Client c
                    ? c.attemptKey() : user.username();
            completion.store(new SecondFactorPending(user.username(), key, user.sessionVersion()), request, response);
            completion.redirect(request, response,
                    factor.enrolled(user.username()) ? "/login/second-factor" : "/login/second-factor/enrol");
        }
    }
}
