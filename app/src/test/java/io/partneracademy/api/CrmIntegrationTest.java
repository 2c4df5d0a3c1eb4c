package io.partneracademy.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import io.partneracademy.webhooks.WebhookDelivery;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", played by a CRM: it syncs certifications with updated_since through a token limited to
 * one partner and sees only that partner's; its webhook receiver verifies every signature with the Standard
 * Webhooks algorithm and sees the retry after answering 500 once; SSRF destinations are refused; a receiver that
 * fails for days gets its subscription disabled and its owner told.
 */
@MicronautTest(transactional = false)
class CrmIntegrationTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    ApiTokens tokens;
    @Inject
    TestClock clock;
    @Inject
    JsonMapper json;
    @Inject
    WebhookDelivery delivery;
    @Inject
    Notifications notifications;

    private ApiCalls api;
    private UserSummary admin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.webhooks.allowed-hosts", "127.0.0.1");
        // the test delivers by calling the job itself: nothing races it, so every call's outcome is known
        properties.put("partneracademy.webhooks.delivery-interval", "1d");
        properties.put("partneracademy.webhooks.delivery-initial-delay", "1d");
        return properties;
    }

    @BeforeAll
    void setUp() {
        learning.importCertifiableBasics();
        api = new ApiCalls(server.getURI(), json);
        admin = fixtures.user("Crm Admin", Role.ADMIN);
    }

    @Test
    void aCrmSyncsOnlyItsPartnersCertificationsAndItsReceiverSeesSignedEventsAndARetry() {
        Partner acme = fixtures.partner("Acme");
        Partner rival = fixtures.partner("Rival");
        String token = token(acme, "certifications:read", "webhooks:read", "webhooks:write");
        try (WebhookReceiver receiver = new WebhookReceiver(1)) {
            ApiCalls.Answer subscribed = api.send(token, "POST", "/api/v1/webhooks",
                    Map.of("url", receiver.url().toString(), "events", List.of("certification.issued")));
            receiver.secret(subscribed.body().get("secret").toString());
            Instant before = clock.instant().minusSeconds(1);
            UserSummary ada = fixtures.employee(acme, "Ada Acme", Role.LEARNER);
            UserSummary rory = fixtures.employee(rival, "Rory Rival", Role.LEARNER);
            learning.completeBasics(Learning.learner(ada));
            learning.completeBasics(Learning.learner(rory));

            List<Map<String, Object>> synced = sync(token, before);
            ApiCalls.Answer rivals = api.get(token, "/api/v1/certifications?partner_id=" + rival.id());
            List<WebhookReceiver.Received> first = deliverDue(receiver::received, 1);
            clock.advance(Duration.ofSeconds(6));
            List<WebhookReceiver.Received> retried = deliverDue(receiver::received, 2);
            ApiCalls.Answer log = api.get(token, "/api/v1/webhooks/" + subscribed.body().get("id") + "/deliveries");

            assertThat(subscribed.status()).isEqualTo(201);
            assertThat(synced).hasSize(1);
            assertThat(synced.get(0)).containsEntry("personId", (int) ada.id()).containsEntry("status", "ACTIVE")
                    .containsEntry("pathId", "basics");
            assertThat(synced.get(0).get("verifyUrl").toString()).endsWith("/verify/" + synced.get(0).get("credentialId"));
            assertThat(rivals.status()).isEqualTo(403);
            assertThat(first.get(0).answered()).isEqualTo(500);
            assertThat(retried).hasSize(2).allMatch(WebhookReceiver.Received::verified);
            assertThat(retried.get(1).id()).isEqualTo(retried.get(0).id());
            assertThat(retried.get(1).answered()).isEqualTo(204);
            assertThat(retried.get(1).body()).contains("\"type\":\"certification.issued\"",
                    synced.get(0).get("credentialId").toString());
            assertThat(retried).noneMatch(r -> r.body().contains("\"userId\":" + rory.id() + ","));
            Map<String, Object> message = firstOf(log);
            assertThat(message).containsEntry("status", "DELIVERED").containsEntry("attempts", 2)
                    .containsEntry("parked", false);
            assertThat(message.get("log").toString()).contains("status=500", "temporarily broken", "status=204");
        }
    }

    @Test
    void aSubscriptionToAnInternalAddressIsRefused() {
        String token = token(fixtures.partner("Careful"), "webhooks:write");

        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://10.0.0.5/hook",
                "http://[::1]:8080/hook", "ftp://example.com/hook", "http://localhost.:1/hook")) {
            ApiCalls.Answer answer = api.send(token, "POST", "/api/v1/webhooks",
                    Map.of("url", url, "events", List.of("tier.changed")));

            assertThat(answer.status()).as(url).isEqualTo(422);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        ApiCalls.Answer internal = api.send(token, "POST", "/api/v1/webhooks",
                Map.of("url", "http://10.0.0.5/hook", "events", List.of("tier.changed")));
        assertThat(internal.body().get("detail").toString()).contains("10.0.0.5", "internal");
    }

    @Test
    void aReceiverFailingForDaysHasItsSubscriptionDisabledAndItsOwnerTold() {
        Partner partner = fixtures.partner("Flaky");
        String token = token(partner, "webhooks:read", "webhooks:write");
        try (WebhookReceiver receiver = new WebhookReceiver(1000)) {
            ApiCalls.Answer subscribed = api.send(token, "POST", "/api/v1/webhooks",
                    Map.of("url", receiver.url().toString(), "events", List.of("person.joined")));
            receiver.secret(subscribed.body().get("secret").toString());
            fixtures.employee(partner, "Nina New", Role.LEARNER);
            deliverDue(receiver::received, 1);

            clock.advance(Duration.ofDays(6));
            deliverDue(receiver::received, 2);
            ApiCalls.Answer after = api.get(token, "/api/v1/webhooks/" + subscribed.body().get("id"));
            ApiCalls.Answer enabled = api.send(token, "POST", "/api/v1/webhooks/" + subscribed.body().get("id")
                    + "/enable", null);

            assertThat(receiver.received()).allMatch(WebhookReceiver.Received::verified);
            assertThat(receiver.received().get(0).body()).contains("\"type\":\"person.joined\"");
            assertThat(after.body()).containsEntry("enabled", false);
            assertThat(notifications.recent(admin.id())).anyMatch(n -> n.subject().contains("Webhook disabled")
                    && n.body().contains(receiver.url().toString()));
            assertThat(enabled.body()).containsEntry("enabled", true);
        }
    }

    private String token(Partner partner, String... scopes) {
        CurrentUser me = new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN));
        return tokens.create(me, new ApiTokenForm("CRM " + partner.name(), String.valueOf(partner.id()), 30,
                List.of(scopes))).secret();
    }

    /** A CRM's incremental sync: pages of one until nextCursor is null. */
    private List<Map<String, Object>> sync(String token, Instant since) {
        List<Map<String, Object>> all = new ArrayList<>();
        String path = "/api/v1/certifications?limit=1&updated_since=" + since;
        for (int page = 0; page < 20; page++) {
            ApiCalls.Answer answer = api.get(token, path);
            assertThat(answer.status()).isEqualTo(200);
            all.addAll(answer.data());
            Object next = answer.body().get("nextCursor");
            if (next == null) {
                return all;
            }
            path = "/api/v1/certifications?limit=1&cursor=" + next;
        }
        throw new AssertionError("sync did not end");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstOf(ApiCalls.Answer list) {
        return (Map<String, Object>) list.listBody().get(0);
    }

    /** Runs the delivery job once; the receiver has then seen {@code count} requests in all. */
    private <T> List<T> deliverDue(Supplier<List<T>> what, int count) {
        delivery.deliverDue();
        assertThat(what.get()).as("webhook requests received").hasSize(count);
        return what.get();
    }
}
