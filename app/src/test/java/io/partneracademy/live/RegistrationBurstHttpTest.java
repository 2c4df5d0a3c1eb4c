package io.partneracademy.live;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hundred signed-in people press Register for a 50-seat session at the same moment, through HTTP on the running
 * server with its production pool settings: every answer is the form's redirect, exactly 50 hold a seat and the rest
 * wait in line in the order decided.
 */
@MicronautTest(transactional = false)
class RegistrationBurstHttpTest extends DatabaseTest {

    private static final int PEOPLE = 200;
    private static final int SEATS = 50;

    @Inject
    EmbeddedServer server;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    RegistrationRepository rows;

    @Test
    void twoHundredRegisterPostsAtOnceGiveFiftySeatsNoServerErrorAndAWaitlistInOrder() {
        long session = live.session("Burst training", Duration.ofDays(3), "Europe/Berlin", SEATS);
        List<Browser> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            UserSummary person = fixtures.user("Burst Person", Role.LEARNER);
            Browser browser = new Browser(server.getURI());
            browser.login(person.email(), Fixtures.PASSWORD);
            assertThat(browser.get("/live/" + session).status()).isEqualTo(200);
            people.add(browser);
        }
        CyclicBarrier barrier = new CyclicBarrier(PEOPLE);
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);

        long started = System.nanoTime();
        List<CompletableFuture<Browser.Page>> answers = people.stream().map(b -> CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return b.post("/live/" + session + "/register", Map.of());
        }, pool)).toList();
        List<Browser.Page> pages = answers.stream().map(CompletableFuture::join).toList();
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        pool.shutdown();

        Map<Integer, Long> byStatus = pages.stream()
                .collect(Collectors.groupingBy(Browser.Page::status, TreeMap::new, Collectors.counting()));
        System.out.printf("HTTP burst: %d register POSTs in %d ms, answers by status %s%n", PEOPLE, millis, byStatus);
        assertThat(byStatus).isEqualTo(Map.of(303, (long) PEOPLE));
        List<Registration> stored = rows.findBySessionId(session);
        assertThat(stored).hasSize(PEOPLE);
        List<Registration> inOrder = stored.stream().sorted(Comparator.comparingLong(Registration::seq)).toList();
        assertThat(inOrder).extracting(Registration::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, PEOPLE).boxed().toList());
        assertThat(inOrder.subList(0, SEATS)).extracting(Registration::status)
                .containsOnly(RegistrationStatus.REGISTERED);
        assertThat(inOrder.subList(SEATS, PEOPLE)).extracting(Registration::status)
                .containsOnly(RegistrationStatus.WAITLISTED);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
