package org.doorstep.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled, had its password changed or reset, or was unlocked since it signed in:
 * each request of a signed-in account compares the session's version with the account's (one indexed look-up), so
 * an administrator's action takes effect on the very next request of every open session, on every node.
 */
class SessionRevocation extends OncePerRequestFilter {

    private final AccountStore store;

    SessionRevocation(AccountStore store) {
        this.store = store;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        VersionedSession session = auth instanceof VersionedSession v ? v
                : auth != null && auth.getPrincipal() instanceof VersionedSession v ? v : null;
        if (session != null && !store.liveSessionVersion(session.sessionLogin())
                .map(v -> v == session.sessionVersion()).orElse(false)) {
            HttpSession http = request.getSession(false);
            if (http != null) {
                http.invalidate();
            }
            SecurityContextHolder.clearContext();
            // Carry on as a visitor: public pages still answer, protected ones send the person to sign in.
            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("revoked",
                    "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        }
        chain.doFilter(request, response);
    }
}
