package org.doorstep.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Writes links to static files with a hash of their content ({@code /css/doorstep-<md5>.css}), so a changed
 * stylesheet reaches every browser at once. Spring's own {@link ResourceUrlEncodingFilter} asks the resource
 * resolvers about every link a page writes, and a link that is not a file (every link to a document or a guide) is
 * looked up in each static folder of the class path again on every page: under load that was most of a page's time.
 * Here only links into the static folders are resolved, each once.
 */
class StaticResourceLinks extends ResourceUrlEncodingFilter {

    /** More distinct static links than the platform has files means query strings vary: stop remembering. */
    private static final int MAX_REMEMBERED = 2_000;

    private final ObjectProvider<ResourceUrlProvider> urls;
    private final Set<String> prefixes;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    StaticResourceLinks(ObjectProvider<ResourceUrlProvider> urls, Set<String> prefixes) {
        this.urls = urls;
        this.prefixes = Set.copyOf(prefixes);
    }

    /** The first path segments of the files under {@code classpath:/static/} and webjars, e.g. {@code /css/}. */
    static Set<String> staticPrefixes() {
        Set<String> prefixes = new TreeSet<>(Set.of("/webjars/"));
        try {
            Resource root = new PathMatchingResourcePatternResolver().getResource("classpath:/static/");
            String base = root.getURL().toString();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:/static/**")) {
                String url = r.getURL().toString();
                if (url.startsWith(base) && url.length() > base.length()) {
                    String rest = url.substring(base.length());
                    int slash = rest.indexOf('/');
                    prefixes.add("/" + (slash < 0 ? rest : rest.substring(0, slash + 1)));
                }
            }
        } catch (IOException e) {
            // No static folder: only webjars are versioned.
        }
        return prefixes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            chain.doFilter(request, new Links(http, answer));
        } else {
            chain.doFilter(request, response);
        }
    }

    String link(HttpServletRequest request, String url) {
        String context = request.getContextPath();
        if (url == null || !url.startsWith(context + "/")) {
            return url;
        }
        String path = url.substring(context.length());
        if (!isStatic(path)) {
            return url;
        }
        String known = resolved.get(url);
        if (known != null) {
            return known;
        }
        int end = endOfPath(path);
        ResourceUrlProvider provider = urls.getIfAvailable();
        String versioned = provider == null ? null : provider.getForLookupPath(path.substring(0, end));
        String result = versioned == null ? url : context + versioned + path.substring(end);
        if (versioned != null && resolved.size() < MAX_REMEMBERED) {
            resolved.put(url, result);
        }
        return result;
    }

    private boolean isStatic(String path) {
        for (String p : prefixes) {
            if (p.endsWith("/") ? path.startsWith(p) : endOfPath(path) == p.length() && path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static int endOfPath(String path) {
        int query = path.indexOf('?');
        int fragment = path.indexOf('#');
        int end = path.length();
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return end;
    }

    private final class Links extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        Links(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(link(request, url));
        }
    }
}
