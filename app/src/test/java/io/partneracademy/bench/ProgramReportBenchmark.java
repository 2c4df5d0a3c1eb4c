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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The program view at scale: generates {@link ProgramBenchData} in an embedded MariaDB 11.4, then times the page and
 * each CSV (one table's queries) over HTTP as an admin, for the last 90 days, all time, and all time for Gold
 * partners only. Writes docs/benchmarks/program.md.
 */
public final class ProgramReportBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 10);
    private static final List<String> URLS = List.of("/program?period=90", "/program?period=all",
            "/program?period=all&tier=GOLD", "/program/completions.csv?period=all", "/program/tiers.csv?period=all",
            "/program/funnel.csv?period=90", "/program/funnel.csv?period=all", "/program/velocity.csv?period=all",
            "/program/funnel.csv?period=all&tier=GOLD&region=EMEA");

    private ProgramReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-program-mariadb"),
                Integer.getInteger("bench.db.port", 3371));
        Map<String, Object> props = BenchProperties.forDatabase(db.jdbcUrl("pa_bench_program"));
        try (ApplicationContext context = ApplicationContext.run(props)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            context.getBean(ContentImporter.class).importTree(project.resolve("content"), null);
            context.getBean(ExamImporter.class).importTree(project.resolve("exams"));
            long begin = System.nanoTime();
            long certifications;
            try (Connection jdbc = DriverManager.getConnection(db.jdbcUrl("pa_bench_program"), "root", "")) {
                certifications = ProgramBenchData.ensure(jdbc, Instant.now());
            }
            double generateSeconds = (System.nanoTime() - begin) / 1e9;
            Browser admin = signIn(context.getBean(Users.class), server);
            List<String> rows = new ArrayList<>();
            for (String url : URLS) {
                rows.add(measure(admin, url));
            }
            server.stop();
            write(project.resolve("docs/benchmarks/program.md"), certifications, generateSeconds, rows);
        } finally {
            db.stop();
        }
    }

    /** One warm-up request, then RUNS timed ones: median, p95 (nearest rank) and the load average after. */
    private static String measure(Browser admin, String url) throws Exception {
        int status = admin.getAny(url).status();
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long begin = System.nanoTime();
            admin.getAny(url);
            millis[run] = (System.nanoTime() - begin) / 1e6;
        }
        Arrays.sort(millis);
        double p95 = millis[(int) Math.ceil(0.95 * RUNS) - 1];
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        return String.format("| `%s` | %d | %.0f ms | %.0f ms | %s |", url, status, millis[RUNS / 2], p95, load);
    }

    private static Browser signIn(Users users, EmbeddedServer server) {
        UserSummary admin = users.findByEmail("admin@bench.example").orElseGet(() ->
                users.create("admin@bench.example", "Bench Admin", EnumSet.of(Role.ADMIN)));
        users.setPassword(admin.id(), "program reader 2026");
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), "program reader 2026");
        return browser;
    }

    private static void write(Path out, long certifications, double generateSeconds, List<String> rows)
            throws Exception {
        String md = "# Program view benchmark\n\n"
                + "Command: `./mvnw -pl app test-compile exec:java -Dpa.main=io.partneracademy.bench.ProgramReportBenchmark`"
                + " (`-Dbench.runs=10 -Dbench.db.port=3371`; the data is kept in app/target/bench-program-mariadb and reused)\n\n"
                + "Measured " + LocalDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, server, MariaDB 11.4 (embedded, default settings) and client on one machine: 5,000 partners, "
                + "100,000 people, 180,000 path enrolments, " + certifications + " certifications, 100,000 graded "
                + "exam attempts (generated in " + String.format("%.0f", generateSeconds) + " s, or found from an "
                + "earlier run). Each row: one warm-up request, then " + RUNS + " timed requests over HTTP. The page "
                + "runs all five queries; a CSV runs only its table's. *load* is the 1-minute load average afterwards "
                + "(other engineers' builds share the cores: a high load means the times are mostly the neighbours').\n\n"
                + "| request | status | median | p95 | load |\n|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }
}
