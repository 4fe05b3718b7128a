package org.doorstep.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The portal's head, header and footer ({@code fragments/layout}) as HTML for a page to write unescaped, for pages
 * served so often that rendering them each time counts (search). For visitors who are not signed in they differ only
 * in 长辈模式, the page's title and the address the 长辈模式 button returns to: they are rendered once per 长辈模式 and
 * the two values are put in, escaped. A signed-in visitor's header is personal and is rendered for each page.
 */
@Component
public class PortalChrome {

    /** The parts of one page, ready to be written as they are ({@code th:utext}). */
    public record Parts(String head, String header, String footer) {
    }

    /** Stand-ins rendered in place of the title and of the current address; letters only, so never escaped. */
    private static final String TITLE = "PortalChromeTitle7c1e";
    private static final String PATH = "PortalChromePath7c1e";
    /** More variants than 长辈模式 on and off (times a link style or two) means something varies per request. */
    private static final int MAX_VARIANTS = 16;

    /**
     * What the anonymous chrome depends on: 长辈模式, and how this response writes a link to a static file (context
     * path and content hash, as StaticResourceLinks makes them; a test's mock request has no such filter).
     */
    private record Variant(boolean elderly, String stylesheet) {
    }

    /** An anonymous visitor's chrome, split where the title and the current address go. */
    private record Pieces(String beforeTitle, String afterTitle, String beforePath, String afterPath, String footer) {
    }

    private final ThymeleafViewResolver views;
    private final Map<Variant, Pieces> anonymous = new ConcurrentHashMap<>();

    PortalChrome(ThymeleafViewResolver views) {
        this.views = views;
    }

    /**
     * The chrome of a portal page titled {@code title} (the layout adds the site's name), for the visitor of this
     * request. {@code model} is the page's model, holding what {@link ElderlyMode} and {@link SignedInModel} add.
     */
    public Parts portal(String title, HttpServletRequest request, HttpServletResponse response,
            Map<String, Object> model) {
        Object elderly = model.get("elderly");
        Object path = model.get("currentPath");
        boolean signedIn = model.get("signedInName") != null || Boolean.TRUE.equals(model.get("staff"));
        if (signedIn || title == null || !(elderly instanceof Boolean on) || !(path instanceof String current)) {
            Map<String, Object> page = new HashMap<>(model);
            page.put("title", title);
            return new Parts(render("portalHead", page, request, response),
                    render("portalHeader", page, request, response), render("portalFooter", page, request, response));
        }
        Variant variant = new Variant(on, response.encodeURL(request.getContextPath() + "/css/doorstep.css"));
        Pieces pieces = anonymous.get(variant);
        if (pieces == null) {
            pieces = anonymousPieces(on, request, response);
            if (anonymous.size() < MAX_VARIANTS) {
                anonymous.putIfAbsent(variant, pieces);
            }
        }
        return new Parts(pieces.beforeTitle() + escape(title) + pieces.afterTitle(),
                pieces.beforePath() + escape(current) + pieces.afterPath(), pieces.footer());
    }

    /** Rendered from the variables the layout's chrome reads and nothing else: no page can leak into it. */
    private Pieces anonymousPieces(boolean elderly, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> chrome = new HashMap<>();
        chrome.put("elderly", elderly);
        chrome.put("currentPath", PATH);
        chrome.put("signedInName", null);
        chrome.put("staff", false);
        chrome.put("consoleMenu", List.of());
        chrome.put("title", TITLE);
        String[] head = split(render("portalHead", chrome, request, response), TITLE);
        String[] header = split(render("portalHeader", chrome, request, response), PATH);
        return new Pieces(head[0], head[1], header[0], header[1], render("portalFooter", chrome, request, response));
    }

    private static String[] split(String html, String marker) {
        int at = html.indexOf(marker);
        if (at < 0 || html.indexOf(marker, at + 1) >= 0) {
            throw new IllegalStateException("the portal chrome must show " + marker + " exactly once: " + html);
        }
        return new String[] {html.substring(0, at), html.substring(at + marker.length())};
    }

    /** Escaped as Thymeleaf's th:text and th:value would (the five characters markup gives a meaning to). */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /**
     * Renders one part through the same view machinery as a page (links, CSRF fields of signed-in forms), on a view
     * of the request whose attributes it cannot change: Thymeleaf keeps its variables there, and the page's own
     * rendering comes after.
     */
    private String render(String part, Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            Locale locale = RequestContextUtils.getLocale(request);
            View view = views.resolveViewName("fragments/portal-chrome :: " + part, locale);
            if (view == null) {
                throw new IllegalStateException("no view for the portal chrome");
            }
            Text text = new Text(response);
            view.render(model, new Detached(request), text);
            return text.toString();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the portal chrome could not be rendered", e);
        }
    }

    /** The request with attributes of its own on top: reads fall through, writes stay here. */
    private static final class Detached extends HttpServletRequestWrapper {
        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        Detached(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(attributes.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                removeAttribute(name);
                return;
            }
            removed.remove(name);
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }

    /** The response as text: what the view writes is kept; headers and status stay those of the page. */
    private static final class Text extends HttpServletResponseWrapper {
        private final StringWriter text = new StringWriter(4096);
        private final PrintWriter writer = new PrintWriter(text);

        Text(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("the portal chrome is written as text");
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String encoding) {
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            writer.flush();
            text.getBuffer().setLength(0);
        }

        @Override
        public String toString() {
            writer.flush();
            return text.toString();
        }
    }
}
