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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Concurrent simulated exam takers against a running server on this machine, with MariaDB 11.4 on the same
 * box: attempts started per second, answer saves per second with p50/p90/p99 latency, SQL statements per save
 * (MariaDB's Questions counter) and where the CPU went. A warm-up phase is run first and not counted.
 * Writes docs/benchmarks/exam-saves.md.
 */
public final class ExamSaveBenchmark {

    private static final int TAKERS = Integer.getInteger("bench.takers", 200);
    private static final int THREADS = Integer.getInteger("bench.threads", 32);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 30);

    private ExamSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-mariadb"), 0);
        String dbName = "pa_bench_exam_" + System.currentTimeMillis();
        try (ApplicationContext context = ApplicationContext.run(properties(db.jdbcUrl(dbName)))) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            context.getBean(ContentImporter.class).importTree(project.resolve("content"), null);
            context.getBean(ExamImporter.class).importTree(project.resolve("exams"));
            List<Browser> browsers = signIn(context.getBean(Users.class), server);
            long startBegin = System.nanoTime();
            List<SaveLoad.Taker> takers = browsers.stream().map(ExamSaveBenchmark::start).toList();
            double startsPerSecond = takers.size() / ((System.nanoTime() - startBegin) / 1e9);
            SaveLoad load = new SaveLoad(server.getURI(), takers);
            SaveLoad.Phase warmup = load.run(THREADS, WARMUP_SECONDS);
            System.out.printf("warm-up: %d saves in %.1f s (not counted)%n", warmup.saves(), warmup.seconds());
            CpuMeter cpu = new CpuMeter(db.port());
            long[] cpuBefore = cpu.snapshot();
            long questionsBefore = questions(db, dbName);
            Map<String, Long> comBefore = commands(db, dbName);
            SaveLoad.Phase saves = load.run(THREADS, SECONDS);
            long statements = questions(db, dbName) - questionsBefore;
            CpuMeter.Usage usage = cpu.since(cpuBefore);
            String perCommand = perCommand(comBefore, commands(db, dbName), saves.saves());
            // read before stopping: stopping the server stops the context and its configuration with it
            String setup = setup(context);
            load.close();
            server.stop();
            write(project.resolve("docs/benchmarks/exam-saves.md"), startsPerSecond, saves, statements,
                    perCommand, usage, setup);
        } finally {
            db.stop();
        }
    }

    private static Map<String, Object> properties(String jdbcUrl) {
        Map<String, Object> props = BenchProperties.forDatabase(jdbcUrl);
        // the shipped pool size (PA_DB_POOL_SIZE, 10) unless -Dbench.pool says otherwise
        if (Integer.getInteger("bench.pool") != null) {
            props.put("datasources.default.maximum-pool-size", Integer.getInteger("bench.pool"));
        }
        return props;
    }

    private static String setup(ApplicationContext context) {
        return "Session cache: " + context.getProperty("partneracademy.sessions.cache-for", String.class, "off")
                + "; connection pool: " + context.getProperty("datasources.default.maximum-pool-size", String.class,
                "default");
    }

    private static List<Browser> signIn(Users users, EmbeddedServer server) {
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < TAKERS; i++) {
            UserSummary user = users.create("taker" + i + "@bench.example", "Taker " + i, EnumSet.of(Role.LEARNER));
            users.setPassword(user.id(), "benchmark password " + i);
            Browser browser = new Browser(server.getURI());
            browser.login(user.email(), "benchmark password " + i);
            browser.get("/exams/foundation-exam");
            browsers.add(browser);
        }
        return browsers;
    }

    /** Starts the taker's attempt and opens its first question, as a browser does; the page's token is kept. */
    private static SaveLoad.Taker start(Browser browser) {
        Browser.Page page = browser.post("/exams/foundation-exam/attempts", Map.of());
        long attemptId = Long.parseLong(page.location().substring("/attempts/".length()));
        browser.get("/attempts/" + attemptId);
        String cookies = "pa_session=" + browser.cookie("pa_session") + "; pa_csrf=" + browser.cookie("pa_csrf");
        return new SaveLoad.Taker(cookies, browser.csrfToken(), attemptId);
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

    private static String perCommand(Map<String, Long> before, Map<String, Long> after, long saves) {
        StringBuilder out = new StringBuilder();
        after.forEach((k, v) -> {
            long delta = v - before.getOrDefault(k, 0L);
            // the benchmark's own two SHOW STATUS reads are not the server's work
            if (delta > 0 && !k.equals("Com_show_status")) {
                out.append(String.format("%s %.3f, ", k, delta / (double) saves));
            }
        });
        return out.length() == 0 ? "" : out.substring(0, out.length() - 2);
    }

    private static void write(Path out, double startsPerSecond, SaveLoad.Phase saves, long statements,
                              String perCommand, CpuMeter.Usage usage, String setup) throws Exception {
        String md = "# Exam save benchmark\n\n"
                + "Command: `./mvnw -pl app test-compile exec:java -Dpa.main=io.partneracademy.bench.ExamSaveBenchmark`\n\n"
                + "Measured " + LocalDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores: the server, MariaDB 11.4 and the load generator on one machine. " + TAKERS
                + " signed-in takers with an open Foundation attempt; " + THREADS + " closed-loop clients, each saving"
                + " for its own takers one request at a time over a shared keep-alive HTTP/1.1 client (session cookie,"
                + " CSRF cookie and X-CSRF-TOKEN header, form body). " + WARMUP_SECONDS + " s of warm-up are not"
                + " counted; then " + SECONDS + " s measured. " + setup + ".\n\n"
                + "| measure | value | aim |\n|---|---|---|\n"
                + String.format("| attempts started per second (one client, sequential) | %.1f | |%n", startsPerSecond)
                + String.format("| answer saves per second | %.0f | ≥ 500 |%n", saves.perSecond())
                + String.format("| save latency p50 | %.1f ms | |%n", saves.percentileMs(0.50))
                + String.format("| save latency p90 | %.1f ms | |%n", saves.percentileMs(0.90))
                + String.format("| save latency p99 | %.1f ms | ≤ 100 ms |%n", saves.percentileMs(0.99))
                + String.format("| SQL statements per save (MariaDB Questions) | %.2f | ≤ 2 |%n",
                statements / (double) saves.saves())
                + String.format("| saves measured / refused or failed | %d / %d | |%n", saves.saves(), saves.failures())
                + "\nStatements per save by kind (server-wide, background jobs included): " + perCommand + ".\n\n"
                + "CPU during the measured phase: " + usage.describe() + ". Per save: "
                + String.format("server %.0f µs, MariaDB %.0f µs, load generator %.0f µs of CPU.%n",
                usage.server() * 1e6 / saves.saves(), usage.database() * 1e6 / saves.saves(),
                usage.client() * 1e6 / saves.saves());
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }
}
