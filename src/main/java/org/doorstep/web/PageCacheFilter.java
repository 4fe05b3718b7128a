package org.doorstep.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.util.FastByteArrayOutputStream;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Serves {@link CachedPage} pages from the {@link PageCache} to visitors who are not signed in, with an ETag and
 * Last-Modified, answering 304 to a matching If-None-Match or If-Modified-Since. It runs before the security filters
 * (a cached page is answered without them, with the security headers it was first sent with), so it decides by
 * itself who is anonymous: a request with a session (a signed-in account always has one) or an Authorization header
 * never gets nor stores a cached page. A page is stored only when its answer was a 200 that set no cookie and
 * created no session (so it holds no CSRF token) and did not forbid storing.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Set on a request that may store its page; the interceptor then checks the handler's {@link CachedPage}. */
    static final String CANDIDATE = PageCacheFilter.class.getName() + ".candidate";
    static final String SOURCES = PageCacheFilter.class.getName() + ".sources";

    private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "date", "etag",
            "last-modified", "transfer-encoding", "connection", "keep-alive");

    private final PageCache cache;

    PageCacheFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        boolean get = "GET".equals(method);
        if (!cache.enabled() || !(get || "HEAD".equals(method)) || !anonymous(request) || hiddenParameters(request)) {
            chain.doFilter(request, response);
            return;
        }
        PageCache.Key key = key(request);
        PageCache.Page page = cache.get(key);
        if (page != null) {
            serve(request, response, page, get);
            return;
        }
        if (!get) {
            chain.doFilter(request, response);
            return;
        }
        long generation = cache.generation();
        request.setAttribute(CANDIDATE, Boolean.TRUE);
        Capture capture = new Capture(request, response);
        chain.doFilter(request, capture);
        if (!capture.capturing()) {
            return;
        }
        byte[] body = capture.body();
        PageCache.Page made = storable(request, capture) ? page(request, capture, body) : null;
        if (made != null) {
            cache.put(key, made, generation);
            validators(response, made);
            if (notModified(request, made)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        if (!response.isCommitted()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** Anyone signed in (or half signed in) has a session; an API client may send credentials with each request. */
    private static boolean anonymous(HttpServletRequest request) {
        return request.getSession(false) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /** Parameters that are not in the query string (a GET with a form body) would not be in the key. */
    private static boolean hiddenParameters(HttpServletRequest request) {
        return request.getQueryString() == null && !request.getParameterMap().isEmpty();
    }

    static PageCache.Key key(HttpServletRequest request) {
        String query = request.getQueryString();
        return new PageCache.Key(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort(),
                query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query,
                ElderlyMode.isOn(request));
    }

    private boolean storable(HttpServletRequest request, Capture capture) {
        String cacheControl = capture.getHeader(HttpHeaders.CACHE_CONTROL);
        return capture.getStatus() == HttpServletResponse.SC_OK && !capture.setsCookie()
                && request.getSession(false) == null && capture.getContentType() != null
                && (cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private")));
    }

    @SuppressWarnings("unchecked")
    private PageCache.Page page(HttpServletRequest request, Capture capture, byte[] body) {
        List<PageCache.Header> headers = new ArrayList<>();
        for (String name : capture.headerNames()) {
            for (String value : capture.getHeaders(name)) {
                headers.add(new PageCache.Header(name, value));
            }
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return new PageCache.Page(body, capture.getContentType(), List.copyOf(headers), etag(body),
                System.currentTimeMillis(), Set.copyOf((Set<PageSource>) request.getAttribute(SOURCES)),
                pattern == null ? null : pattern.toString(), cache.today(), System.currentTimeMillis());
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, PageCache.Page page, boolean get)
            throws IOException {
        if (page.pattern() != null) {
            // Metrics name the page's route, as for a rendered one.
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(page.pattern()));
        }
        for (PageCache.Header h : page.headers()) {
            response.addHeader(h.name(), h.value());
        }
        validators(response, page);
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if (get) {
            response.getOutputStream().write(page.body());
        }
    }

    private static void validators(HttpServletResponse response, PageCache.Page page) {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
    }

    private boolean notModified(HttpServletRequest request, PageCache.Page page) {
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals(page.etag()) || t.equals("*")) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && cache.unchangedSince(page, since);
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Marks a request for a {@link CachedPage} handler (one this filter let through as a candidate) so that its answer
     * is captured, and asks browsers to revalidate it each time, which the ETag makes cheap (Spring Security would
     * otherwise forbid storing it at all).
     */
    static final class Pages implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            // The security context is known here: a signed-in page is never stored, whatever the session said.
            if (request.getAttribute(CANDIDATE) != null && handler instanceof HandlerMethod method
                    && SignedInModel.current() == null) {
                CachedPage page = method.getMethodAnnotation(CachedPage.class);
                if (page != null) {
                    Set<PageSource> sources = EnumSet.noneOf(PageSource.class);
                    sources.addAll(List.of(page.value()));
                    request.setAttribute(SOURCES, sources);
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                }
            }
            return true;
        }
    }

    /**
     * Holds the body of a {@link CachedPage} answer (decided when the body is first written, after the handler was
     * found) and notes which headers the application set; any other answer passes straight through.
     */
    static final class Capture extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private final Set<String> headerNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        private Boolean capturing;
        private boolean setsCookie;
        private FastByteArrayOutputStream buffer;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        boolean capturing() {
            return capturing != null && capturing;
        }

        boolean setsCookie() {
            return setsCookie;
        }

        List<String> headerNames() {
            return headerNames.stream().filter(n -> !NOT_REPLAYED.contains(n.toLowerCase(Locale.ROOT)))
                    .filter(n -> getHeader(n) != null).toList();
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArrayUnsafe();
        }

        private boolean decide() {
            if (capturing == null) {
                capturing = request.getAttribute(SOURCES) != null && !isCommitted();
                if (capturing) {
                    buffer = new FastByteArrayOutputStream(16 * 1024);
                }
            }
            return capturing;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!decide()) {
                return super.getOutputStream();
            }
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!decide()) {
                return super.getWriter();
            }
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() has already been called");
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(buffer, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (capturing()) {
                if (writer != null) {
                    writer.flush();
                }
                return;
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            if (capturing()) {
                if (writer != null) {
                    writer.flush();
                }
                buffer.reset();
                return;
            }
            super.resetBuffer();
        }

        @Override
        public void reset() {
            super.reset();
            headerNames.clear();
            setsCookie = false;
            if (capturing()) {
                if (writer != null) {
                    writer.flush();
                }
                buffer.reset();
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            setsCookie = true;
            super.addCookie(cookie);
        }

        private void noted(String name) {
            if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                setsCookie = true;
            }
            headerNames.add(name);
        }

        @Override
        public void setHeader(String name, String value) {
            noted(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            noted(name);
            super.addHeader(name, value);
        }

        @Override
        public void setDateHeader(String name, long date) {
            noted(name);
            super.setDateHeader(name, date);
        }

        @Override
        public void addDateHeader(String name, long date) {
            noted(name);
            super.addDateHeader(name, date);
        }

        @Override
        public void setIntHeader(String name, int value) {
            noted(name);
            super.setIntHeader(name, value);
        }

        @Override
        public void addIntHeader(String name, int value) {
            noted(name);
            super.addIntHeader(name, value);
        }
    }
}
