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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent simulated exam takers against a running server on this machine, with MariaDB 11.4 on the same
 * box: attempts started per second, answer saves per second with p50/p99 latency, and SQL statements per save
 * (MariaDB's Questions counter). Writes docs/benchmarks/exam-saves.md.
 */
public final class ExamSaveBenchmark {

    private static final int TAKERS = Integer.getInteger("bench.takers", 200);
    private static final int THREADS = Integer.getInteger("bench.threads", 32);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

    private ExamSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-mariadb"), 0);
        String dbName = "pa_bench_exam_" + System.currentTimeMillis();
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl(dbName));
        props.put("datasources.default.username", "root");
        props.put("datasources.default.password", "");
        props.put("datasources.default.maximum-pool-size", 16);
        props.put("partneracademy.secret", "benchmark-secret-benchmark-secret-0123456789");
        props.put("partneracademy.content.import-on-startup", false);
        props.put("partneracademy.passwords.memory-kib", 1024);
        props.put("partneracademy.passwords.iterations", 1);
        props.put("micronaut.server.port", -1);
        try (ApplicationContext context = ApplicationContext.run(props)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            context.getBean(ContentImporter.class).importTree(project.resolve("content"), null);
            context.getBean(ExamImporter.class).importTree(project.resolve("exams"));
            List<Taker> takers = signIn(context.getBean(Users.class), server);
            long startBegin = System.nanoTime();
            for (Taker t : takers) {
                t.start();
            }
            double startsPerSecond = takers.size() / ((System.nanoTime() - startBegin) / 1e9);
            long questionsBefore = questions(db, dbName);
            Map<String, Long> comBefore = commands(db, dbName);
            if (Boolean.getBoolean("bench.log")) {
                sql(db, dbName, "SET GLOBAL general_log_file = '/tmp/pa-general.log'");
                sql(db, dbName, "SET GLOBAL general_log = 1");
            }
            Result saves = saves(takers);
            long statements = questions(db, dbName) - questionsBefore;
            Map<String, Long> comAfter = commands(db, dbName);
            if (Boolean.getBoolean("bench.log")) {
                sql(db, dbName, "SET GLOBAL general_log = 0");
            }
            comAfter.forEach((k, v) -> {
                long delta = v - comBefore.getOrDefault(k, 0L);
                if (delta > 0) {
                    System.out.printf("%s per save: %.2f%n", k, delta / (double) saves.saves());
                }
            });
            server.stop();
            write(project.resolve("docs/benchmarks/exam-saves.md"), startsPerSecond, saves, statements);
        } finally {
            db.stop();
        }
    }

    private static List<Taker> signIn(Users users, EmbeddedServer server) {
        List<Taker> takers = new ArrayList<>();
        for (int i = 0; i < TAKERS; i++) {
            UserSummary user = users.create("taker" + i + "@bench.example", "Taker " + i, EnumSet.of(Role.LEARNER));
            users.setPassword(user.id(), "benchmark password " + i);
            Browser browser = new Browser(server.getURI());
            browser.login(user.email(), "benchmark password " + i);
            browser.get("/exams/foundation-exam");
            takers.add(new Taker(browser));
        }
        return takers;
    }

    private static Result saves(List<Taker> takers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        AtomicLong failures = new AtomicLong();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int i = thread; System.nanoTime() < end; i += THREADS) {
                    Taker taker = takers.get(i % takers.size());
                    long begin = System.nanoTime();
                    int status = taker.save(ThreadLocalRandom.current().nextInt(30));
                    latencies.add(System.nanoTime() - begin);
                    if (status != 204) {
                        failures.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted.length, failures.get(), sorted.length / (double) SECONDS,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
    }

    private record Result(long saves, long failures, double perSecond, double p50Ms, double p99Ms) {
    }

    /** A signed-in learner with an open attempt, saving answers like the page script does. */
    private static final class Taker {

        private final Browser browser;
        private long attemptId;

        Taker(Browser browser) {
            this.browser = browser;
        }

        void start() {
            Browser.Page page = browser.post("/exams/foundation-exam/attempts", Map.of());
            attemptId = Long.parseLong(page.location().substring("/attempts/".length()));
            browser.get("/attempts/" + attemptId);
        }

        int save(int position) {
            String answer = Arrays.asList("a", "b", "c", "d").get(position % 4);
            return browser.postAjax("/attempts/" + attemptId + "/answers",
                    Map.of("position", String.valueOf(position), "answer", answer)).status();
        }
    }

    private static long questions(EmbeddedMariaDb db, String dbName) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(dbName), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            // this measuring query counts itself once
            return rs.getLong(2) - 1;
        }
    }

    private static void sql(EmbeddedMariaDb db, String dbName, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(dbName), "root", "");
             Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static Map<String, Long> commands(EmbeddedMariaDb db, String dbName) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(dbName), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Com\\_%'")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static void write(Path out, double startsPerSecond, Result saves, long statements) throws Exception {
        String md = "# Exam save benchmark\n\n"
                + "Command: `./mvnw -pl app test-compile exec:java -Dpa.main=io.partneracademy.bench.ExamSaveBenchmark`\n\n"
                + "Measured " + LocalDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores: the server, MariaDB 11.4 and the load generator on one machine. " + TAKERS
                + " signed-in takers with an open Foundation attempt, " + THREADS + " concurrent clients for "
                + SECONDS + " s, each save a real HTTP request with session cookie and CSRF header.\n\n"
                + "| measure | value | aim |\n|---|---|---|\n"
                + String.format("| attempts started per second (sequential) | %.1f | |%n", startsPerSecond)
                + String.format("| answer saves per second | %.0f | ≥ 500 |%n", saves.perSecond())
                + String.format("| save latency p50 | %.1f ms | |%n", saves.p50Ms())
                + String.format("| save latency p99 | %.1f ms | ≤ 100 ms |%n", saves.p99Ms())
                + String.format("| SQL statements per save (MariaDB Questions) | %.2f | ≤ 2 |%n",
                statements / (double) saves.saves())
                + String.format("| saves / failed saves | %d / %d | |%n", saves.saves(), saves.failures());
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }
}
