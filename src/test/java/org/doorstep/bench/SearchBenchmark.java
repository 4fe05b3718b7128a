package org.doorstep.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.doorstep.DoorstepApplication;
import org.doorstep.search.SearchIndex;
import org.doorstep.search.SearchQuery;
import org.doorstep.search.SearchSort;
import org.doorstep.search.SearchType;
import org.doorstep.search.internal.DocumentIndexer;
import org.doorstep.search.internal.LuceneSearchIndex;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search benchmark (run by {@code bench/search/run.sh N}): generates N realistic Chinese government documents
 * deterministically, indexes them, then times a fixed query mix three ways — HTTP through the running application
 * ({@code /api/v1/search}), the Lucene index in-process, and PostgreSQL {@code ILIKE '%词%'} over the same rows —
 * and prints p50/p95/p99 per way. It is not a test and never runs in {@code ./mvnw verify}.
 */
public final class SearchBenchmark {

    static final long SEED = 20261201L;
    /** Seconds of the mix, both ways, before anything is timed ({@code -Dbench.warmUpSeconds}). */
    static final long WARM_UP_SECONDS = Long.getLong("bench.warmUpSeconds", 30);
    static final String[] GOVERNMENTS = {"361199000000", "361199001000", "361199101000", "361199102000",
        "361199201000"};
    static final String[] GOVERNMENT_NAMES = {"青溪县人民政府", "西东街道办事处", "梅林镇人民政府", "石桥镇人民政府",
        "竹山乡人民政府"};
    static final String[] PREFIXES = {"青政发", "西办发", "梅府发", "石府发", "竹府发"};
    static final String[] NODES = {"政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "乡村振兴",
        "政策文件及解读", "社会救助", "涉农补贴"};
    static final String[] GENRES = {"通知", "公告", "实施方案", "意见", "办法", "通报", "批复", "工作要点", "报告", "细则"};
    /** Topics of the seeds: each document leans on one, so words co-occur as in real documents. */
    static final String[][] TOPICS = {
        {"乡村振兴", "衔接资金", "产业发展", "脱贫人口", "农村人居环境", "村集体经济"},
        {"营商环境", "企业开办", "市场主体", "行政审批", "一件事一次办", "帮办代办"},
        {"涉农补贴", "耕地地力保护补贴", "发放", "种粮农民", "农机购置补贴", "一卡通"},
        {"社会救助", "最低生活保障", "特困人员", "临时救助", "审批", "高龄津贴"},
        {"政务公开", "标准目录", "主动公开", "依申请公开", "政府信息", "公开指南"},
        {"村务公开", "财务公开", "村务公开栏", "村民代表", "监督委员会", "三务公开"},
        {"医保", "城乡居民医保", "参保缴费", "医疗救助", "异地就医", "门诊报销"},
        {"政务服务", "便民服务中心", "综合窗口", "网上办", "就近办", "好差评"},
        {"网格化", "网格员", "基层治理", "矛盾纠纷", "安全生产", "秸秆禁烧"},
    };
    /** The fixed query mix: single words, AND of words, filters and date order. */
    static final List<Query> MIX = List.of(
            new Query("政务公开"), new Query("乡村振兴"), new Query("营商环境"), new Query("社会救助"),
            new Query("医保"), new Query("网格员"), new Query("一件事一次办"), new Query("高龄津贴"),
            new Query("村务公开栏"), new Query("秸秆禁烧"), new Query("涉农补贴 发放"),
            new Query("最低生活保障 审批"), new Query("政务服务 综合窗口"), new Query("乡村振兴 衔接资金"),
            new Query("营商环境 企业开办 帮办代办"), new Query("异地就医 门诊报销"),
            new Query("乡村振兴").division("361199101000"), new Query("医保").sortByDate(),
            new Query("主动公开").from(LocalDate.of(2025, 1, 1)).to(LocalDate.of(2025, 12, 31)),
            new Query("临时救助").validity("VALID"));

    record Query(String q, String division, LocalDate from, LocalDate to, String validity, boolean byDate) {
        Query(String q) {
            this(q, null, null, null, null, false);
        }

        Query division(String d) {
            return new Query(q, d, from, to, validity, byDate);
        }

        Query from(LocalDate f) {
            return new Query(q, division, f, to, validity, byDate);
        }

