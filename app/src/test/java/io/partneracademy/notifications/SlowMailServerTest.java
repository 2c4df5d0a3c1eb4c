package io.partneracademy.notifications;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow mail server holds up only the mail queue: while a batch waits for the server, other transactions keep
 * writing notifications (an exam passed, a certification issued) without waiting for the batch to end.
 */
@MicronautTest(transactional = false)
class SlowMailServerTest extends DatabaseTest {

    private final ServerSocket server = listen();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Inject
    Notifications notifications;
    @Inject
    MailQueue queue;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.mail.smtp-host", "127.0.0.1");
        properties.put("partneracademy.mail.smtp-port", String.valueOf(server.getLocalPort()));
        properties.put("partneracademy.mail.starttls", "false");
        return properties;
    }

    @AfterAll
    void stop() throws IOException {
        release.countDown();
        server.close();
    }

    @Test
    void aNotificationIsWrittenAtOnceWhileTheMailQueueWaitsForASlowServer() throws Exception {
        UserSummary queued = fixtures.user("Quentin Queued", Role.LEARNER);
        UserSummary later = fixtures.user("Lara Later", Role.LEARNER);
        assertThat(notifications.send(queued.id(), "test", "Queued", "Waiting for the mail server.", null,
                "slow-mail-" + queued.id())).isTrue();
        acceptOneAndStall();
        CompletableFuture<Integer> mailing = CompletableFuture.supplyAsync(queue::send);
        assertThat(connected.await(20, TimeUnit.SECONDS)).as("the mail queue reached the server").isTrue();

        long start = System.nanoTime();
        boolean written = notifications.send(later.id(), "test", "Later", "Written while mail is slow.", null,
                "slow-mail-" + later.id());
        long writeMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        release.countDown();

        assertThat(written).isTrue();
        assertThat(writeMillis).as("milliseconds the write waited for the mail batch").isLessThan(500);
        assertThat(mailing.get(30, TimeUnit.SECONDS)).as("the stalled mail is not counted as sent").isZero();
    }

    /** Accepts one connection and says nothing (no SMTP greeting) until released, then hangs up. */
    private void acceptOneAndStall() {
        Thread thread = new Thread(() -> {
            try (Socket socket = server.accept()) {
                connected.countDown();
                release.await(20, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                // the test has ended
            }
        }, "stalling-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    private static ServerSocket listen() {
        try {
            return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
