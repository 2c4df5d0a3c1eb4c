package io.partneracademy.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.Browser;
import io.partneracademy.support.EmbeddedMariaDb;
import io.partneracademy.support.ProjectDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item statistics at scale: generates an exam whose papers have 40 questions (4 sections drawing 10 of 15) and
 * 50,000 closed attempts (40,000 people, 10,000 of them with a second attempt), i.e. 2 million stored answers,
 * directly in MariaDB 11.4; then times the statistics page's recompute over HTTP, for first attempts and for all
 * attempts. Writes docs/benchmarks/item-statistics.md.
 */
public final class ItemStatisticsBenchmark {

    private static final int PEOPLE = Integer.getInteger("bench.people", 40_000);
    private static final int RETAKERS = Integer.getInteger("bench.retakers", 10_000);
    private static final int SECTIONS = 4;
    private static final int POOL = 15;
    private static final int DRAW = 10;
    private static final int RUNS = 3;
    private static final Pattern COMPUTED = Pattern.compile("Computed [0-9-]+ [0-9:]+ UTC in (\\d+) ms");

    private ItemStatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-itemstats-mariadb"),
                Integer.getInteger("bench.db.port", 3361));
        // Generating 2 million answers takes minutes: a later run reuses the database (-Dbench.fresh=true for new).
        String dbName = Boolean.getBoolean("bench.fresh") ? "pa_bench_stats_" + System.currentTimeMillis()
                : "pa_bench_stats";
        Map<String, Object> props = BenchProperties.forDatabase(db.jdbcUrl(dbName));
        try (ApplicationContext context = ApplicationContext.run(props)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            context.getBean(ContentImporter.class).importTree(project.resolve("content"), null);
            context.getBean(ExamImporter.class).importTree(writeExam());
            Browser author = signIn(context.getBean(Users.class), server);
            long generateBegin = System.nanoTime();
            String url = db.jdbcUrl(dbName) + "&rewriteBatchedStatements=true";
            long answers = existingAnswers(url);
            if (answers == 0) {
                answers = generate(url);
            }
            double generateSeconds = (System.nanoTime() - generateBegin) / 1e9;
            List<String> rows = new ArrayList<>();
            for (String scope : List.of("first", "all")) {
                for (int run = 1; run <= RUNS; run++) {
                    rows.add(measure(author, scope, run));
                }
            }
            long begin = System.nanoTime();
            int status = author.get("/itemstats/bench-exam?version=1&scope=all&sort=discrimination&dir=asc").status();
            rows.add(String.format("| all | cached page | %.0f ms | | | | | status %d |",
                    (System.nanoTime() - begin) / 1e6, status));
            server.stop();
            write(project.resolve("docs/benchmarks/item-statistics.md"), answers, generateSeconds, rows);
        } finally {
            db.stop();
        }
    }

    /**
     * Recomputes over HTTP (POST, then the redirected page) and reads the compute time the page reports. The
     * machine is shared, so it also records the CPU time the server JVM and MariaDB spent and the load average:
     * on a busy machine the wall time says more about the neighbours than about this code.
     */
    private static String measure(Browser author, String scope, int run) throws Exception {
        author.get("/itemstats/bench-exam?version=1&scope=" + scope);
        long jvmBefore = jvmCpuNanos();
        long dbBefore = mariaDbCpuNanos();
        long begin = System.nanoTime();
        Browser.Page refresh = author.post("/itemstats/bench-exam/refresh?version=1&scope=" + scope, Map.of());
        Browser.Page page = author.get(refresh.location());
        double wall = (System.nanoTime() - begin) / 1e6;
        double jvm = (jvmCpuNanos() - jvmBefore) / 1e6;
        double db = (mariaDbCpuNanos() - dbBefore) / 1e6;
        Matcher m = COMPUTED.matcher(page.text());
        String computed = m.find() ? m.group(1) + " ms" : "?";
        String attempts = page.html().select("dl.summary dt:containsOwn(Attempts) + dd").text();
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        return String.format("| %s | recompute %d | %.0f ms | %s | %.0f ms | %.0f ms | %s | %s |", scope, run, wall,
                computed, jvm, db, load, attempts);
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long mariaDbCpuNanos() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("bench-itemstats-mariadb"))
                .filter(p -> p.info().command().orElse("").endsWith("mariadbd"))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    private static Path writeExam() throws Exception {
        Path root = Files.createTempDirectory("pa-bench-exam");
        Path dir = Files.createDirectories(root.resolve("bench-exam").resolve("questions"));
        StringBuilder exam = new StringBuilder("""
                id: bench-exam
                path: foundation
                title: Benchmark exam
                time-limit-minutes: 60
                pass-mark-percent: 70
                mode: certification
                navigation: free
                retake:
                  max-attempts: 3
                  period-days: 30
                  cooldown-hours: 24
                blueprint:
                """);
        StringBuilder bank = new StringBuilder("questions:\n");
        for (int s = 1; s <= SECTIONS; s++) {
            exam.append("  - section: s").append(s).append("\n    title: Section ").append(s)
                    .append("\n    draw: ").append(DRAW).append('\n');
            for (int q = 1; q <= POOL; q++) {
                bank.append("""
                          - id: s%d-q%02d
                            section: s%d
                            difficulty: medium
                            type: single
                            stem: Question %d.%d?
                            options:
                              - id: a
                                text: Right
                              - id: b
                                text: Wrong one
                              - id: c
                                text: Wrong two
                              - id: d
                                text: Wrong three
                            correct: [a]
                            explanation: Because.
                        """.formatted(s, q, s, s, q));
            }
        }
        Files.writeString(root.resolve("bench-exam").resolve("exam.yaml"), exam.toString());
        Files.writeString(dir.resolve("bank.yaml"), bank.toString());
        return root;
    }

    /** Inserts people, attempts and answers with a simple ability model; returns the number of answers. */
    private static long generate(String url) throws Exception {
        Random random = new Random(42);
        double[] difficulty = new double[SECTIONS * POOL];
        for (int i = 0; i < difficulty.length; i++) {
            difficulty[i] = random.nextGaussian() - 0.8;
        }
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T09:00:00Z"));
        long answers = 0;
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            long firstUser = insertPeople(c, now);
            try (PreparedStatement attempt = c.prepareStatement("""
                    INSERT INTO exam_attempt (id, exam_id, exam_version, user_id, seed, started_at, deadline,
                        grace_seconds, status, current_position, closed_at, score_percent, passed, section_scores)
                    VALUES (?, 'bench-exam', 1, ?, 0, ?, ?, 60, 'SUBMITTED', 0, ?, ?, ?, '{}')""");
                 PreparedStatement answer = c.prepareStatement("""
                    INSERT INTO attempt_question (attempt_id, position, question_id, section, option_order, answer)
                    VALUES (?, ?, ?, ?, 'a,b,c,d', ?)""")) {
                long id = 1;
                for (int n = 0; n < PEOPLE + RETAKERS; n++) {
                    long user = firstUser + (n % PEOPLE);
                    double ability = random.nextGaussian() + (n >= PEOPLE ? 0.4 : 0);
                    Timestamp started = new Timestamp(now.getTime() + (n >= PEOPLE ? 3 : 1) * 86_400_000L);
                    int right = 0;
                    int position = 0;
                    for (int s = 0; s < SECTIONS; s++) {
                        List<Integer> pool = new ArrayList<>();
                        for (int q = 0; q < POOL; q++) {
                            pool.add(q);
                        }
                        java.util.Collections.shuffle(pool, random);
                        for (int k = 0; k < DRAW; k++) {
                            int q = s * POOL + pool.get(k);
                            boolean correct = random.nextDouble() < 1 / (1 + Math.exp(-1.7 * (ability - difficulty[q])));
                            right += correct ? 1 : 0;
                            answer.setLong(1, id);
                            answer.setInt(2, position++);
                            answer.setString(3, String.format("s%d-q%02d", s + 1, pool.get(k) + 1));
                            answer.setString(4, "s" + (s + 1));
                            answer.setString(5, correct ? "a" : String.valueOf((char) ('b' + random.nextInt(3))));
                            answer.addBatch();
                            answers++;
                        }
                    }
                    double percent = 100.0 * right / (SECTIONS * DRAW);
                    attempt.setLong(1, id);
                    attempt.setLong(2, user);
                    attempt.setTimestamp(3, started);
                    attempt.setTimestamp(4, new Timestamp(started.getTime() + 3_600_000L));
                    attempt.setTimestamp(5, new Timestamp(started.getTime() + 2_400_000L));
                    attempt.setBigDecimal(6, java.math.BigDecimal.valueOf(percent).setScale(2,
                            java.math.RoundingMode.HALF_UP));
                    attempt.setBoolean(7, percent >= 70);
                    attempt.addBatch();
                    if (id % 1000 == 0) {
                        attempt.executeBatch();
                        answer.executeBatch();
                        c.commit();
                    }
                    id++;
                }
                attempt.executeBatch();
                answer.executeBatch();
                c.commit();
            }
        }
        return answers;
    }

    private static long insertPeople(Connection c, Timestamp now) throws Exception {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO app_user (email, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < PEOPLE; i++) {
                st.setString(1, "bench" + i + "@stats.example");
                st.setString(2, "Bench person " + i);
                st.setTimestamp(3, now);
                st.setTimestamp(4, now);
                st.addBatch();
                if (i % 5000 == 4999) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
            c.commit();
        }
        try (var rs = c.createStatement().executeQuery(
                "SELECT MIN(id) FROM app_user WHERE email LIKE 'bench%@stats.example'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long existingAnswers(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "root", "");
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM attempt_question")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Browser signIn(Users users, EmbeddedServer server) {
        UserSummary author = users.findByEmail("author@bench.example").orElseGet(() ->
                users.create("author@bench.example", "Bench Author", EnumSet.of(Role.AUTHOR)));
        users.setPassword(author.id(), "statistics reader 2026");
        Browser browser = new Browser(server.getURI());
        browser.login(author.email(), "statistics reader 2026");
        return browser;
    }

    private static void write(Path out, long answers, double generateSeconds, List<String> rows) throws Exception {
        String md = "# Item statistics benchmark\n\n"
                + "Command: `./mvnw -pl app test-compile exec:java -Dpa.main=io.partneracademy.bench.ItemStatisticsBenchmark`\n\n"
                + "Measured " + LocalDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, server and MariaDB 11.4 (embedded, default settings) on one machine. One exam version, "
                + "papers of " + SECTIONS * DRAW + " questions drawn from " + SECTIONS * POOL + ", "
                + (PEOPLE + RETAKERS) + " closed attempts (" + PEOPLE + " people, " + RETAKERS
                + " with a second attempt): " + answers + " stored answers, generated in "
                + String.format("%.0f", generateSeconds) + " s (or found from an earlier run). Each recompute is a POST to the statistics page's "
                + "*Recompute now* and the GET it redirects to; *compute* is the time the page reports for reading "
                + "and computing (aim: ≤ 5 s); *CPU* columns are the CPU time the server JVM and mariadbd spent "
                + "during the recompute, *load* the 1-minute load average (other engineers' builds share the "
                + "2 cores).\n\n"
                + "| scope | run | wall time (HTTP) | compute | CPU server JVM | CPU MariaDB | load | attempts |\n"
                + "|---|---|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }
}