        Query to(LocalDate t) {
            return new Query(q, division, from, t, validity, byDate);
        }

        Query validity(String v) {
            return new Query(q, division, from, to, v, byDate);
        }

        Query sortByDate() {
            return new Query(q, division, from, to, validity, true);
        }

        /** Documents only: the ILIKE side reads the document table. */
        SearchQuery toSearch() {
            return new SearchQuery(q, division, null, null, from, to,
                    validity == null ? null : org.doorstep.disclosure.Validity.valueOf(validity),
                    null, byDate ? SearchSort.DATE : SearchSort.RELEVANCE, 1, SearchQuery.PAGE_SIZE,
                    SearchType.DOCUMENT);
        }

        String url(int port) {
            StringBuilder u = new StringBuilder("http://127.0.0.1:" + port + "/api/v1/search?type=DOCUMENT&q="
                    + enc(q));
            if (division != null) {
                u.append("&division=").append(division);
            }
            if (from != null) {
                u.append("&from=").append(from);
            }
            if (to != null) {
                u.append("&to=").append(to);
            }
            if (validity != null) {
                u.append("&validity=").append(validity);
            }
            if (byDate) {
                u.append("&sort=DATE");
            }
            return u.toString();
        }

        /**
         * The same question in SQL: every word the index understood (a run typed without spaces is segmented) as
         * ILIKE '%词%' over title or body, the same filters, top 10 with the total.
         */
        JdbcClient.StatementSpec sql(JdbcClient jdbc, List<String> words) {
            StringBuilder where = new StringBuilder("state IN ('PUBLISHED', 'REVISED')");
            List<Object> params = new ArrayList<>();
            for (String w : words) {
                where.append(" AND (title ILIKE ? OR body ILIKE ?)");
                params.add("%" + w + "%");
                params.add("%" + w + "%");
            }
            if (division != null) {
                where.append(" AND division_code = ?");
                params.add(division);
            }
            if (from != null) {
                where.append(" AND published_on >= ?");
                params.add(from);
            }
            if (to != null) {
                where.append(" AND published_on <= ?");
                params.add(to);
            }
            if (validity != null) {
                where.append(" AND validity = ?");
                params.add(validity);
            }
            return jdbc.sql("SELECT id, title, count(*) OVER () AS total FROM disclosure_document WHERE " + where
                    + " ORDER BY published_at DESC LIMIT 10").params(params);
        }

