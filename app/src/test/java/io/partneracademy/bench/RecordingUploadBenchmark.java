package io.partneracademy.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.live.LiveSessions;
import io.partneracademy.live.SessionForm;
import io.partneracademy.support.Browser;
import io.partneracademy.support.EmbeddedMariaDb;
import io.partneracademy.support.ProjectDir;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One large recording uploaded over real HTTP to a server in this JVM, with the heap sampled every 10 ms while it
 * streams: shows that the upload route neither buffers the file nor needs a larger heap. Run it with a small heap
 * (the command in the README's live section, {@code -Xmx128m}); a server that held the file in memory would fail
 * with OutOfMemoryError. Prints one line of numbers; nothing is written to docs.
 */
public final class RecordingUploadBenchmark {

    private static final long MB = 1024 * 1024;
    private static final long SIZE = Long.getLong("bench.mb", 300) * MB;
    private static final String BOUNDARY = "----pa-bench";

    private RecordingUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = ProjectDir.get();
        Path uploads = Files.createTempDirectory("pa-bench-recordings");
        Path video = video(Files.createTempFile("pa-bench", ".mp4"));
        EmbeddedMariaDb db = EmbeddedMariaDb.start(project.resolve("app/target/bench-mariadb"), 0);
        Map<String, Object> props = BenchProperties.forDatabase(db.jdbcUrl("pa_bench_rec_" + System.currentTimeMillis()));
        props.put("partneracademy.storage.dir", uploads.toString());
        try (ApplicationContext context = ApplicationContext.run(props)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Users users = context.getBean(Users.class);
            UserSummary author = users.create("coach@bench.example", "Coach", EnumSet.of(Role.AUTHOR));
            users.setPassword(author.id(), "benchmark password");
            long session = context.getBean(LiveSessions.class).create(
                    new CurrentUser(author.id(), author.email(), author.displayName(), Set.of(Role.AUTHOR)), form());
            Browser browser = new Browser(server.getURI());
            browser.login(author.email(), "benchmark password");
            browser.get("/live/" + session + "/roster");

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            long gcsBefore = gcs();
            AtomicLong peak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long begin = System.nanoTime();
            int status = post(browser, server, "/live/" + session + "/files/recording", video);
            double seconds = (System.nanoTime() - begin) / 1e9;
            sampler.interrupt();
            long stored;
            try (Stream<Path> files = Files.walk(uploads)) {
                stored = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("recording upload: %d MB, status %d, %.1f s (%.0f MB/s), stored %d bytes; heap max %d MB,"
                            + " used before %d MB, peak used during upload %d MB, %d collections during upload%n",
                    SIZE / MB, status, seconds, SIZE / MB / seconds, stored,
                    memory.getHeapMemoryUsage().getMax() / MB, baseline / MB, peak.get() / MB, gcs() - gcsBefore);
            server.stop();
        } finally {
            db.stop();
            Files.deleteIfExists(video);
        }
    }

    private static SessionForm form() {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).withSecond(0).withNano(0);
        return new SessionForm("Benchmark session", "A large recording", null, null, start.toString(),
                start.plusHours(1).toString(), "UTC", 10, null, List.of(), "", "", "https://meet.example.com/bench",
                "", "", 1, null, null);
    }

    private static long gcs() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** Posts the file as the roster page's form does, streamed from disk with its Content-Length. */
    private static int post(Browser browser, EmbeddedServer server, String path, Path file) throws Exception {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"talk.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-CSRF-TOKEN", browser.csrfToken())
                .header("Cookie", "pa_session=" + browser.cookie("pa_session") + "; pa_csrf=" + browser.cookie("pa_csrf"))
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Path video(Path path) throws Exception {
        byte[] block = new byte[(int) MB];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31 + 7);
        }
        System.arraycopy(new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, block, 0, 12);
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write(block);
            byte[] rest = block.clone();
            rest[4] = 0;
            for (long written = MB; written < SIZE; written += MB) {
                out.write(rest);
            }
        }
        return path;
    }
}
