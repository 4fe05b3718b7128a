package org.doorstep.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.doorstep.DoorstepApplication;
import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.support.Authenticator;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake benchmark (run by {@code bench/intake/run.sh}): starts the application in-process on a PostgreSQL server
 * database with the demo county, registers and window-verifies one citizen account per client, signs every citizen
 * and a few department officers in over HTTP (password; officers then the demo authenticator code), and then drives
 * online applications with real sessions: each client posts the application form of a service item (multipart, with
 * one PDF material and the session's CSRF token) and an officer's session posts its acceptance (受理). One intake is
 * those two requests. Before the load it records the SQL statements of one real intake and checks them against the
 * pgbench script that run.sh replays ({@code bench/intake/intake.pgbench}), failing if the application's statements
 * changed. It is not a test and never runs in {@code ./mvnw verify}.
 */
public final class IntakeBenchmark {

    /** 个体工商户设立登记: a person's online item of 县市场监督管理局, whose reviewer accepts it. */
    static final String ITEM = System.getProperty("bench.item", "QX-SCJG-002");
    static final String OFFICER = System.getProperty("bench.officer", "bumen");
    static final String STAFF_PASSWORD = "Qingxi@2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CASE = Pattern.compile("^/my/cases/(QX\\d{14})$");

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 64);
        int officers = Integer.getInteger("bench.officers", 3);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmUp = Integer.getInteger("bench.warmUpSeconds", 15);
        Path out = Path.of(System.getProperty("bench.out", "target/bench/intake"));
        Path script = Path.of(System.getProperty("bench.script", "bench/intake/intake.pgbench"));
        Files.createDirectories(out);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(DoorstepApplication.class)
                .initializers(new StatementRecorder.Installer())
                .run("--doorstep.db.url=" + System.getProperty("bench.dbUrl"),
                        "--doorstep.db.user=" + System.getProperty("bench.dbUser", "postgres"),
                        "--doorstep.db.password=" + System.getProperty("bench.dbPassword", ""),
                        "--doorstep.demo=true", "--doorstep.data-dir=" + out.resolve("data"), "--server.port=0",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        int exit;
        try {
            exit = run(app, clients, officers, seconds, warmUp, out, script);
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    static int run(ConfigurableApplicationContext app, int clients, int officerCount, int seconds, int warmUp,
            Path out, Path script) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + port;

        long t0 = System.nanoTime();
        Accounts accounts = app.getBean(Accounts.class);
        IdentityVerification verification = app.getBean(IdentityVerification.class);
        List<Session> citizens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String idNumber = TestPeople.residentId();
            String name = "压测申请人" + (i + 1);
            VerifiedCitizens.Registered r = VerifiedCitizens.registeredPerson(accounts, verification, name, idNumber);
            Session s = Session.signIn(base, r.mobile(), VerifiedCitizens.PASSWORD, "/my/apply/" + ITEM, false);
            citizens.add(s.applicant(r.login(), name, idNumber, r.mobile()));
        }
        List<Session> officers = new ArrayList<>();
        for (int i = 0; i < officerCount; i++) {
            officers.add(Session.signIn(base, OFFICER, STAFF_PASSWORD, "/console/cases", true));
        }
        System.out.printf("%d verified citizens and %d %s sessions signed in over HTTP in %.1f s%n", clients,
                officerCount, OFFICER, (System.nanoTime() - t0) / 1e9);

        // The statements of one real intake, twice: both must be the same, and the pgbench script must replay them.
        List<StatementRecorder.Event> first = capture(http, base, citizens.get(0), officers.get(0));
        List<StatementRecorder.Event> second = capture(http, base, citizens.get(1), officers.get(0));
        List<String> captured = Shapes.of(first);
        Files.writeString(out.resolve("captured.sql"), Shapes.describe(first));
        Files.writeString(out.resolve("captured-shape.txt"), String.join("\n", captured) + "\n");
        if (!captured.equals(Shapes.of(second))) {
            System.out.println("Two intakes sent different statements: compare " + out.resolve("captured.sql"));
            System.out.println(Shapes.diff(captured, Shapes.of(second), "first intake", "second intake"));
            return 2;
        }
        List<String> replayed = Shapes.ofScript(Files.readString(script));
        if (!captured.equals(replayed)) {
            System.out.println("The application's intake no longer sends the statements " + script + " replays.");
            System.out.println("What one intake sent, with its parameters: " + out.resolve("captured.sql"));
            System.out.println(Shapes.diff(captured, replayed, "application", script.toString()));
            return 3;
        }
        long transactions = captured.stream().filter(s -> s.equals("begin")).count();
        long statements = captured.stream().filter(s -> !s.equals("begin") && !s.equals("commit")).count();
        System.out.printf("one intake: %d statements, %d transactions; %s matches (%s)%n", statements, transactions,
                script, out.resolve("captured.sql"));

        // The load: each client applies and its officer accepts, again and again; only the intakes that start
        // after the warm-up and end within the timed window count.
        long start = System.nanoTime();
        long timedFrom = start + warmUp * 1_000_000_000L;
        long timedTo = timedFrom + seconds * 1_000_000_000L;
        AtomicReference<double[]> loadAtStart = new AtomicReference<>();
        Thread sampler = new Thread(() -> {
            try {
                Thread.sleep(warmUp * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            loadAtStart.set(loadAverage());
        }, "load-sampler");
        sampler.start();
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong done = new AtomicLong(2);
        CountDownLatch finished = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Session citizen = citizens.get(i);
            Session officer = officers.get(i % officers.size());
            new Thread(() -> {
                try {
                    List<long[]> mine = new ArrayList<>();
                    while (System.nanoTime() < timedTo) {
                        long a = System.nanoTime();
                        String number;
                        try {
                            number = citizen.apply(http, base);
                        } catch (RuntimeException e) {
                            errors.add("apply: " + e.getMessage());
                            continue;
                        }
                        long b = System.nanoTime();
                        try {
                            officer.accept(http, base, number);
                        } catch (RuntimeException e) {
                            errors.add("accept " + number + ": " + e.getMessage());
                            continue;
                        }
                        long c = System.nanoTime();
                        done.incrementAndGet();
                        if (a >= timedFrom && c <= timedTo) {
                            mine.add(new long[] {b - a, c - b});
                        }
                    }
                    samples.addAll(mine);
                } finally {
                    finished.countDown();
                }
            }, "client-" + i).start();
        }
        finished.await();
        double[] loadAfter = loadAverage();
        sampler.join();
        double[] loadBefore = loadAtStart.get();

        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long accepted = jdbc.sql("select count(*) from cases_case where item_code = ? and state = 'ACCEPTED' "
                + "and applicant_login = any(?)").params(ITEM, citizens.stream().map(s -> s.account).toArray(String[]::new))
                .query(Long.class).single();

        long[] intake = samples.stream().mapToLong(s -> s[0] + s[1]).sorted().toArray();
        long[] submit = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
        long[] accept = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
        double tps = intake.length / (double) seconds;
        Map<String, String> result = new LinkedHashMap<>();
        result.put("clients", String.valueOf(clients));
        result.put("officer_sessions", String.valueOf(officers.size()));
        result.put("seconds", String.valueOf(seconds));
        result.put("intakes", String.valueOf(intake.length));
        result.put("tps", String.format(Locale.ROOT, "%.1f", tps));
        result.put("p50", ms(intake, 50));
        result.put("p95", ms(intake, 95));
        result.put("p99", ms(intake, 99));
        result.put("avg", String.format(Locale.ROOT, "%.2f", Arrays.stream(intake).average().orElse(0) / 1e6));
        result.put("submit_p50", ms(submit, 50));
        result.put("submit_p99", ms(submit, 99));
        result.put("accept_p50", ms(accept, 50));
        result.put("accept_p99", ms(accept, 99));
        result.put("errors", String.valueOf(errors.size()));
        // pgbench's script reads and writes as this citizen (-D citizen=… login=…).
        // The platform's connection pool: pgbench is also run with this many connections, for comparison.
        result.put("pool", String.valueOf(app.getBean(javax.sql.DataSource.class)
                .unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize()));
        result.put("citizen", citizens.get(0).account.substring(2));
        result.put("login", citizens.get(0).account);
        result.put("statements", String.valueOf(statements));
        result.put("transactions", String.valueOf(transactions));
        result.put("load_before", String.format(Locale.ROOT, "%.2f %.2f %.2f", loadBefore[0], loadBefore[1],
                loadBefore[2]));
        result.put("load_after", String.format(Locale.ROOT, "%.2f %.2f %.2f", loadAfter[0], loadAfter[1],
                loadAfter[2]));
        Files.writeString(out.resolve("intake.properties"), result.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n", "", "\n")));
        System.out.printf("HTTP intake: %d clients, %d s after %d s warm-up: %s intakes/s, p50 %s ms, p95 %s ms, "
                + "p99 %s ms (submit p50/p99 %s/%s ms, accept %s/%s ms)%n", clients, seconds, warmUp,
                result.get("tps"), result.get("p50"), result.get("p95"), result.get("p99"), result.get("submit_p50"),
                result.get("submit_p99"), result.get("accept_p50"), result.get("accept_p99"));
        if (!errors.isEmpty()) {
            System.out.println(errors.size() + " intakes failed, e.g.:");
            errors.stream().limit(5).forEach(e -> System.out.println("  " + e));
            return 4;
        }
        if (accepted != done.get()) {
            System.out.printf("%d intakes answered as done, but %d cases are accepted in the database%n", done.get(),
                    accepted);
            return 5;
        }
        return 0;
    }

    /** Records what one intake (apply, then accept) sends the database. */
    static List<StatementRecorder.Event> capture(HttpClient http, String base, Session citizen, Session officer) {
        List<StatementRecorder.Event> events;
        StatementRecorder.arm();
        try {
            officer.accept(http, base, citizen.apply(http, base));
        } finally {
            events = StatementRecorder.disarm();
        }
        // Request threads only: a scheduled job that happened to run meanwhile is not part of the intake.
        List<StatementRecorder.Event> others = events.stream().filter(e -> !e.thread().startsWith("http-")).toList();
        if (!others.isEmpty()) {
            System.out.println("(left out of the capture: " + others.size() + " statements on "
                    + others.stream().map(StatementRecorder.Event::thread).distinct().toList() + ")");
        }
        return events.stream().filter(e -> e.thread().startsWith("http-")).toList();
    }

    static String ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return "n/a";
        }
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return String.format(Locale.ROOT, "%.2f", sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6);
    }

    static double[] loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        } catch (IOException | RuntimeException e) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
    }

    /**
     * One signed-in browser: its session cookie and the CSRF token of that session (Spring Security keeps one token
     * per session; each page shows it masked differently, and any of them is accepted).
     */
    static final class Session {
        final String login;
        final String cookie;
        final String csrf;
        /** A citizen's account inside the platform ({@code c-<id>}), and what its application form is filled with. */
        String account;
        String name;
        String idNumber;
        String mobile;
        private final AtomicLong serial = new AtomicLong();

        private Session(String login, String cookie, String csrf) {
            this.login = login;
            this.cookie = cookie;
            this.csrf = csrf;
        }

        Session applicant(String account, String name, String idNumber, String mobile) {
            this.account = account;
            this.name = name;
            this.idNumber = idNumber;
            this.mobile = mobile;
            return this;
        }

        /** Signs in through the login form (and the second-factor form for staff), then reads a form page's token. */
        static Session signIn(String base, String username, String password, String formPage, boolean staff) {
            CookieManager cookies = new CookieManager();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String next = location(post(browser, base, "/login", "/login",
                    Map.of("username", username, "password", password)));
            if (staff) {
                if (!next.endsWith("/login/second-factor")) {
                    throw new IllegalStateException(username + ": password step went to " + next);
                }
                next = location(post(browser, base, "/login/second-factor", "/login/second-factor",
                        Map.of("code", Authenticator.freshCode(username, Authenticator.DEMO_SECRET))));
            }
            if (next.contains("/login")) {
                throw new IllegalStateException("sign-in of " + username + " failed: " + next);
            }
            HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(base + formPage)).build());
            Matcher m = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException(formPage + " answered " + page.statusCode() + " without a form");
            }
            String session = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no session cookie for " + username));
            return new Session(username, "JSESSIONID=" + session, m.group(1));
        }

        /**
         * Posts the application form as a browser does (multipart: applicant fields, the first material as a small
         * PDF of its own, the other materials left empty) and answers the case number it was redirected to.
         */
        String apply(HttpClient http, String base) {
            String boundary = "----doorstepbench" + Long.toHexString(System.nanoTime());
            Multipart body = new Multipart(boundary).field("_csrf", csrf).field("kind", "PERSON").field("name", name)
                    .field("idNumber", idNumber).field("creditCode", "").field("phone", mobile)
                    .file("file-0", "申请书.pdf", "application/pdf", pdf(login + "-" + serial.incrementAndGet()))
                    .file("file-1", "", "application/octet-stream", new byte[0])
                    .file("file-2", "", "application/octet-stream", new byte[0])
                    .field("delivery", "ELECTRONIC");
            HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/my/apply/" + ITEM))
                    .header("Cookie", cookie).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
            Matcher m = CASE.matcher(location(r));
            if (r.statusCode() != 302 || !m.matches()) {
                throw new IllegalStateException(r.statusCode() + " " + location(r) + " " + excerpt(r.body()));
            }
            return m.group(1);
        }

        /** Posts 受理 from the case page's form. */
        void accept(HttpClient http, String base, String number) {
            String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&note=";
            HttpResponse<String> r = send(http, HttpRequest.newBuilder(
                    URI.create(base + "/console/cases/" + number + "/accept")).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (r.statusCode() != 302 || !location(r).equals("/console/cases/" + number)) {
                throw new IllegalStateException(r.statusCode() + " " + location(r) + " " + excerpt(r.body()));
            }
        }

        private static HttpResponse<String> post(HttpClient browser, String base, String formPage, String action,
                Map<String, String> fields) {
            HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(base + formPage)).build());
            Matcher m = CSRF.matcher(page.body());
            if (!m.find()) {
                throw new IllegalStateException("no form at " + formPage + " (" + page.statusCode() + ")");
            }
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", m.group(1));
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(browser, HttpRequest.newBuilder(URI.create(base + action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
    }

    /** A small valid PDF whose bytes differ per application, so each upload is a new file in the store. */
    static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static final class Multipart {
        private final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart(String boundary) {
            this.boundary = boundary;
        }

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, String type, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] bytes() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").map(l -> {
            URI u = URI.create(l);
            return u.getPath() + (u.getQuery() == null ? "" : "?" + u.getQuery());
        }).orElse("(" + r.statusCode() + ")");
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        Matcher error = Pattern.compile("(请[^。]{0,60}|[^ ]{0,40}不正确[^ ]{0,40})").matcher(text);
        return error.find() ? error.group(1) : text.substring(0, Math.min(160, text.length()));
    }
}
