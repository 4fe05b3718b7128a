package org.doorstep.audit.internal;

import java.util.Map;

import org.doorstep.platform.Masking;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins (successful and failed) and sign-outs from Spring Security's events. A login that is a mobile or
 * ID number is masked; a failed sign-in is written in a transaction of its own, so nothing can roll it back.
 */
@Component
class SignInAuditor {

    static final String SIGNED_IN = "accounts.sign-in.succeeded";
    static final String SIGN_IN_FAILED = "accounts.sign-in.failed";
    static final String SIGNED_OUT = "accounts.sign-out";

    private final EntryFactory entries;
    private final ChainWriter writer;

    SignInAuditor(EntryFactory entries, ChainWriter writer) {
        this.entries = entries;
        this.writer = writer;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication who = event.getAuthentication();
        writer.appendInOwnTransaction(entries.create(who, SIGNED_IN, login(who.getName()), null, null));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String login = login(String.valueOf(event.getAuthentication().getPrincipal()));
        writer.appendInOwnTransaction(entries.create(null, SIGN_IN_FAILED, login, null,
                Map.of("reason", reason(event.getException()))));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Authentication who = event.getAuthentication();
        writer.appendInOwnTransaction(entries.create(who, SIGNED_OUT, login(who.getName()), null, null));
    }

    /** Citizens sign in with their mobile number: masked like every other personal number. */
    static String login(String name) {
        return Masking.maskAll(name);
    }

    private static String reason(Exception e) {
        if (e instanceof LockedException) {
            return "账号已锁定";
        }
        if (e instanceof DisabledException) {
            return "账号已停用";
        }
        if (e instanceof BadCredentialsException) {
            return "用户名或密码错误";
        }
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }
}
