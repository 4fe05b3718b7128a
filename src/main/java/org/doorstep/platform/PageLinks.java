package org.doorstep.platform;

import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The previous and next links of a list page: the request's own path and query with only {@code page} changed, so
 * the filters stay as chosen. Relative to the site root, never built from the Host header.
 */
public record PageLinks(String previous, String next) {

    public static PageLinks of(HttpServletRequest request, ListPage<?> page) {
        return new PageLinks(page.hasPrevious() ? link(request, page.page() - 1) : null,
                page.hasNext() ? link(request, page.page() + 1) : null);
    }

    private static String link(HttpServletRequest request, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        if (page == 1) {
            b.replaceQueryParam("page");
        } else {
            b.replaceQueryParam("page", page);
        }
        return b.build().toUriString();
    }
}
