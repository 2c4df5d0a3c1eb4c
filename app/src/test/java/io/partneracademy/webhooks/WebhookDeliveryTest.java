package io.partneracademy.webhooks;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook delivery on a real database: slow receivers do not hold up others, and the delivery log is not kept forever. */
@MicronautTest(transactional = false)
class WebhookDeliveryTest extends DatabaseTest {

    @Inject
    Webhooks webhooks;
    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;
    @Inject
    WebhookDelivery delivery;
    @Inject
    WebhookRetention retention;
    @Inject
    WebhookMessageRepository messages;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.webhooks.allowed-hosts", "127.0.0.1");
        return properties;
    }

    @Test
    void aSlowReceiverDoesNotHoldUpTheOthers() throws Exception {
        Partner partner = fixtures.partner("Parallel Partners");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        CountDownLatch fastReceived = new CountDownLatch(1);
        HttpServer slow = server(exchange -> {
            // answers when the fast receiver got its message, or after 5 s if it did not (sent one after the other)
            boolean fastFirst = fastReceived.await(5, TimeUnit.SECONDS);
            return "fast receiver served meanwhile: " + fastFirst;
        });
        HttpServer fast = server(exchange -> {
            fastReceived.countDown();
            return "ok";
        });
        try {
            long slowSubscription = webhooks.subscribe(admin.id(), partner.id(), url(slow), List.of("tier.changed")).id();
            long fastSubscription = webhooks.subscribe(admin.id(), partner.id(), url(fast), List.of("tier.changed")).id();
            // due in an hour, so the scheduled job leaves them to this test; the slow one is first in line
            WebhookMessageRow first = message(slowSubscription, "PENDING", Duration.ZERO);
            WebhookMessageRow second = message(fastSubscription, "PENDING", Duration.ZERO);

            long start = System.nanoTime();
            delivery.deliverAll(List.of(first, second));
            long tookMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(webhooks.deliveries(null, slowSubscription, 5)).singleElement().satisfies(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
            });
            assertThat(lastBody(first.id())).isEqualTo("fast receiver served meanwhile: true");
            assertThat(lastBody(second.id())).isEqualTo("ok");
            assertThat(tookMs).as("both sent side by side").isLessThan(5_000);
        } finally {
            slow.stop(0);
            fast.stop(0);
        }
    }

    @Test
    void finishedMessagesAndTheirLogAreDeletedAfterTheRetentionPendingOnesStay() throws Exception {
        Partner partner = fixtures.partner("Retention Partners");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        long subscription = webhooks.subscribe(admin.id(), partner.id(), "http://127.0.0.1:9/hooks",
                List.of("tier.changed")).id();
        WebhookMessageRow oldDelivered = message(subscription, "DELIVERED", Duration.ofDays(31));
        WebhookMessageRow oldFailed = message(subscription, "FAILED", Duration.ofDays(40));
        WebhookMessageRow oldPending = message(subscription, "PENDING", Duration.ofDays(35));
        WebhookMessageRow recent = message(subscription, "DELIVERED", Duration.ofDays(29));
        execute("INSERT INTO webhook_attempt (message_id, attempted_at, response_status, response_body, duration_ms)"
                + " VALUES (?, ?, 200, 'thanks', 5)", oldDelivered.id(), Timestamp.from(clock.instant()));

        int purged = retention.purge();
        int again = retention.purge();

        assertThat(purged).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(messages.findById(oldDelivered.id())).isEmpty();
        assertThat(messages.findById(oldFailed.id())).isEmpty();
        assertThat(messages.findById(oldPending.id())).as("retries still to come").isPresent();
        assertThat(messages.findById(recent.id())).isPresent();
        assertThat(count("SELECT COUNT(*) FROM webhook_attempt WHERE message_id = " + oldDelivered.id())).isZero();
    }

    @Test
    void aDisabledSubscriptionsMessagesWaitUnclaimedUntilItIsEnabledAgain() throws Exception {
        Partner partner = fixtures.partner("Paused Partners");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer receiver = server(exchange -> {
            requests.incrementAndGet();
            if (down.get()) {
                throw new IllegalStateException("down");
            }
            return "ok";
        });
        try {
            long subscription = webhooks.subscribe(admin.id(), partner.id(), url(receiver), List.of("tier.changed")).id();
            // failing for six days: the next failure disables it (after five)
            execute("UPDATE webhook_subscription SET failing_since = ? WHERE id = ?",
                    Timestamp.from(clock.instant().minus(Duration.ofDays(6))), subscription);
            WebhookMessageRow failing = message(subscription, "PENDING", Duration.ofHours(1));
            WebhookMessageRow waiting = message(subscription, "PENDING", Duration.ZERO);

            delivery.deliverAll(List.of(messages.findById(failing.id()).orElseThrow()));
            boolean disabled = !webhooks.get(null, subscription).enabled();
            List<Long> dueLater = messages.due(clock.instant().plus(Duration.ofDays(2)), 100);
            clock.advance(Duration.ofMinutes(30));
            // a message claimed while its subscription is disabled (a redelivery asked for) is parked as well
            webhooks.redeliver(null, subscription, waiting.msgId());
            delivery.deliverAll(List.of(messages.findById(waiting.id()).orElseThrow()));
            List<Long> dueAfterRedelivery = messages.due(clock.instant().plus(Duration.ofDays(2)), 100);
            int requestsWhileDisabled = requests.get();
            io.partneracademy.support.Browser owner = new io.partneracademy.support.Browser(server.getURI());
            owner.login(admin.email(), Fixtures.PASSWORD);
            var pageWhileDisabled = owner.get("/webhook-subscriptions/" + subscription).html();
            var logWhileDisabled = pageWhileDisabled.select("#deliveries .parked");
            var statusesWhileDisabled = pageWhileDisabled.select("#deliveries .status").eachText();
            List<Webhooks.Delivery> listedWhileDisabled = webhooks.deliveries(null, subscription, 10);
            down.set(false);
            webhooks.enable(null, subscription);
            var logWhenEnabled = owner.get("/webhook-subscriptions/" + subscription).html().select("#deliveries .parked");
            List<Webhooks.Delivery> listedWhenEnabled = webhooks.deliveries(null, subscription, 10);
            List<Long> dueWhenEnabled = messages.due(clock.instant(), 100);
            for (int run = 0; run < 50 && !delivered(subscription, 2); run++) {
                delivery.deliverDue();
                Thread.sleep(100);
            }

            assertThat(disabled).isTrue();
            assertThat(dueLater).as("the delivery job finds neither due, however late it looks")
                    .doesNotContain(failing.id(), waiting.id());
            assertThat(dueAfterRedelivery).doesNotContain(failing.id(), waiting.id());
            assertThat(requestsWhileDisabled).as("only the failure that disabled it was sent").isEqualTo(1);
            assertThat(logWhileDisabled.eachText()).as("the delivery log says why both wait")
                    .containsExactly("· waiting for the subscription to be enabled",
                            "· waiting for the subscription to be enabled");
            assertThat(logWhenEnabled).isEmpty();
            assertThat(statusesWhileDisabled).as("the status in words, not the enum's name")
                    .containsExactly("Waiting for its next try", "Waiting for its next try");
            assertThat(listedWhileDisabled).as("the API's delivery list says both are parked")
                    .extracting(Webhooks.Delivery::parked).containsExactly(true, true);
            assertThat(listedWhenEnabled).extracting(Webhooks.Delivery::parked).containsExactly(false, false);
            assertThat(dueWhenEnabled).contains(failing.id(), waiting.id());
            assertThat(delivered(subscription, 2)).isTrue();
        } finally {
            receiver.stop(0);
        }
    }

    private boolean delivered(long subscription, int messages) {
        return webhooks.deliveries(null, subscription, 10).stream()
                .filter(d -> d.status() == DeliveryStatus.DELIVERED).count() == messages;
    }

    @Test
    void theRetentionDeleteReadsOnlyTheOldMessagesThroughTheirCreationIndex() throws Exception {
        Partner partner = fixtures.partner("Busy Partners");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        long subscription = webhooks.subscribe(admin.id(), partner.id(), "http://127.0.0.1:9/hooks",
                List.of("tier.changed")).id();
        Timestamp recent = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
        execute("""
                INSERT INTO webhook_message (msg_id, subscription_id, event_type, payload, created_at, status, attempts)
                VALUES ('bulk', ?, 'tier.changed', '{}', ?, 'DELIVERED', 1)""", subscription, recent);
        for (int round = 0; round < 14; round++) {
            // doubles the recent messages: 2^14 = 16,384 in all
            execute("""
                    INSERT INTO webhook_message (msg_id, subscription_id, event_type, payload, created_at, status, attempts)
                    SELECT CONCAT('bulk_', id, '_', ?), subscription_id, event_type, payload, created_at, status, attempts
                    FROM webhook_message WHERE subscription_id = ?""", round, subscription);
        }
        for (int i = 0; i < 3; i++) {
            message(subscription, "DELIVERED", Duration.ofDays(40 + i));
        }
        try (var c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); var st = c.createStatement()) {
            st.execute("ANALYZE TABLE webhook_message");
        }
        Timestamp cutoff = Timestamp.from(clock.instant().minus(Duration.ofDays(30)));

        Map<String, String> plan = explain("""
                EXPLAIN DELETE FROM webhook_message WHERE status IN ('DELIVERED', 'FAILED') AND created_at < ?
                ORDER BY created_at, id LIMIT 500""", cutoff);
        int purged = retention.purge();

        assertThat(plan.get("key")).isEqualTo("ix_webhook_message_created");
        assertThat(Long.parseLong(plan.get("rows"))).as("rows looked at").isLessThan(100);
        assertThat(purged).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM webhook_message WHERE subscription_id = " + subscription))
                .isEqualTo(16_384);
    }

    private Map<String, String> explain(String sql, Object... values) throws Exception {
        try (var c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (var rows = s.executeQuery()) {
                rows.next();
                Map<String, String> plan = new HashMap<>();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    plan.put(rows.getMetaData().getColumnLabel(column), rows.getString(column));
                }
                System.out.println("RETENTION-PLAN " + plan);
                return plan;
            }
        }
    }

    /** A message created {@code age} ago, next due in an hour. */
    private WebhookMessageRow message(long subscriptionId, String status, Duration age) throws Exception {
        String msgId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        Instant now = clock.instant();
        execute("INSERT INTO webhook_message (msg_id, subscription_id, event_type, payload, created_at, status, attempts,"
                        + " next_attempt_at) VALUES (?, ?, 'tier.changed', '{\"type\":\"tier.changed\"}', ?, ?, 0, ?)",
                msgId, subscriptionId, Timestamp.from(now.minus(age)), status, Timestamp.from(now.plus(Duration.ofHours(1))));
        return messages.findByMsgId(msgId).orElseThrow();
    }

    private String lastBody(long messageId) throws Exception {
        try (var c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var s = c.prepareStatement("SELECT response_body FROM webhook_attempt WHERE message_id = ? ORDER BY id DESC")) {
            s.setLong(1, messageId);
            try (var rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private long count(String sql) throws Exception {
        try (var c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); var s = c.createStatement();
             var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql, Object... values) throws Exception {
        try (var c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    /** Answers every request with 200 and the text the handler returns. */
    interface Answer {
        String body(com.sun.net.httpserver.HttpExchange exchange) throws Exception;
    }

    static HttpServer server(Answer answer) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try {
                exchange.getRequestBody().readAllBytes();
                byte[] body = answer.body(exchange).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }

    static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    static URI uri(HttpServer server) {
        return URI.create(url(server));
    }
}
