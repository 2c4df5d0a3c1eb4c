package io.partneracademy.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load generator of the exam save benchmark: closed-loop clients, each saving answers for its own takers
 * one request at a time over one shared keep-alive HTTP/1.1 client, the way the page script does (session
 * cookie, CSRF seed cookie, X-CSRF-TOKEN header, form body, JSON accepted). It shares the machine with the
 * server, so it is kept cheap and measures its own CPU time.
 */
final class SaveLoad {

    private static final String[] OPTIONS = {"a", "b", "c", "d"};

    /** A signed-in taker with an open attempt: what the page script has at hand. */
    record Taker(String cookieHeader, String csrfToken, long attemptId) {
    }

    /** One phase of load: completed saves, refused or failed ones, latencies and the client's CPU time. */
    record Phase(int clients, double seconds, long[] sortedLatencyNanos, long failures, long clientCpuNanos) {

        long saves() {
            return sortedLatencyNanos.length;
        }

        double perSecond() {
            return saves() / seconds;
        }

        double percentileMs(double p) {
            return sortedLatencyNanos[(int) Math.min(saves() - 1, Math.floor(saves() * p))] / 1e6;
        }
    }

    private final URI base;
    private final List<Taker> takers;
    private final HttpClient http;
    private final ExecutorService httpThreads;

    SaveLoad(URI base, List<Taker> takers) {
        this.base = base;
        this.takers = takers;
        this.httpThreads = Executors.newFixedThreadPool(2, named("bench-http-"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Runs {@code clients} closed-loop clients for the given time; client i saves for takers i, i + clients, … */
    Phase run(int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients, named("bench-client-"));
        long cpuBefore = clientCpuNanos();
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        long[] failures = new long[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> loop(client, clients, end, failures)));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        long cpu = clientCpuNanos() - cpuBefore;
        pool.shutdown();
        pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Phase(clients, elapsed, all, Arrays.stream(failures).sum(), cpu);
    }

    private long[] loop(int client, int clients, long end, long[] failures) throws Exception {
        long[] latencies = new long[4096];
        int n = 0;
        for (int i = client; System.nanoTime() < end; i += clients) {
            Taker taker = takers.get(i % takers.size());
            long begin = System.nanoTime();
            int status = save(taker, ThreadLocalRandom.current().nextInt(30));
            long latency = System.nanoTime() - begin;
            if (status != 204) {
                failures[client]++;
                continue;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = latency;
        }
        return Arrays.copyOf(latencies, n);
    }

    private int save(Taker taker, int position) throws Exception {
        String body = "position=" + position + "&answer=" + OPTIONS[position % OPTIONS.length];
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/attempts/" + taker.attemptId() + "/answers"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", taker.cookieHeader())
                .header("X-CSRF-TOKEN", taker.csrfToken())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** CPU time of every load generator thread: the clients, the HTTP client's pool and its selector. */
    static long clientCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && isClientThread(info.getThreadName())) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static boolean isClientThread(String name) {
        return name.startsWith("bench-") || name.startsWith("HttpClient-");
    }

    void close() {
        httpThreads.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