        @Override
        public String toString() {
            return q + (division != null ? " [政府]" : "") + (from != null ? " [日期]" : "")
                    + (validity != null ? " [效力]" : "") + (byDate ? " [按日期]" : "");
        }
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        int rounds = Integer.parseInt(System.getProperty("bench.rounds", "10"));
        int sqlRounds = Integer.parseInt(System.getProperty("bench.sqlRounds", n > 300_000 ? "1" : "3"));
        Path data = Path.of(System.getProperty("bench.dir", "target/bench/search-" + n)).toAbsolutePath();
        boolean reuse = Boolean.getBoolean("bench.reuse");
        if (!reuse && Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("== Doorstep search benchmark: N=%,d, data %s%n", n, data);
        long t0 = System.nanoTime();
        // command-line arguments, so they win over application.yml
        ConfigurableApplicationContext app = new SpringApplicationBuilder(DoorstepApplication.class)
                .run("--doorstep.data-dir=" + data, "--doorstep.embedded=true", "--doorstep.demo=false", "--server.port=0",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--logging.level.org.doorstep.search=INFO");
        System.out.printf("application started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        int exit = 0;
        try {
            exit = run(app, n, rounds, sqlRounds, data);
        } finally {
            app.close();
        }
        System.exit(exit);
    }

    static int run(ConfigurableApplicationContext app, int n, int rounds, int sqlRounds, Path data) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        DocumentIndexer indexer = app.getBean(DocumentIndexer.class);
        SearchIndex index = app.getBean(SearchIndex.class);
        LuceneSearchIndex lucene0 = app.getBean(LuceneSearchIndex.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        while (indexer.status().running()) {
            Thread.sleep(200); // a start-up repair of a reused data folder
        }

        long existing = jdbc.sql("SELECT count(*) FROM disclosure_document WHERE author = 'bench'").query(Long.class)
                .single();
        double generateSeconds = Double.NaN;
        double indexSeconds = Double.NaN;
        if (existing != n) {
            jdbc.sql("DELETE FROM disclosure_document_node").update();
            jdbc.sql("DELETE FROM disclosure_document").update();
            long g = System.nanoTime();
            generate(app.getBean(DataSource.class), jdbc, n);
            generateSeconds = (System.nanoTime() - g) / 1e9;
            System.out.printf("generated %,d documents in %.1f s%n", n, generateSeconds);
        }
        if (!indexer.compare().none()) {
            long i = System.nanoTime();
            long indexed = indexer.rebuild();
            indexSeconds = (System.nanoTime() - i) / 1e9;
            System.out.printf("indexed %,d documents in %.1f s (%.0f documents/s)%n", indexed, indexSeconds,
                    indexed / indexSeconds);
        }
        long indexBytes;
        try (Stream<Path> files = Files.walk(data.resolve("index"))) {
            indexBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        long tableBytes = jdbc.sql("SELECT pg_total_relation_size('disclosure_document')").query(Long.class).single();
        jdbc.sql("ANALYZE disclosure_document").update();

        // Warm-up: page cache, connection, and the JIT. The HTTP path runs far more code than the search (Tomcat,
        // security filters, MVC, JSON) and takes thousands of requests to reach the compiled steady state a running
        // portal is in; three rounds left it half interpreted and put ~6 ms on every request measured.
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        int warmRounds = 0;
        while (warmRounds < 3 || System.nanoTime() < warmUntil) {
            for (Query q : MIX) {
                index.search(q.toSearch());
                get(q.url(port));
            }
            warmRounds++;
        }
        System.out.printf("warmed up with %d rounds of the mix%n", warmRounds);
        Map<Query, List<String>> words = new LinkedHashMap<>();
        for (Query q : MIX) {
            words.put(q, index.search(q.toSearch()).words());
            q.sql(jdbc, words.get(q)).query().listOfRows();
        }

        Map<String, long[]> lucene = new LinkedHashMap<>();
        Map<String, long[]> overHttp = new LinkedHashMap<>();
        Map<String, long[]> ilike = new LinkedHashMap<>();
        List<Long> luceneAll = new ArrayList<>();
        List<Long> httpAll = new ArrayList<>();
        List<Long> sqlAll = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        // [0] Lucene total, [1] HTTP total, [2] ILIKE total, [3] exact Lucene count
        Map<Query, long[]> totals = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Query q : MIX) {
                long s = System.nanoTime();
                long total = index.search(q.toSearch()).total();
                luceneAll.add(System.nanoTime() - s);
                s = System.nanoTime();
                String body = get(q.url(port));
                httpAll.add(System.nanoTime() - s);
                totals.computeIfAbsent(q, k -> new long[4])[0] = total;
                totals.get(q)[1] = Long.parseLong(body.replaceAll("(?s)^\\{\"total\":(\\d+).*", "$1"));
            }
        }
        for (int r = 0; r < sqlRounds; r++) {
            for (Query q : MIX) {
                long s = System.nanoTime();
                List<Map<String, Object>> rows = q.sql(jdbc, words.get(q)).query().listOfRows();
                sqlAll.add(System.nanoTime() - s);
                totals.get(q)[2] = rows.isEmpty() ? 0 : ((Number) rows.get(0).get("total")).longValue();
            }
        }
        // pages count exactly up to a threshold only; the precision check counts every hit
        totals.forEach((q, t) -> t[3] = lucene0.count(q.toSearch()));
        totals.forEach((q, t) -> {
            if (t[0] != t[1] || t[3] != t[2] || (t[0] != t[3] && t[0] < LuceneSearchIndex.EXACT_UP_TO)) {
                disagreements.add(q + ": Lucene " + t[3] + " (page total " + t[0] + "), HTTP " + t[1] + ", ILIKE "
                        + t[2]);
            }
        });

        Stats l = Stats.of(luceneAll);
        Stats h = Stats.of(httpAll);
        Stats p = Stats.of(sqlAll);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n### N = %,d documents%n%n", n));
        out.append(String.format(Locale.ROOT, "generation %s s, indexing %s s, index %,.0f MB on disk, table %,.0f MB%n%n",
                Double.isNaN(generateSeconds) ? "(reused)" : String.format(Locale.ROOT, "%.1f", generateSeconds),
                Double.isNaN(indexSeconds) ? "(reused)" : String.format(Locale.ROOT, "%.1f", indexSeconds),
                indexBytes / 1e6, tableBytes / 1e6));
        out.append("| way | samples | p50 ms | p95 ms | p99 ms | mean ms |\n|---|---:|---:|---:|---:|---:|\n");
        out.append(l.row("Lucene in-process")).append(h.row("HTTP /api/v1/search")).append(p.row("PostgreSQL ILIKE"));
        out.append(String.format(Locale.ROOT, "%nHTTP p95 / Lucene p95 = %.2f (target ≤ 2)%n", h.p95 / l.p95));
        out.append(String.format(Locale.ROOT, "ILIKE p95 / HTTP p95 = %.0f× (target ≥ 50×)%n", p.p95 / h.p95));
        out.append(String.format(Locale.ROOT, "HTTP p95 = %.1f ms (target < 30 ms)%n", h.p95));
        out.append(disagreements.isEmpty() ? "result counts: Lucene = HTTP = ILIKE for every query of the mix (exact"
                + " counts; pages count exactly up to " + LuceneSearchIndex.EXACT_UP_TO + ")\n"
                : "result counts DIFFER:\n  " + String.join("\n  ", disagreements) + "\n");
        out.append("\nper query (total hits; median ms Lucene / HTTP):\n");
        int perQuery = MIX.size();
        for (int i = 0; i < MIX.size(); i++) {
            List<Long> li = new ArrayList<>();
            List<Long> hi = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                li.add(luceneAll.get(r * perQuery + i));
                hi.add(httpAll.get(r * perQuery + i));
            }
            out.append(String.format(Locale.ROOT, "  %-28s %8d  %6.2f / %6.2f%n", MIX.get(i),
                    totals.get(MIX.get(i))[3], Stats.of(li).p50, Stats.of(hi).p50));
        }
        System.out.print(out);
        Files.writeString(data.resolve("results.md"), out.toString());
        boolean ok = h.p95 <= 2 * l.p95 && p.p95 >= 50 * h.p95 && h.p95 < 30 && disagreements.isEmpty();
        System.out.println(ok ? "ALL TARGETS MET" : "SOME TARGETS MISSED");
        return 0;
    }

