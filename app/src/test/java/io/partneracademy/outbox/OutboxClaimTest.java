package io.partneracademy.outbox;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.partneracademy.support.DatabaseTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim locks only the events it returns: other transactions keep writing events while a consumer works through
 * its batch, and consumers claiming at once never get the same event.
 */
@MicronautTest(transactional = false)
class OutboxClaimTest extends DatabaseTest {

    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void anEventIsWrittenAtOnceWhileAnotherTransactionHoldsAClaim() throws Exception {
        outbox.add("test.gap", "1", Map.of("n", 1));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        CompletableFuture<Integer> consumer = CompletableFuture.supplyAsync(() -> transactions.executeWrite(s -> {
            List<Outbox.Event> events = outbox.claim(List.of("test.gap"), 10);
            claimed.countDown();
            try {
                // A consumer's batch runs for a while (a tier batch reassesses partners) before it commits.
                written.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.forEach(outbox::processed);
            return events.size();
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        Throwable failure = null;
        try {
            transactions.executeWrite(s -> {
                outbox.add("test.other", "2", Map.of("n", 2));
                return null;
            });
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            written.countDown();
        }
        long writeMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(failure).as("writing an event while a claim is held").isNull();
        assertThat(writeMillis).as("milliseconds the write waited for the claim").isLessThan(500);
        assertThat(consumer.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(outbox.claim(List.of("test.other"), 10)).hasSize(1);
    }

    @Test
    void consumersClaimingAtOnceShareTheEventsAndTakeEachOnce() throws Exception {
        Set<String> added = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            outbox.add("test.shared", "e" + i, Map.of("n", i));
            added.add("e" + i);
        }
        List<Long> taken = new ArrayList<>();
        List<Integer> firstRound = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            CyclicBarrier allClaimed = new CyclicBarrier(3);
            List<CompletableFuture<List<Long>>> consumers = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                consumers.add(CompletableFuture.supplyAsync(() -> transactions.executeWrite(s -> {
                    List<Outbox.Event> events = outbox.claim(List.of("test.shared"), 10);
                    try {
                        // All three hold their claims at the same time before any commits.
                        allClaimed.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    events.forEach(outbox::processed);
                    return events.stream().map(Outbox.Event::id).toList();
                })));
            }
            for (CompletableFuture<List<Long>> consumer : consumers) {
                List<Long> ids = consumer.get(20, TimeUnit.SECONDS);
                taken.addAll(ids);
                if (round == 0) {
                    firstRound.add(ids.size());
                }
            }
        }

        assertThat(taken).doesNotHaveDuplicates().hasSize(added.size());
        assertThat(firstRound).as("each consumer got a full batch of its own in the first round")
                .containsExactly(10, 10, 10);
    }
}
