package io.partneracademy.webhooks;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Sends one signed message over HTTP: no redirects followed (a redirect could lead inside), answers cut short. */
@Singleton
class WebhookSender {

    static final int BODY_KEPT = 1000;

    private final HttpClient http;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookSender(WebhookSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    /** What the receiver answered, or why there was no answer. */
    record Outcome(Integer status, String body, String error, int durationMs) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    Outcome send(URI url, String secret, String msgId, String payload) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "PartnerAcademy-Webhooks/1")
                .header("webhook-id", msgId)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, msgId, timestamp, payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body() == null ? "" : response.body();
            return new Outcome(response.statusCode(), body.length() > BODY_KEPT ? body.substring(0, BODY_KEPT) : body,
                    null, millisSince(start));
        } catch (IOException e) {
            return new Outcome(null, null, e.getClass().getSimpleName() + ": " + e.getMessage(), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, null, "interrupted", millisSince(start));
        }
    }

    private static int millisSince(long start) {
        return (int) ((System.nanoTime() - start) / 1_000_000);
    }
}
