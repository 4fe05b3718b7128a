package org.doorstep.platform;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address ({@code DOORSTEP_PUBLIC_URL}, e.g. {@code https://zwgk.qingxi.gov.cn}) for every absolute
 * link the platform writes (QR codes, feeds, the sitemap, search API results), so that a forged Host or
 * X-Forwarded-Host header never ends up in a link that others scan, cache or follow. Without the setting (trying the
 * platform on a laptop) links are built from the request. Redirects to this site are sent as paths.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class PublicUrl extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);
    private static final String ATTRIBUTE = PublicUrl.class.getName();

    private final String configured;

    PublicUrl(@Value("${doorstep.public-url:}") String configured, DoorstepProperties properties) {
        this.configured = normalise(configured);
        if (this.configured == null && !properties.embeddedDatabase()) {
            log.warn("DOORSTEP_PUBLIC_URL is not set: absolute links and QR codes follow each request's Host header;"
                    + " set it to the site's public address in production");
        }
    }

    private static String normalise(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri = URI.create(url.strip());
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("DOORSTEP_PUBLIC_URL must be an http(s) address such as"
                    + " https://zwgk.example.gov.cn, not " + url);
        }
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (configured != null) {
            request.setAttribute(ATTRIBUTE, configured);
        }
        chain.doFilter(request, new Redirects(request, response, configured));
    }

    /**
     * A forged Host header is never echoed in a Location header: redirects built from the request (Spring Security's
     * sign-in entry point writes {@code http://<Host>/login}) lose the host, and paths are sent on the public address
     * when it is configured (Tomcat would otherwise complete them from the Host header for HTTP/1.0 clients) or as
     * paths.
     */
    private static final class Redirects extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private final String base;

        Redirects(HttpServletRequest request, HttpServletResponse response, String base) {
            super(response);
            this.request = request;
            this.base = base;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(onThisSite(location));
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            super.sendRedirect(onThisSite(location), clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            super.sendRedirect(onThisSite(location), sc);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(onThisSite(location), sc, clearBuffer);
        }

        private String onThisSite(String location) {
            String path = location;
            try {
                URI uri = URI.create(location);
                if (uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
                        && port(uri) == request.getServerPort()) {
                    path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                            + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
                }
            } catch (IllegalArgumentException e) {
                return location;
            }
            boolean sitePath = path.startsWith("/") && !path.startsWith("//");
            return base != null && sitePath ? base + path : path;
        }
    }

    /** A URI's port, or its scheme's default: another service on this host (an OIDC provider) is another site. */
    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The public base address (no trailing slash) for the request being handled. */
    public static String base() {
        Object configured = RequestContextHolder.currentRequestAttributes()
                .getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return configured != null ? (String) configured
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    /** The absolute address of a path on this site, e.g. {@code /disclosure/documents/7}. */
    public static String of(String localPath) {
        return base() + localPath;
    }
}
