package io.partneracademy.bench;

import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.search.SearchDocument;
import io.partneracademy.search.SearchIndex;
import io.partneracademy.search.SearchRequest;
import io.partneracademy.search.SearchViewer;
import io.partneracademy.support.EmbeddedMariaDb;
import io.partneracademy.support.JudgedQueries;
import io.partneracademy.support.ProjectDir;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.Yaml;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lucene (the app's SearchIndex, with synonyms, typo tolerance, visibility filter, facets and snippets) next to
 * MySQL FULLTEXT in natural-language mode on an embedded MariaDB 11.4: the 36 demo resources plus N synthetic
 * ones made of the same vocabulary, the same queries, in one run. Writes docs/benchmarks/search.md.
 */
public final class SearchBenchmark {

    private static final int SYNTHETIC = Integer.getInteger("bench.docs", 100_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final String[] TYPES = {"battle-card", "pitch-deck", "playbook", "case-study", "roi-calculator",
            "datasheet", "tier-benefits", "guide", "template"};

    private SearchBenchmark() {
    }

    record Doc(String id, String title, String tags, String body, String type, String language, Tier tier) {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        List<Doc> demo = demoResources(project.resolve("content/resources"));
        List<Doc> docs = new ArrayList<>(demo);
        docs.addAll(synthetic(demo, SYNTHETIC));
        List<String> queries = new ArrayList<>();
        JudgedQueries judged = JudgedQueries.load();
        judged.queries().forEach(q -> queries.add(q.query()));
        queries.addAll(syntheticQueries(demo, 100));

        Path indexDir = project.resolve("app/target/bench-search-index");
        deleteRecursively(indexDir);
        Map<String, Object> lucene = new LinkedHashMap<>();
        Map<String, Object> mysql = new LinkedHashMap<>();
        try (SearchIndex index = SearchIndex.open(indexDir, project.resolve("content/synonyms.txt"))) {
            long t0 = System.nanoTime();
            Map<String, SearchIndex.Group> batch = new HashMap<>();
            for (Doc d : docs) {
                batch.put("resource:" + d.id(), new SearchIndex.Group("1", List.of(document(d))));
                if (batch.size() == 5_000) {
                    index.replaceAll(batch);
                    batch.clear();
                }
            }
            index.replaceAll(batch);
            index.commit();
            lucene.put("index", (System.nanoTime() - t0) / 1_000_000);
            System.out.println("Lucene indexed " + docs.size() + " in " + lucene.get("index") + " ms");
            SearchViewer learner = new SearchViewer(false, Tier.SILVER, PartnerType.RESELLER);
            lucene.put("staff", latencies(queries, q -> index.search(SearchRequest.of(q), SearchViewer.STAFF)));
            lucene.put("learner", latencies(queries, q -> index.search(SearchRequest.of(q), learner)));
            lucene.put("relevance", relevance(judged, q -> index.search(new SearchRequest(q, null, null, null, null,
                    SearchRequest.Sort.RELEVANCE, 0, 10), SearchViewer.STAFF).hits().stream()
                    .map(h -> h.key().substring("resource:".length())).toList(), "Lucene"));
        }

        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-mariadb"), 0);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("pa_search_bench") + "&rewriteBatchedStatements=true",
                "root", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_resource");
                s.execute("""
                        CREATE TABLE bench_resource (id VARCHAR(64) NOT NULL, title VARCHAR(200) NOT NULL,
                        tags VARCHAR(500) NOT NULL, body MEDIUMTEXT NOT NULL, min_tier INT NOT NULL, PRIMARY KEY (id))
                        ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
            }
            long t0 = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO bench_resource (id, title, tags, body, min_tier) VALUES (?, ?, ?, ?, ?)")) {
                c.setAutoCommit(false);
                int n = 0;
                for (Doc d : docs) {
                    insert.setString(1, d.id());
                    insert.setString(2, d.title());
                    insert.setString(3, d.tags());
                    insert.setString(4, d.body());
                    insert.setInt(5, d.tier().ordinal());
                    insert.addBatch();
                    if (++n % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                c.commit();
                c.setAutoCommit(true);
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE FULLTEXT INDEX ft_bench_resource ON bench_resource (title, tags, body)");
            }
            mysql.put("index", (System.nanoTime() - t0) / 1_000_000);
            System.out.println("MySQL indexed " + docs.size() + " in " + mysql.get("index") + " ms");
            String sql = """
                    SELECT id FROM bench_resource WHERE MATCH (title, tags, body) AGAINST (? IN NATURAL LANGUAGE MODE)
                    AND min_tier <= ? ORDER BY MATCH (title, tags, body) AGAINST (? IN NATURAL LANGUAGE MODE) DESC LIMIT 10""";
            try (PreparedStatement query = c.prepareStatement(sql)) {
                mysql.put("staff", latencies(queries, q -> fulltext(query, q, Tier.PLATINUM.ordinal())));
                mysql.put("learner", latencies(queries, q -> fulltext(query, q, Tier.SILVER.ordinal())));
                mysql.put("relevance", relevance(judged, q -> fulltext(query, q, Tier.PLATINUM.ordinal()), "MySQL FULLTEXT"));
            }
        } finally {
            db.stop();
        }
        String md = report(docs.size(), queries.size(), judged.queries().size(), lucene, mysql);
        Path out = project.resolve("docs/benchmarks/search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }

    interface Run {
        Object apply(String query) throws Exception;
    }

    /**
     * Milliseconds per query over RUNS passes after one warm-up pass: {p50, p99, max} of the elapsed time, then
     * {p50, p99} of this thread's CPU time, which other programs on a shared machine disturb far less.
     */
    private static double[] latencies(List<String> queries, Run run) throws Exception {
        for (String q : queries) {
            run.apply(q);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            for (String q : queries) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                run.apply(q);
                times.add((System.nanoTime() - t) / 1e6);
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
            }
        }
        times.sort(Comparator.naturalOrder());
        cpu.sort(Comparator.naturalOrder());
        return new double[]{times.get(times.size() / 2), p99(times), times.get(times.size() - 1),
                cpu.get(cpu.size() / 2), p99(cpu)};
    }

    private static double p99(List<Double> sorted) {
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }

    interface Ranked {
        List<String> ids(String query) throws Exception;
    }

    private static final Map<String, List<String>> MISSES = new LinkedHashMap<>();

    /** {right answer in the top 3 (count), mean reciprocal rank of the first right answer in the top 10}. */
    private static double[] relevance(JudgedQueries judged, Ranked ranked, String engine) throws Exception {
        int top3 = 0;
        double mrr = 0;
        for (JudgedQueries.Judged q : judged.queries()) {
            List<String> ids = ranked.ids(q.query());
            if (ids.stream().limit(3).noneMatch(q.expected()::contains)) {
                MISSES.computeIfAbsent(engine, k -> new ArrayList<>()).add("\"" + q.query() + "\"");
            }
            for (int i = 0; i < Math.min(10, ids.size()); i++) {
                if (q.expected().contains(ids.get(i))) {
                    top3 += i < 3 ? 1 : 0;
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
        }
        return new double[]{top3, mrr / judged.queries().size()};
    }

    private static List<String> fulltext(PreparedStatement query, String q, int tier) throws Exception {
        query.setString(1, q);
        query.setInt(2, tier);
        query.setString(3, q);
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static SearchDocument document(Doc d) {
        return new SearchDocument("resource:" + d.id(), SearchDocument.Kind.RESOURCE, d.title(), null,
                "/library/resources/" + d.id(), d.type(), d.language(), Arrays.asList(d.tags().split(",")), d.body(),
                d.tier(), Set.of(), 1_700_000_000_000L + d.id().hashCode(), 0);
    }

    private static List<Doc> demoResources(Path dir) throws Exception {
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Map<String, Object> meta = new Yaml().load(Files.readString(folder.resolve("resource.yaml")));
                Path file = folder.resolve(meta.get("file").toString());
                String name = file.getFileName().toString();
                String text;
                if (name.endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
                        text = new PDFTextStripper().getText(pdf);
                    }
                } else if (name.endsWith(".html")) {
                    text = Jsoup.parse(Files.readString(file)).text();
                } else {
                    text = Files.readString(file);
                }
                docs.add(new Doc(folder.getFileName().toString(), meta.get("title").toString(),
                        String.join(",", ((List<?>) meta.get("tags")).stream().map(String::valueOf).toList()), text,
                        meta.get("type").toString(), meta.get("language").toString(),
                        Tier.valueOf(meta.get("tier").toString())));
            }
        }
        return docs;
    }

    /** Word salad from the demo library's own vocabulary, so every query has thousands of distractors. */
    private static List<Doc> synthetic(List<Doc> demo, int n) {
        List<String> words = vocabulary(demo);
        Random random = new Random(42);
        List<Doc> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String title = words(words, random, 3 + random.nextInt(4));
            String tags = String.join(",", words(words, random, 2).split(" "));
            String body = words(words, random, 40 + random.nextInt(80));
            docs.add(new Doc(String.format("syn-%06d", i), title, tags, body, TYPES[random.nextInt(TYPES.length)], "en",
                    Tier.values()[random.nextInt(Tier.values().length)]));
        }
        return docs;
    }

    private static List<String> syntheticQueries(List<Doc> demo, int n) {
        List<String> words = vocabulary(demo);
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            queries.add(words(words, random, 1 + random.nextInt(3)));
        }
        return queries;
    }

    private static List<String> vocabulary(List<Doc> demo) {
        return demo.stream().filter(d -> d.language().equals("en"))
                .flatMap(d -> Arrays.stream((d.title() + " " + d.body()).toLowerCase().split("[^a-z]+")))
                .filter(w -> w.length() > 2).distinct().sorted().toList();
    }

    private static String words(List<String> words, Random random, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return s.toString();
    }

    private static String report(int docs, int queries, int judged, Map<String, Object> lucene, Map<String, Object> mysql) {
        StringBuilder md = new StringBuilder("# Search: Lucene vs MySQL FULLTEXT\n\n");
        md.append("Run ").append(LocalDateTime.now().withNano(0)).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(docs).append(" resources (the ")
                .append("demo library plus synthetic ones from its vocabulary), ").append(queries)
                .append(" queries (the judged set plus random 1 to 3 word queries), each run ").append(RUNS)
                .append(" times after a warm-up pass. Command: `./mvnw -pl app test-compile exec:java ")
                .append("-Dpa.main=io.partneracademy.bench.SearchBenchmark`.\n\n");
        md.append("Lucene is the application's `SearchIndex` end to end: synonyms, prefix and typo matching, the ")
                .append("visibility filter, exact total count, facet counts and highlighted snippets for the first ")
                .append("10 hits. MySQL is MariaDB 11.4 (embedded) `MATCH … AGAINST (… IN NATURAL LANGUAGE MODE)` ")
                .append("with a tier filter, top 10 ids only (no count, facets or snippets).\n\n");
        md.append("| | Lucene | MySQL FULLTEXT |\n|---|---|---|\n");
        md.append("| indexing ").append(docs).append(" resources | ").append(lucene.get("index")).append(" ms | ")
                .append(mysql.get("index")).append(" ms (batched inserts + `CREATE FULLTEXT INDEX`) |\n");
        for (String who : List.of("staff", "learner")) {
            double[] l = (double[]) lucene.get(who);
            double[] m = (double[]) mysql.get(who);
            md.append(String.format("| search p50 / p99 / max, %s | %.1f / %.1f / %.1f ms | %.1f / %.1f / %.1f ms |%n",
                    who.equals("staff") ? "vendor staff (no filter)" : "Silver learner (tier filter)",
                    l[0], l[1], l[2], m[0], m[1], m[2]));
        }
        for (String who : List.of("staff", "learner")) {
            double[] l = (double[]) lucene.get(who);
            md.append(String.format("| CPU time of the searching thread p50 / p99, %s | %.1f / %.1f ms | (in the server) |%n",
                    who.equals("staff") ? "vendor staff" : "Silver learner", l[3], l[4]));
        }
        double[] lr = (double[]) lucene.get("relevance");
        double[] mr = (double[]) mysql.get("relevance");
        md.append(String.format("| judged queries with a right answer in the top 3 | %d of %d | %d of %d |%n",
                (int) lr[0], judged, (int) mr[0], judged));
        md.append(String.format("| mean reciprocal rank (top 10) | %.2f | %.2f |%n", lr[1], mr[1]));
        MISSES.forEach((engine, missed) -> md.append("\n").append(engine).append(" missed the top 3 for: ")
                .append(String.join(", ", missed)).append(".\n"));
        md.append("\nThe judged set is `app/src/test/resources/search/judged-queries.tsv` (typos such as ")
                .append("\"battel cards\", abbreviations such as \"ROI\", \"MDF\", \"deal reg\", prefixes such as ")
                .append("\"impl\", German, French and Japanese queries).\n");
        return md.toString();
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
