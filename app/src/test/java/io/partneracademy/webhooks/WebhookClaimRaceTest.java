package io.partneracademy.webhooks;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several delivery runs (one per node) claiming due messages at the same moment: each message is claimed by exactly
 * one of them, and none of them loses its transaction to a deadlock. Claiming with one locking read through the
 * (status, next_attempt_at) index and then moving next_attempt_at inside that index deadlocked under load; the
 * three-node CI run failed on it.
 */
@MicronautTest(transactional = false)
class WebhookClaimRaceTest extends DatabaseTest {

    private static final int MESSAGES = 600;
    private static final int NODES = 4;

    @Inject
    WebhookLedger ledger;
    @Inject
    WebhookMessageRepository messages;
    @Inject
    WebhookRepository subscriptions;
    @Inject
    Webhooks webhooks;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.webhooks.allowed-hosts", "127.0.0.1");
        properties.put("partneracademy.webhooks.batch", "5");
        return properties;
    }

    @Test
    void parallelClaimsTakeEachDueMessageOnceWithoutDeadlocks() throws Exception {
        Partner globex = fixtures.partner("Claim Race Co");
        UserSummary admin = fixtures.user("Claire Claims", Role.ADMIN);
        long subscription = webhooks.subscribe(admin.id(), globex.id(), "http://127.0.0.1:9/hook",
                List.of("session.attended")).id();
        Instant now = clock.instant();
        for (int i = 0; i < MESSAGES; i++) {
            // Due times spread over the last minutes, so the claims' index ranges interleave.
            messages.save(new WebhookMessageRow(null, "msg_" + UUID.randomUUID(), subscription, "session.attended",
                    "{}", now, DeliveryStatus.PENDING, 0, now.minusSeconds(MESSAGES - i), null));
        }

        WebhookSubscriptionRow subscriptionRow = subscriptions.findById(subscription).orElseThrow();
        Map<Long, Integer> claimedBy = new ConcurrentHashMap<>();
        List<Long> twice = new ArrayList<>();
        ExecutorService nodes = Executors.newFixedThreadPool(NODES);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                int node = n;
                runs.add(nodes.submit(() -> {
                    start.await();
                    List<WebhookMessageRow> batch;
                    do {
                        // What WebhookDelivery.deliverDue does, with a receiver that answers 500 to everything.
                        batch = ledger.claim();
                        for (WebhookMessageRow m : batch) {
                            if (claimedBy.putIfAbsent(m.id(), node) != null) {
                                synchronized (twice) {
                                    twice.add(m.id());
                                }
                            }
                            ledger.record(m, subscriptionRow, new WebhookSender.Outcome(500, "", null, 1));
                        }
                    } while (!batch.isEmpty());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(); // a deadlock surfaces here as a DataAccessException
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(twice).as("messages claimed by two runs").isEmpty();
        // The application's own delivery job (every second) is one more node and may have taken a few; whoever
        // claimed them, every message has been attempted.
        assertThat(messages.countNeverAttempted(subscription)).as("messages never attempted").isZero();
        assertThat(claimedBy.size()).isGreaterThan(MESSAGES / 2);
    }
}
