package io.partneracademy.live;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Two hundred people press Register for a 50-seat session at the same moment, on the real database (issue 19). */
@MicronautTest(transactional = false)
class RegistrationRaceTest extends DatabaseTest {

    private static final int PEOPLE = 200;
    private static final int SEATS = 50;

    @Inject
    Registrations registrations;
    @Inject
    RegistrationRepository rows;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // Two hundred threads share the pool's ten connections on a two-core machine: they queue for longer than
        // the one second a request waits in production (that limit is for a database that has gone away).
        properties.put("datasources.default.connection-timeout", "60000");
        return properties;
    }

    @Test
    void twoHundredAtOnceForFiftySeatsGiveFiftySeatsAndAWaitlistInTheOrderDecided() {
        long session = live.session("Live sales training", Duration.ofDays(3), "Europe/Berlin", SEATS);
        List<Long> people = IntStream.range(0, PEOPLE).mapToObj(i -> fixtures.user("Rita Rush", Role.LEARNER).id())
                .toList();
        CyclicBarrier barrier = new CyclicBarrier(PEOPLE);
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);

        List<CompletableFuture<RegistrationStatus>> answers = people.stream().map(id -> CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return registrations.register(id, session);
        }, pool)).toList();
        List<RegistrationStatus> statuses = answers.stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        List<Registration> stored = rows.findBySessionId(session);
        assertThat(statuses).filteredOn(s -> s == RegistrationStatus.REGISTERED).hasSize(SEATS);
        assertThat(statuses).filteredOn(s -> s == RegistrationStatus.WAITLISTED).hasSize(PEOPLE - SEATS);
        assertThat(stored).hasSize(PEOPLE);
        for (int i = 0; i < PEOPLE; i++) {
            long person = people.get(i);
            assertThat(stored).filteredOn(r -> r.userId() == person).singleElement()
                    .extracting(Registration::status).isEqualTo(statuses.get(i));
        }
        List<Registration> inOrder = stored.stream().sorted(Comparator.comparingLong(Registration::seq)).toList();
        assertThat(inOrder).extracting(Registration::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, PEOPLE).boxed().toList());
        assertThat(inOrder.subList(0, SEATS)).extracting(Registration::status).containsOnly(RegistrationStatus.REGISTERED);
        assertThat(inOrder.subList(SEATS, PEOPLE)).extracting(Registration::status)
                .containsOnly(RegistrationStatus.WAITLISTED);
        assertThat(rows.findInLine(session, RegistrationStatus.WAITLISTED))
                .extracting(r -> rows.placeInLine(session, r.seq()))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
