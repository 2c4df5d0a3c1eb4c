package io.partneracademy.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the synchronized start, needing only an address: signs takers in, then each starts the exam at a
 * random moment of the window, opens the first question, saves answers one every 10–30 s the way the page script
 * does (X-CSRF-TOKEN header, JSON accepted) and submits. Open-loop: a slow answer delays nobody else's start.
 */
final class StartLoad {

    static final int SAVES = Integer.getInteger("bench.saves", 5);
    private static final int WINDOW_SECONDS = Integer.getInteger("bench.window", 30);
    private static final Pattern TOKEN = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final Pattern OPTION = Pattern.compile("name=\"answer\"\\s+value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A signed-in taker: the cookies and CSRF token a browser holds. */
    record Taker(String email, String cookies, String csrfToken) {
    }

    /** Sorted latencies of one kind of request. */
    record Latencies(long[] sortedNanos) {

        static Latencies of(Collection<Long> nanos) {
            return new Latencies(nanos.stream().mapToLong(Long::longValue).sorted().toArray());
        }

        int count() {
            return sortedNanos.length;
        }

        double percentileMs(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(sortedNanos.length * p))] / 1e6;
        }
    }

    /** What a run measured. */
    record Result(int takers, int windowSeconds, Latencies starts, Latencies pages, Latencies saves,
                  Latencies submits, long errors, List<String> errorSamples, double lastStartSeconds) {

        double startsPerSecond() {
            return starts.count() / Math.max(windowSeconds, lastStartSeconds);
        }
    }

    private final URI base;
    private final String exam;
    private final HttpClient http;
    private final ConcurrentLinkedQueue<Long> starts = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> pages = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> submits = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong lastStartAnswered = new AtomicLong();

    StartLoad(URI base, String exam) {
        this.base = base;
        this.exam = exam;
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-http");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs every taker in (four at a time, as a sign-in burst would be throttled per address) and opens the exam page. */
    List<Taker> signIn(List<String> emails, String password) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Taker>> futures = new ArrayList<>();
            for (String email : emails) {
                futures.add(pool.submit(() -> signIn(email, password)));
            }
            List<Taker> takers = new ArrayList<>();
            for (var f : futures) {
                takers.add(f.get());
            }
            return takers;
        } finally {
            pool.shutdown();
        }
    }

    private Taker signIn(String email, String password) throws Exception {
        HttpResponse<String> login = http.send(get("/login", ""), HttpResponse.BodyHandlers.ofString());
        String cookies = cookies(login, "");
        String token = token(login.body());
        HttpResponse<String> signedIn = http.send(form("/login", cookies, "email=" + enc(email) + "&password="
                + enc(password) + "&csrfToken=" + enc(token)), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("sign-in of " + email + " answered " + signedIn.statusCode());
        }
        cookies = cookies(signedIn, cookies);
        HttpResponse<String> examPage = http.send(get("/exams/" + exam, cookies), HttpResponse.BodyHandlers.ofString());
        return new Taker(email, cookies, token(examPage.body()));
    }

    /**
     * One start and its first page, synchronously (for counting statements per start). A keep-alive connection the
     * proxy closed while idle is retried once, as browsers do; a repeated start returns the same attempt.
     */
    void startOnce(Taker taker) throws Exception {
        HttpRequest request = form("/exams/" + exam + "/attempts", taker.cookies(),
                "csrfToken=" + enc(taker.csrfToken()));
        HttpResponse<Void> started;
        try {
            started = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException staleConnection) {
            started = http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        http.send(get(location, taker.cookies()), HttpResponse.BodyHandlers.discarding());
    }

    /** Runs the whole load and waits until every taker has submitted or failed. */
    Result run(List<Taker> takers) throws Exception {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        CountDownLatch done = new CountDownLatch(takers.size());
        Random random = new Random(42);
        long begin = System.nanoTime();
        for (Taker taker : takers) {
            long at = (long) (random.nextDouble() * WINDOW_SECONDS * 1000);
            Journey journey = new Journey(taker, timer, done, new Random(random.nextLong()), begin);
            timer.schedule(journey::start, at, TimeUnit.MILLISECONDS);
        }
        boolean finished = done.await(WINDOW_SECONDS + 40L * (SAVES + 1) + 120, TimeUnit.SECONDS);
        timer.shutdownNow();
        if (!finished) {
            errors.add("run did not finish: " + done.getCount() + " takers still busy");
        }
        List<String> samples = new ArrayList<>(errors);
        return new Result(takers.size(), WINDOW_SECONDS, Latencies.of(starts), Latencies.of(pages),
                Latencies.of(saves), Latencies.of(submits), samples.size(),
                samples.subList(0, Math.min(5, samples.size())), lastStartAnswered.get() / 1e9);
    }

    /** One taker's way through the exam, each step scheduled when the previous one answered. */
    private final class Journey {

        private final Taker taker;
        private final ScheduledExecutorService timer;
        private final CountDownLatch done;
        private final Random random;
        private final long begin;
        private String attempt;

        Journey(Taker taker, ScheduledExecutorService timer, CountDownLatch done, Random random, long begin) {
            this.taker = taker;
            this.timer = timer;
            this.done = done;
            this.random = random;
            this.begin = begin;
        }

        void start() {
            long t0 = System.nanoTime();
            send(form("/exams/" + exam + "/attempts", taker.cookies(), "csrfToken=" + enc(taker.csrfToken())))
                    .thenCompose(r -> {
                        long now = System.nanoTime();
                        starts.add(now - t0);
                        lastStartAnswered.accumulateAndGet(now - begin, Math::max);
                        attempt = r.headers().firstValue("Location").orElse("");
                        expect(r, 303, "start");
                        long p0 = System.nanoTime();
                        return send(get(attempt, taker.cookies())).thenAccept(page -> {
                            pages.add(System.nanoTime() - p0);
                            expect(page, 200, "first question");
                        });
                    })
                    .whenComplete((ok, e) -> next(e, 0));
        }

        /** Opens the question (a page load, as when the taker moves on), then saves one of its real options. */
        private void save(int position) {
            http.sendAsync(get(attempt + "?q=" + position, taker.cookies()), HttpResponse.BodyHandlers.ofString())
                    .thenCompose(page -> {
                        expect(page, 200, "question " + position);
                        Matcher option = OPTION.matcher(page.body());
                        String answer = option.find() ? option.group(1) : "";
                        long t0 = System.nanoTime();
                        return send(HttpRequest.newBuilder(base.resolve(attempt + "/answers")).timeout(TIMEOUT)
                                .header("Cookie", taker.cookies()).header("X-CSRF-TOKEN", taker.csrfToken())
                                .header("Accept", "application/json")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("position=" + position + "&answer=" + enc(answer)))
                                .build())
                                .thenAccept(r -> {
                                    saves.add(System.nanoTime() - t0);
                                    expect(r, 204, "save");
                                });
                    })
                    .whenComplete((ok, e) -> next(e, position + 1));
        }

        private void submit() {
            long t0 = System.nanoTime();
            send(form(attempt + "/submit", taker.cookies(), "csrfToken=" + enc(taker.csrfToken())))
                    .thenAccept(r -> {
                        submits.add(System.nanoTime() - t0);
                        expect(r, 303, "submit");
                    })
                    .whenComplete((ok, e) -> {
                        if (e != null) {
                            errors.add(taker.email() + " submit: " + e);
                        }
                        done.countDown();
                    });
        }

        /** After step {@code step - 1}: wait 10–30 s like a person reading, then save or submit. */
        private void next(Throwable failure, int step) {
            if (failure != null) {
                errors.add(taker.email() + " step " + step + ": " + failure);
                done.countDown();
                return;
            }
            long pause = 10_000 + random.nextInt(20_000);
            if (step < SAVES) {
                timer.schedule(() -> save(step), pause, TimeUnit.MILLISECONDS);
            } else {
                timer.schedule(this::submit, pause, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void expect(HttpResponse<?> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + " instead of " + status);
        }
    }

    private CompletableFuture<HttpResponse<Void>> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest get(String path, String cookies) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies);
        }
        return b.GET().build();
    }

    private HttpRequest form(String path, String cookies, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded");
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies);
        }
        return b.POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Adds the cookies a response sets to the ones held (name=value pairs only). */
    private static String cookies(HttpResponse<?> response, String held) {
        List<String> pairs = new ArrayList<>(held.isEmpty() ? List.of() : List.of(held.split("; ")));
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            String name = pair.split("=", 2)[0];
            pairs.removeIf(p -> p.startsWith(name + "="));
            pairs.add(pair);
        }
        Collections.sort(pairs);
        return String.join("; ", pairs);
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
