package org.doorstep.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of real HTTP against the running test server, without a browser: it keeps its cookies (the
 * session, the known-device cookie), reads the CSRF token from the page that holds a form and posts the form.
 */
public final class FormClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public FormClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpTestClient.Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** Opens the page that holds the form, then posts the form with that page's CSRF token. */
    public HttpTestClient.Response submit(String formPage, String action, Map<String, String> fields) {
        HttpTestClient.Response page = get(formPage);
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no form with a CSRF token at " + formPage + " (" + page.status() + ")");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", m.group(1));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The first step of a sign-in; answers where the platform sends the person next. */
    public String password(String login, String password) {
        return location(submit("/login", "/login", Map.of("username", login, "password", password)));
    }

    /** The whole sign-in of a demo staff account: password, then the authenticator's code. */
    public String signInStaff(String login, String password) {
        String next = password(login, password);
        if (!next.endsWith("/login/second-factor")) {
            return next;
        }
        return location(submit("/login/second-factor", "/login/second-factor",
                Map.of("code", Authenticator.freshCode(login, Authenticator.DEMO_SECRET))));
    }

    public static String location(HttpTestClient.Response r) {
        String l = r.header("Location");
        return l == null ? "(" + r.status() + ")" : URI.create(l).getPath() + (URI.create(l).getQuery() == null ? ""
                : "?" + URI.create(l).getQuery());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpTestClient.Response send(HttpRequest request) {
        try {
            var r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new HttpTestClient.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.body(), r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
