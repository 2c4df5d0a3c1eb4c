package io.partneracademy.bench;

import io.micronaut.context.ApplicationContext;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.EmbeddedMariaDb;
import io.partneracademy.support.ProjectDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The synchronized start across nodes: three application nodes (JVMs of their own) on one MariaDB 11.4, Debian's
 * nginx round-robin in front (no sticky sessions), and {@code bench.takers} (2,000) signed-in takers who start the
 * same exam within {@code bench.window} (30 s), save answers every 10–30 s and submit. Writes
 * docs/benchmarks/cluster-start.md. Everything runs on this machine; {@link StartLoad} is the part that only needs
 * an address, so the same load runs against a real cluster (see the README).
 */
public final class ClusterStartBenchmark {

    private static final int TAKERS = Integer.getInteger("bench.takers", 2_000);
    private static final int NODES = Integer.getInteger("bench.nodes", 3);
    private static final String EXAM = System.getProperty("bench.exam", "foundation-exam");
    private static final String PASSWORD = "benchmark password";

    private ClusterStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        Path work = project.resolve("app/target/bench-cluster");
        Files.createDirectories(work);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-mariadb"), 0);
        String dbName = "pa_bench_cluster_" + System.currentTimeMillis();
        String jdbcUrl = db.jdbcUrl(dbName);
        List<Process> processes = new ArrayList<>();
        try {
            List<String> emails = prepare(project, work, jdbcUrl);
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                ports.add(freePort());
                processes.add(startNode(work, jdbcUrl, ports.get(i), i));
            }
            for (int i = 0; i < NODES; i++) {
                awaitUp(URI.create("http://127.0.0.1:" + ports.get(i)), processes.get(i));
            }
            int lbPort = freePort();
            processes.add(Nginx.start(work.resolve("nginx"), lbPort, ports));
            URI base = URI.create("http://127.0.0.1:" + lbPort);
            awaitUp(base, processes.get(processes.size() - 1));
            StartLoad load = new StartLoad(base, EXAM);
            List<StartLoad.Taker> takers = load.signIn(emails.subList(0, TAKERS), PASSWORD);
            List<StartLoad.Taker> isolated = load.signIn(emails.subList(TAKERS, emails.size()), PASSWORD);
            StartLoad.Result result = load.run(takers);
            Path report = project.resolve("docs/benchmarks/cluster-start.md");
            Report.write(report, result, Double.NaN, NODES);
            Report.write(report, result, statementsPerStart(db, dbName, load, isolated), NODES);
        } finally {
            for (Process p : processes) {
                p.destroy();
            }
            for (Process p : processes) {
                p.waitFor();
            }
            db.stop();
        }
    }

    /** Migrates, imports content and exams, and creates the takers (plus 100 for the isolated measurement). */
    private static List<String> prepare(Path project, Path work, String jdbcUrl) {
        Map<String, Object> props = BenchProperties.forDatabase(jdbcUrl);
        props.put("partneracademy.search.index-dir", work.resolve("index-setup").toString());
        props.put("partneracademy.certification.keystore", work.resolve("signing-keys.p12").toString());
        try (ApplicationContext setup = ApplicationContext.run(props)) {
            setup.getBean(ContentImporter.class).importTree(project.resolve("content"), null);
            setup.getBean(ExamImporter.class).importTree(project.resolve("exams"));
            Users users = setup.getBean(Users.class);
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < TAKERS + 100; i++) {
                UserSummary user = users.create("taker" + i + "@bench.example", "Taker " + i, EnumSet.of(Role.LEARNER));
                users.setPassword(user.id(), PASSWORD);
                emails.add(user.email());
            }
            return emails;
        }
    }

    /** A node as production starts it (the README's heap options), on its own port with its own index folder. */
    private static Process startNode(Path work, String jdbcUrl, int port, int index) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xms96m", "-Xmx512m", "-XX:+UseSerialGC", "-cp", classPath()));
        Map<String, Object> props = BenchProperties.forDatabase(jdbcUrl);
        props.put("micronaut.server.port", port);
        props.put("partneracademy.search.index-dir", work.resolve("index-" + index).toString());
        props.put("partneracademy.storage.dir", work.resolve("files").toString());
        props.put("partneracademy.certification.keystore", work.resolve("signing-keys.p12").toString());
        props.put("partneracademy.public-base-url", "http://localhost:" + port);
        props.put("partneracademy.trusted-proxies", "127.0.0.1");
        // The shipped 1 s / 1.5 s database timeouts answer an outage within 2 s; on a machine shared with other
        // builds (load above 20 on 2 cores) they also cut healthy but starved connections, so -Dbench.db-timeouts
        // can raise them (milliseconds; "shipped" keeps the defaults).
        String timeouts = System.getProperty("bench.db-timeouts", "shipped");
        if (!timeouts.equals("shipped")) {
            props.put("datasources.default.connection-timeout", timeouts);
            props.put("datasources.default.data-source-properties.connectTimeout", timeouts);
            props.put("datasources.default.data-source-properties.socketTimeout", timeouts);
        }
        props.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("io.partneracademy.Application");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("node-" + index + ".log").toFile()).start();
    }

    /** The project's class path: under exec:java the JVM's own is Maven's, the project's is the class loader's. */
    private static String classPath() throws IOException {
        if (ClusterStartBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IOException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static void awaitUp(URI base, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(base + " did not come up; see app/target/bench-cluster/*.log");
    }

    /**
     * SQL statements per start, from MariaDB's Questions counter over 100 starts one after the other with no other
     * load, less what the nodes' background jobs issue in an idle period of the same length.
     */
    private static double statementsPerStart(EmbeddedMariaDb db, String dbName, StartLoad load,
                                             List<StartLoad.Taker> takers) throws Exception {
        long before = questions(db, dbName);
        long begin = System.nanoTime();
        for (StartLoad.Taker taker : takers) {
            load.startOnce(taker);
        }
        long nanos = System.nanoTime() - begin;
        long during = questions(db, dbName) - before - 1;
        long idleBefore = questions(db, dbName);
        Thread.sleep(Math.max(1, nanos / 1_000_000));
        long idle = questions(db, dbName) - idleBefore - 1;
        return (during - idle) / (double) takers.size();
    }

    private static long questions(EmbeddedMariaDb db, String dbName) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(dbName), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Debian's nginx as the load balancer: round-robin over the nodes, keep-alive upstream, no stickiness. */
    static final class Nginx {

        private Nginx() {
        }

        static Process start(Path dir, int port, List<Integer> nodes) throws IOException {
            Files.createDirectories(dir.resolve("logs"));
            StringBuilder upstream = new StringBuilder();
            nodes.forEach(p -> upstream.append("        server 127.0.0.1:").append(p).append(";\n"));
            String conf = """
                    worker_processes 1;
                    worker_rlimit_nofile 16384;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log warn;
                    events { worker_connections 8192; }
                    http {
                        access_log off;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        client_max_body_size 10m;
                        proxy_max_temp_file_size 0;
                        upstream partner_academy {
                    %2$s        keepalive 64;
                        }
                        server {
                            listen 127.0.0.1:%3$d;
                            location / {
                                proxy_pass http://partner_academy;
                                proxy_http_version 1.1;
                                proxy_set_header Connection "";
                                proxy_set_header Host $http_host;
                                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                                proxy_set_header X-Forwarded-Proto $scheme;
                            }
                        }
                    }
                    """.formatted(dir.toAbsolutePath(), upstream, port);
            Path file = dir.resolve("nginx.conf");
            Files.writeString(file, conf);
            String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
            return new ProcessBuilder(nginx, "-p", dir.toAbsolutePath().toString(), "-c", file.toAbsolutePath().toString(),
                    "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile())
                    .start();
        }
    }

    /** Writes the report. */
    static final class Report {

        private Report() {
        }

        static void write(Path out, StartLoad.Result r, double statementsPerStart, int nodes) throws IOException {
            String md = "# Synchronized exam start across nodes\n\n"
                    + "Command: `./mvnw -pl app test-compile exec:java -Dpa.main=io.partneracademy.bench.ClusterStartBenchmark`"
                    + " (needs Debian's `nginx`)\n\n"
                    + "Measured " + LocalDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                    + " cores, everything on this one machine: " + nodes + " application nodes (separate JVMs,"
                    + " `-Xmx512m -XX:+UseSerialGC`, connection pool 10 each), MariaDB 11.4, nginx round-robin without"
                    + " sticky sessions, and the load generator (one JDK HTTP client); database timeouts: "
                    + System.getProperty("bench.db-timeouts", "shipped") + ". " + r.takers() + " takers signed"
                    + " in beforehand start `" + EXAM + "` at moments spread uniformly over " + r.windowSeconds()
                    + " s, open the first question, save " + StartLoad.SAVES + " answers one every 10–30 s and submit.\n\n"
                    + "| measure | value | aim |\n|---|---|---|\n"
                    + String.format("| starts completed | %d of %d | all |%n", r.starts().count(), r.takers())
                    + String.format("| last start answered after | %.1f s | ≤ 30 s |%n", r.lastStartSeconds())
                    + String.format("| starts per second (over the window) | %.1f | |%n", r.startsPerSecond())
                    + String.format("| start latency p50 / p99 / max | %.0f / %.0f / %.0f ms | |%n",
                    r.starts().percentileMs(0.5), r.starts().percentileMs(0.99), r.starts().percentileMs(1.0))
                    + String.format("| first question page p50 / p99 | %.0f / %.0f ms | |%n",
                    r.pages().percentileMs(0.5), r.pages().percentileMs(0.99))
                    + String.format("| answer saves | %d | |%n", r.saves().count())
                    + String.format("| save latency p50 / p99 | %.0f / %.0f ms | |%n",
                    r.saves().percentileMs(0.5), r.saves().percentileMs(0.99))
                    + String.format("| submits, latency p99 | %d, %.0f ms | |%n", r.submits().count(),
                    r.submits().percentileMs(0.99))
                    + String.format("| errors (non-2xx/3xx answers, timeouts) | %d | 0 |%n", r.errors())
                    + String.format("| SQL statements per start (MariaDB Questions, 100 starts in isolation) | %.1f | |%n",
                    statementsPerStart)
                    + (r.errorSamples().isEmpty() ? "" : "\nFirst errors: " + String.join("; ", r.errorSamples()) + "\n");
            Files.createDirectories(out.getParent());
            Files.writeString(out, md);
            System.out.println(md);
        }
    }
}
