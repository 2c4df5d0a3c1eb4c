package io.partneracademy.webhooks;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DNS rebinding: a receiver's name is looked up once per connection, and the connection goes to exactly the address
 * that was checked, with the name kept in the Host header. A name server that answers "public" first and "internal"
 * later gets no second question to answer.
 */
class WebhookRebindingTest {

    /** 127.0.0.1 stands for a public address here: it is the one address the allow-list lets through. */
    private static final WebhookSettings SETTINGS = new WebhookSettings(List.of("127.0.0.1"), Duration.ofDays(5),
            Duration.ofSeconds(5), 20, 8, Duration.ofDays(30));

    @Test
    void aNameThatRebindsInsideAfterTheCheckIsOnlyEverConnectedToTheCheckedAddress() throws Exception {
        List<String> hosts = new CopyOnWriteArrayList<>();
        HttpServer receiver = WebhookDeliveryTest.server(exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            return "ok";
        });
        AtomicInteger questions = new AtomicInteger();
        WebhookSender sender = new WebhookSender(SETTINGS, Clock.systemUTC(), host -> {
            // first answer public (allowed), every later answer inside the network
            return new InetAddress[]{InetAddress.getByName(questions.getAndIncrement() == 0 ? "127.0.0.1" : "10.66.0.1")};
        });
        int port = receiver.getAddress().getPort();
        try {
            WebhookSender.Outcome outcome = sender.send(URI.create("http://hooks.rebind.test:" + port + "/in"), "whsec_"
                    + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_1", "{}");

            assertThat(outcome.status()).isEqualTo(200);
            assertThat(questions).as("one lookup for the check and the connection").hasValue(1);
            assertThat(hosts).containsExactly("hooks.rebind.test:" + port);
        } finally {
            sender.close();
            receiver.stop(0);
        }
    }

    @Test
    void aNameThatAnswersInsideIsRefusedWithoutConnecting() throws Exception {
        List<String> hosts = new CopyOnWriteArrayList<>();
        HttpServer receiver = WebhookDeliveryTest.server(exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            return "ok";
        });
        WebhookSender sender = new WebhookSender(SETTINGS, Clock.systemUTC(),
                host -> new InetAddress[]{InetAddress.getByName("169.254.169.254"), InetAddress.getByName("127.0.0.1")});
        try {
            assertThatThrownBy(() -> sender.send(URI.create("http://metadata.rebind.test:" + receiver.getAddress()
                    .getPort() + "/"), "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_2", "{}"))
                    .isInstanceOfSatisfying(WebhookDestinationRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("webhooks.url-internal"));
            assertThat(hosts).isEmpty();
        } finally {
            sender.close();
            receiver.stop(0);
        }
    }
}
