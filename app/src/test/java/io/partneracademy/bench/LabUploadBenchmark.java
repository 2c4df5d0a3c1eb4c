package io.partneracademy.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.support.Browser;
import io.partneracademy.support.EmbeddedMariaDb;
import io.partneracademy.support.LabContent;
import io.partneracademy.support.ProjectDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Lab artifact uploads over real HTTP against a server on this machine: accepted 5 MB PDFs (latency, throughput,
 * 4 at a time), and how fast an 8 MB file of the wrong type is refused. Writes
 * docs/benchmarks/lab-uploads.md.
 */
public final class LabUploadBenchmark {

    private static final int UPLOADS = Integer.getInteger("bench.uploads", 40);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int SIZE = 5 * 1024 * 1024;

    private LabUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        Path uploads = Files.createTempDirectory("pa-bench-uploads");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-mariadb"), 0);
        Map<String, Object> props = BenchProperties.forDatabase(db.jdbcUrl("pa_bench_labs_" + System.currentTimeMillis()));
        props.put("partneracademy.storage.dir", uploads.toString());
        try (ApplicationContext context = ApplicationContext.run(props)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            context.getBean(ContentImporter.class).importTree(LabContent.create().write("labs/practice.yaml",
                    LabContent.PRACTICE.replace("max-size: 64KB", "max-size: 8MB")).root(), null);
            List<Browser> learners = signIn(context.getBean(Users.class), server, UPLOADS + 2);
            byte[] pdf = filled("%PDF-1.7\n", SIZE);
            upload(learners.get(UPLOADS), pdf);
            long begin = System.nanoTime();
            long[] latencies = uploadAll(learners.subList(0, UPLOADS), pdf);
            double seconds = (System.nanoTime() - begin) / 1e9;
            long[] refusals = refusals(learners.get(UPLOADS + 1));
            long stored;
            try (Stream<Path> files = Files.list(uploads)) {
                stored = files.count();
            }
            server.stop();
            write(project.resolve("docs/benchmarks/lab-uploads.md"), latencies, seconds, refusals, stored);
        } finally {
            db.stop();
        }
    }

    private static List<Browser> signIn(Users users, EmbeddedServer server, int count) {
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserSummary user = users.create("uploader" + i + "@bench.example", "Uploader " + i, EnumSet.of(Role.LEARNER));
            users.setPassword(user.id(), "benchmark password " + i);
            Browser browser = new Browser(server.getURI());
            browser.login(user.email(), "benchmark password " + i);
            browser.get("/labs/practice/tasks/design");
            browsers.add(browser);
        }
        return browsers;
    }

    private static long upload(Browser browser, byte[] bytes) {
        long begin = System.nanoTime();
        Browser.Page page = browser.postFile("/labs/practice/tasks/design/artifact", "file", "design.pdf",
                "application/pdf", bytes);
        if (page.status() != 200) {
            throw new IllegalStateException("upload answered " + page.status() + ": " + page.body());
        }
        return System.nanoTime() - begin;
    }

    private static long[] uploadAll(List<Browser> learners, byte[] pdf) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Long>> futures = new ArrayList<>();
        for (Browser learner : learners) {
            futures.add(pool.submit(() -> upload(learner, pdf)));
        }
        long[] latencies = new long[futures.size()];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = futures.get(i).get();
        }
        pool.shutdown();
        Arrays.sort(latencies);
        return latencies;
    }

    /** Time until an 8 MB file that is not a PDF is refused, ten times, sorted. */
    private static long[] refusals(Browser learner) {
        byte[] zipLike = filled("PK\u0003\u0004", 8 * 1024 * 1024);
        long[] times = new long[10];
        for (int i = 0; i < times.length; i++) {
            long begin = System.nanoTime();
            Browser.Page page = learner.postFile("/labs/practice/tasks/design/artifact",
                    "file", "not-a.pdf", "application/pdf", zipLike);
            times[i] = System.nanoTime() - begin;
            if (page.status() != 415) {
                throw new IllegalStateException("refusal answered " + page.status());
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static byte[] filled(String magic, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        byte[] head = magic.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static void write(Path out, long[] latencies, double seconds, long[] refusals, long stored)
            throws Exception {
        double mb = latencies.length * (SIZE / 1048576.0);
        String md = """
                # Lab upload benchmark

                Command: `./mvnw -pl app test-compile exec:java -Dpa.main=io.partneracademy.bench.LabUploadBenchmark`

                Measured %s on %d cores: the server, MariaDB 11.4 and the clients on one machine. %d learners each \
                upload a 5 MB PDF over real HTTP (multipart, session cookie, CSRF header), %d at a time; then one \
                learner sends an 8 MB file that is not a PDF ten times.

                | measure | value |
                |---|---|
                | accepted uploads (files stored, with 1 warm-up) | %d (%d) |
                | upload latency p50 / max | %.0f ms / %.0f ms |
                | throughput | %.1f MB/s |
                | wrong-type 8 MB file refused after (median of 10) | %.0f ms |

                An accepted file is copied to disk in 64 KB chunks as it arrives. A wrong type is decided from its \
                first 8 KB and nothing after them is written; the rest of the body is read and dropped so that the \
                client receives the explanation instead of a reset connection.
                """.formatted(LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
                latencies.length, THREADS, latencies.length, stored, latencies[latencies.length / 2] / 1e6,
                latencies[latencies.length - 1] / 1e6, mb / seconds, refusals[refusals.length / 2] / 1e6);
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
    }
}
