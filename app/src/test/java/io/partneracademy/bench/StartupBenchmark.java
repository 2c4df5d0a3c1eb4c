package io.partneracademy.bench;

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
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures what the foundation issue asks: time from starting the packaged jar (database already running)
 * to the first served page, and resident memory after start. Runs the jar several times against a real
 * MariaDB 11.4 and writes docs/benchmarks/startup.md. With -Dbench.classlist=true it instead makes the
 * training run that rewrites the class list behind the class data sharing archive.
 */
public final class StartupBenchmark {

    private static final int RUNS = 5;

    /** The heap options of the README's run line, before the archive. */
    static final List<String> RUN_LINE_OPTIONS = List.of(System.getProperty("bench.heap",
            "-Xms96m -Xmx512m -XX:+UseSerialGC -XX:MinHeapFreeRatio=15 -XX:MaxHeapFreeRatio=30").split(" "));

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        Path jar = findJar(project.resolve("app/target"));
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-mariadb"), 0);
        try {
            String url = db.jdbcUrl("pa_bench");
            if (Boolean.getBoolean("bench.classlist")) {
                writeClassList(project, jar, url);
                return;
            }
            Path archive = project.resolve("app/target/app-cds.jsa");
            if (!Files.exists(archive)) {
                throw new IllegalStateException("no " + archive + "; run package (without -Dpa.cds.skip) first");
            }
            // a first start migrates the fresh database, so that every measured start finds it migrated
            runOnce(jar, url, List.of());
            List<long[]> plain = runs(jar, url, List.of());
            List<String> runLineOptions = new ArrayList<>(RUN_LINE_OPTIONS);
            runLineOptions.add("-XX:SharedArchiveFile=" + archive);
            List<long[]> runLine = runs(jar, url, runLineOptions);
            List<long[]> quickStart = runs(jar, url, List.of("-XX:SharedArchiveFile=" + archive,
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            write(project, jar, plain, runLine, quickStart);
        } finally {
            db.stop();
        }
    }

    private static List<long[]> runs(Path jar, String url, List<String> jvmOptions) throws Exception {
        List<long[]> results = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            results.add(runOnce(jar, url, jvmOptions));
        }
        return results;
    }

    private static void write(Path project, Path jar, List<long[]> plain, List<long[]> runLine,
                              List<long[]> quickStart) throws IOException {
        StringBuilder md = header(jar);
        table(md, "`java " + String.join(" ", RUN_LINE_OPTIONS) + " -XX:SharedArchiveFile=app/target/app-cds.jsa "
                + "-jar app.jar` (the README's run line: a heap limit and the class data sharing archive that "
                + "`package` builds)", runLine);
        table(md, "`java -jar app.jar` (no archive)", plain);
        table(md, "`java -XX:SharedArchiveFile=app/target/app-cds.jsa -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
                + "-jar app.jar` (also C1-only JIT: fastest start, lower peak throughput)", quickStart);
        md.append("Targets: ≤ 3000 ms to the first page, ≤ 350 MiB resident.\n");
        Path out = project.resolve("docs/benchmarks/startup.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    /**
     * The training run behind the archive: starts the jar, serves the first page and writes the classes the JVM
     * loaded to app/src/main/cds/classlist, which the next package turns into app/target/app-cds.jsa.
     */
    private static void writeClassList(Path project, Path jar, String url) throws Exception {
        Path list = project.resolve("app/src/main/cds/classlist");
        Files.createDirectories(list.getParent());
        runOnce(jar, url, List.of());
        runOnce(jar, url, List.of("-XX:DumpLoadedClassList=" + list));
        System.out.println("Wrote " + list + "; run package to rebuild the archive");
    }

    /** Returns {milliseconds to first page, RSS in MiB}. */
    private static long[] runOnce(Path jar, String url, List<String> jvmOptions) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DATASOURCES_DEFAULT_URL", url);
        builder.environment().put("DATASOURCES_DEFAULT_USERNAME", "root");
        builder.environment().put("DATASOURCES_DEFAULT_PASSWORD", "");
        builder.environment().put("PA_SECRET", "benchmark-secret-benchmark-secret-0123456789");
        builder.environment().put("PA_PORT", String.valueOf(port));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build();
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with " + process.exitValue());
                }
                try {
                    if (http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(10);
                }
                if (System.nanoTime() - start > Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException("no page within 60 s");
                }
            }
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            Thread.sleep(2000);
            return new long[] {millis, rssMiB(process.pid())};
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static long rssMiB(long pid) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            String line = lines.filter(l -> l.startsWith("VmRSS:")).findFirst().orElseThrow();
            return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
    }

    private static StringBuilder header(Path jar) {
        return new StringBuilder("# Startup benchmark\n\n")
                .append("Command: `./mvnw -pl app package exec:java -DskipTests ")
                .append("-Dpa.main=io.partneracademy.bench.StartupBenchmark`\n\n")
                .append("Jar: `").append(jar.getFileName()).append("`, Java ").append(System.getProperty("java.version"))
                .append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores; the database (embedded MariaDB 11.4) is already running and migrated. ")
                .append("Time is from starting the JVM to the first 200 response for `/` (the jar's working ")
                .append("directory is the project, so content/ is imported in the background as in a real start); ")
                .append("RSS is read from ")
                .append("/proc 2 s later. Measured ").append(LocalDateTime.now().withNano(0)).append(".\n\n");
    }

    private static void table(StringBuilder md, String title, List<long[]> results) {
        md.append("## ").append(title).append("\n\n")
                .append("| run | start → first page (ms) | RSS (MiB) |\n|---|---|---|\n");
        for (int i = 0; i < results.size(); i++) {
            md.append("| ").append(i + 1).append(" | ").append(results.get(i)[0]).append(" | ")
                    .append(results.get(i)[1]).append(" |\n");
        }
        long[] times = results.stream().mapToLong(r -> r[0]).sorted().toArray();
        long[] rss = results.stream().mapToLong(r -> r[1]).sorted().toArray();
        md.append("\n**Median: ").append(times[times.length / 2]).append(" ms, ")
                .append(rss[rss.length / 2]).append(" MiB.**\n\n");
    }

    private static Path findJar(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("app-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no app jar in " + target + "; run package first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