    /**
     * One GET over a kept-alive connection, read in the calling thread: a blocking client adds no thread hand-offs of
     * its own to the time measured (the asynchronous {@code java.net.http} client adds two per request, which on a
     * loaded machine cost more than the search).
     */
    static String get(String url) {
        try {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(url).toURL().openConnection();
            int status = c.getResponseCode();
            try (var in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (status != 200) {
                    throw new IllegalStateException(url + " answered " + status + ": " + body);
                }
                return body;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Stats(int n, double p50, double p95, double p99, double mean) {
        static Stats of(List<Long> nanos) {
            long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Stats(s.length, pct(s, 50), pct(s, 95), pct(s, 99),
                    Arrays.stream(s).average().orElse(0) / 1e6);
        }

        static double pct(long[] sorted, int p) {
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", name, n, p50, p95, p99, mean);
        }
    }

    // ================================================================ generation

    /** Writes N documents with COPY, deterministically from {@link #SEED}, and files each under a catalogue node. */
    static void generate(DataSource dataSource, JdbcClient jdbc, int n) throws Exception {
        for (String division : GOVERNMENTS) {
            for (int i = 0; i < NODES.length; i++) {
                jdbc.sql("INSERT INTO disclosure_node (division_code, name, position, fixed) VALUES (?, ?, ?, ?)")
                        .params(division, NODES[i], i, i < 4).update();
            }
        }
        Vocabulary vocabulary = Vocabulary.load();
        // one thread writes the rows (one Random, so the corpus stays deterministic) while this one streams them to
        // PostgreSQL: making text and COPY overlap on the two cores
        java.util.concurrent.BlockingQueue<String> chunks = new java.util.concurrent.ArrayBlockingQueue<>(4);
        String end = "";
        Thread writer = new Thread(() -> {
            try {
                rows(vocabulary, n, chunks);
                chunks.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-generator");
        writer.setDaemon(true);
        writer.start();
        long copied = 0;
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String chunk = chunks.take(); !chunk.isEmpty(); chunk = chunks.take()) {
                copied += copy.copyIn("""
                        COPY disclosure_document (index_number, division_code, unit_code, title, document_number,
                          publisher_code, publisher_name, written_on, published_on, validity, topic, genre, keywords,
                          body, state, published_at, author) FROM STDIN WITH (FORMAT csv)""", new StringReader(chunk));
                if (copied % 100_000 == 0) {
                    System.out.printf("  generated %,d%n", copied);
                }
            }
        }
        if (copied != n) {
            throw new IllegalStateException("generated " + copied + " of " + n + " documents");
        }
        jdbc.sql("""
                INSERT INTO disclosure_document_node (document_id, node_id)
                SELECT d.id, n.id FROM disclosure_document d
                JOIN disclosure_node n ON n.division_code = d.division_code AND n.position = d.id % 8""").update();
        jdbc.sql("ANALYZE").update();
    }

    /** The N rows as CSV, in chunks of 5,000, deterministically from {@link #SEED}. */
    static void rows(Vocabulary vocabulary, int n, java.util.concurrent.BlockingQueue<String> chunks)
            throws InterruptedException {
        Random random = new Random(SEED);
        LocalDate first = LocalDate.of(2019, 1, 1);
        int days = (int) (LocalDate.of(2026, 11, 30).toEpochDay() - first.toEpochDay());
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            int g = random.nextInt(GOVERNMENTS.length);
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            LocalDate day = first.plusDays(random.nextInt(days + 1));
            String title = GOVERNMENT_NAMES[g] + "关于" + topic[random.nextInt(topic.length)]
                    + vocabulary.word(random) + vocabulary.word(random) + "的" + GENRES[random.nextInt(GENRES.length)];
            String body = vocabulary.body(random, topic);
            int v = random.nextInt(100);
            String validity = v < 90 ? "VALID" : v < 96 ? "EXPIRED" : "REPEALED";
            String number = PREFIXES[g] + "〔" + day.getYear() + "〕" + (1 + random.nextInt(300)) + "号";
            String organ = GOVERNMENTS[g].substring(0, 9);
            csv(batch, organ + "/" + day.getYear() + "-B" + i, GOVERNMENTS[g], GOVERNMENTS[g], title, number,
                    GOVERNMENTS[g], GOVERNMENT_NAMES[g], day.minusDays(3).toString(), day.toString(), validity,
                    "综合政务", GENRES[random.nextInt(GENRES.length)], String.join("；", topic[0], topic[1]), body,
                    "PUBLISHED", day + " 09:30:00+08", "bench");
            if (i % 5_000 == 0 || i == n) {
                chunks.put(batch.toString());
                batch.setLength(0);
            }
        }
    }

    static void csv(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(values[i].replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }

    /** Words of the seeds and DOMAIN.md with their frequencies ({@code bench/search/vocabulary.tsv}). */
    record Vocabulary(String[] words, double[] cumulative) {

        static Vocabulary load() throws IOException {
            Path file = Path.of(System.getProperty("bench.vocabulary", "bench/search/vocabulary.tsv"));
            List<String> words = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split("\t");
                if (parts.length == 2) {
                    words.add(parts[0]);
                    weights.add(Double.parseDouble(parts[1]));
                }
            }
            double[] cumulative = new double[words.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new Vocabulary(words.toArray(String[]::new), cumulative);
        }

        String word(Random random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return words[i >= 0 ? i : -i - 1];
        }

        /** Paragraphs of clauses of words; about one word in five is from the document's topic. */
        String body(Random random, String[] topic) {
            StringBuilder b = new StringBuilder();
            int paragraphs = 2 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                b.append("<p>");
                int sentences = 2 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    int clauses = 2 + random.nextInt(3);
                    for (int c = 0; c < clauses; c++) {
                        int words = 3 + random.nextInt(4);
                        for (int w = 0; w < words; w++) {
                            b.append(random.nextInt(5) == 0 ? topic[random.nextInt(topic.length)] : word(random));
                        }
                        b.append(c == clauses - 1 ? "。" : "，");
                    }
                }
                b.append("</p>");
            }
            return b.toString();
        }
    }
}
