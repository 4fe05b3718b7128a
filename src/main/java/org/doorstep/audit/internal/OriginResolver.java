package org.doorstep.audit.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Finds the actor in Spring Security's context and the request id and client address in the current HTTP request.
 * Without a signed-in user the actor is {@code anonymous} inside a web request (e.g. a failed sign-in) and
 * {@code system} outside one (scheduled jobs, start-up).
 */
@Component
public class OriginResolver {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String REQUEST_ID_ATTRIBUTE = OriginResolver.class.getName() + ".requestId";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String ROLE_PREFIX = "ROLE_";
    private static final String STAFF_AUTHORITY = "ROLE_STAFF";

    public Origin current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** As {@link #current()}, for the given authentication: a sign-in not yet, or a sign-out no longer, in the context. */
    public Origin of(Authentication auth) {
        HttpServletRequest request = currentRequest();
        String requestId = request == null ? null : requestId(request);
        String clientIp = request == null ? null : truncateAddress(request.getRemoteAddr());
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new Origin(request == null ? Origin.SYSTEM : Origin.ANONYMOUS, null, null, requestId, clientIp);
        }
        if (auth.getPrincipal() instanceof StaffIdentity id) {
            return new Origin(id.username(), id.roleCode(), id.unitCode(), requestId, clientIp);
        }
        return new Origin(auth.getName(), roles(auth), null, requestId, clientIp);
    }

    /** Role codes from the authorities, for principals that are not a {@link StaffIdentity}. */
    private static String roles(Authentication auth) {
        String roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX) && !a.equals(STAFF_AUTHORITY))
                .map(a -> a.substring(ROLE_PREFIX.length())).sorted().collect(Collectors.joining(","));
        return roles.isEmpty() ? null : roles;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    /**
     * The caller's X-Request-Id if it is well-formed, else one made up for this request and kept on it, so that
     * all entries written while serving one request share an id.
     */
    static String requestId(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ID_ATTRIBUTE) instanceof String id) {
            return id;
        }
        String header = request.getHeader(REQUEST_ID_HEADER);
        String id = header != null && SAFE_REQUEST_ID.matcher(header).matches() ? header : UUID.randomUUID().toString();
        request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
        return id;
    }

    /** IPv4 keeps its /24 network (a.b.c.0), IPv6 its /48 (a:b:c::); anything unparseable is dropped. */
    static String truncateAddress(String address) {
        if (address == null) {
            return null;
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        // Only address literals: a host name would make InetAddress ask the DNS.
        if (!literal.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            byte[] b = InetAddress.getByName(literal).getAddress();
            if (b.length == 4) {
                return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0";
            }
            return String.format("%x:%x:%x::", ((b[0] & 0xff) << 8) | (b[1] & 0xff), ((b[2] & 0xff) << 8) | (b[3] & 0xff),
                    ((b[4] & 0xff) << 8) | (b[5] & 0xff));
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
