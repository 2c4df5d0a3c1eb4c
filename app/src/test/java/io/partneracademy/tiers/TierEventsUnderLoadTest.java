package io.partneracademy.tiers;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlock seen under load in session 4 (a request writing an outbox event lost against the tier job's claim
 * batch and answered 500): people leave and rejoin their company from several threads while the tier job works
 * through the events those moves write, and no write and no batch may fail.
 */
@MicronautTest(transactional = false)
class TierEventsUnderLoadTest extends DatabaseTest {

    static final int WRITERS = 4;
    static final int MOVES = 15;

    @Inject
    Fixtures fixtures;
    @Inject
    People people;
    @Inject
    TierEvents tierEvents;

    @Test
    void movesWrittenWhileTheTierJobClaimsBatchesNeverDeadlock() throws Exception {
        List<Partner> companies = List.of(fixtures.partner("Load One"), fixtures.partner("Load Two"));
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        CurrentUser asAdmin = new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles());
        List<UserSummary> movers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            movers.add(fixtures.employee(companies.get(i % 2), "Mover " + i, Role.LEARNER));
        }
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger batches = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(WRITERS + 1);

        CompletableFuture<Void> job = CompletableFuture.runAsync(() -> {
            await(start);
            while (writing.get()) {
                try {
                    tierEvents.process();
                    batches.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        });
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            UserSummary mover = movers.get(w);
            writers.add(CompletableFuture.runAsync(() -> {
                await(start);
                for (int m = 0; m < MOVES; m++) {
                    Partner from = companies.get((w0(mover, movers) + m) % 2);
                    Partner to = companies.get((w0(mover, movers) + m + 1) % 2);
                    try {
                        people.endEmployment(asAdmin, from.id(), mover.id(), LocalDate.of(2026, 1, 1).plusDays(m));
                        people.employ(mover.id(), to.id(), "Engineer", LocalDate.of(2026, 1, 2).plusDays(m));
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (CompletableFuture<Void> writer : writers) {
            writer.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        job.get(1, TimeUnit.MINUTES);
        int drained = 0;
        while (tierEvents.process() > 0) {
            drained++;
        }

        System.out.printf("TIER-LOAD %d writers x %d moves, %d tier batches during, %d after%n", WRITERS, MOVES,
                batches.get(), drained);
        assertThat(failures).as("writes or batches that failed (deadlocks among them)").isEmpty();
        assertThat(batches.get()).as("the tier job ran while people moved").isPositive();
    }

    private static int w0(UserSummary mover, List<UserSummary> movers) {
        return movers.indexOf(mover);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
