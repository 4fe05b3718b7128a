package org.doorstep.accounts.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The last step of every sign-in: the full authentication goes into a fresh session, the client is remembered as a
 * known device of the account, and the person lands where they were going (staff on the console, citizens on 我的).
 */
@Component
class SignInCompletion {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();
    private final KnownDevices devices;

    SignInCompletion(KnownDevices devices) {
        this.devices = devices;
    }

    /** Stores this authentication as the session's (a new session id, against fixation). */
    void store(Authentication auth, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }

    /** Signs the account in fully and answers where to go next. */
    String complete(DoorstepUser user, HttpServletRequest request, HttpServletResponse response) {
        store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
        rememberDevice(user.username(), request, response);
        SavedRequest saved = requests.getRequest(request, response);
        boolean staff = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_STAFF"));
        String home = staff ? "/console" : "/my";
        if (saved != null) {
            requests.removeRequest(request, response);
            // Only back to a page of the same area (a citizen's saved console link would only answer 403), as a
            // path on this site: never another host.
            try {
                URI target = URI.create(saved.getRedirectUrl());
                String path = target.getRawPath();
                if (path != null && (path.equals(home) || path.startsWith(home + "/"))) {
                    return path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // A saved address Java cannot read: go home.
            }
        }
        return home;
    }

    void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }

    private void rememberDevice(String login, HttpServletRequest request, HttpServletResponse response) {
        String presented = GuardedSignIn.Client.of(request).deviceToken();
        Cookie cookie = new Cookie(KnownDevices.COOKIE, devices.remember(login, presented));
        cookie.setPath(request.getContextPath() + "/login");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(KnownDevices.DAYS * 24 * 3600);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
