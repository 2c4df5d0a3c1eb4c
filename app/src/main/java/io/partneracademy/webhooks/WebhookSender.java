package io.partneracademy.webhooks;

import io.partneracademy.web.DestinationRefusedException;
import io.partneracademy.web.OutboundAddresses;
import io.partneracademy.web.OutboundHttp;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Sends one signed message over HTTP through {@link OutboundHttp}: the receiver's host is resolved once, checked,
 * and connected to at exactly the checked address (a name that changes its answer between check and connection
 * cannot lead inside), no redirects followed, answers cut short.
 */
@Singleton
class WebhookSender {

    static final int BODY_KEPT = 1000;

    private final OutboundHttp http;
    private final Clock clock;

    @Inject
    WebhookSender(WebhookSettings settings, Clock clock) {
        this(settings, clock, InetAddress::getAllByName);
    }

    /** With another DNS: tests play a name server that changes its answers. */
    WebhookSender(WebhookSettings settings, Clock clock, OutboundAddresses.Lookup lookup) {
        this.clock = clock;
        this.http = new OutboundHttp(settings.allowedHosts(), settings.timeout(), settings.timeout(), BODY_KEPT * 4,
                lookup);
    }

    /** What the receiver answered, or why there was no answer. */
    record Outcome(Integer status, String body, String error, int durationMs) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /** Sends; a destination the address filter refuses is thrown as {@link WebhookDestinationRefusedException}. */
    Outcome send(URI url, String secret, String msgId, String payload) {
        long timestamp = clock.instant().getEpochSecond();
        OutboundHttp.Request request = new OutboundHttp.Request("POST", url, Map.of(
                "Content-Type", "application/json",
                "User-Agent", "PartnerAcademy-Webhooks/1",
                "webhook-id", msgId,
                "webhook-timestamp", String.valueOf(timestamp),
                "webhook-signature", WebhookSignature.sign(secret, msgId, timestamp, payload)),
                payload.getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        try {
            OutboundHttp.Response response = http.send(request);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            return new Outcome(response.status(), body.length() > BODY_KEPT ? body.substring(0, BODY_KEPT) : body,
                    null, millisSince(start));
        } catch (DestinationRefusedException e) {
            throw DestinationGuard.refused(e);
        } catch (IOException e) {
            return new Outcome(null, null, e.getClass().getSimpleName() + ": " + e.getMessage(), millisSince(start));
        }
    }

    @PreDestroy
    void close() throws IOException {
        http.close();
    }

    private static int millisSince(long start) {
        return (int) ((System.nanoTime() - start) / 1_000_000);
    }
}
