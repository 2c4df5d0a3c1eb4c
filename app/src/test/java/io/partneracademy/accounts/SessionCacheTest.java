package io.partneracademy.accounts;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import io.partneracademy.web.Secrets;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-node session cache (ADR 0010) never outlives a sign-out, an expiry or a change of the user. The cache
 * time here is longer than any timeout, so every refusal below comes from those rules, not from the entry aging.
 */
@MicronautTest(transactional = false)
class SessionCacheTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Users users;
    @Inject
    SessionCache cache;
    @Inject
    UserSessionRepository sessionRows;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.sessions.cache-for", "30d");
        return properties;
    }

    @Test
    void aCachedSessionIsRefusedRightAfterSignOut() {
        UserSummary user = fixtures.user("Cached Leaver", Role.LEARNER);
        Browser browser = signedIn(user);
        String token = browser.cookie("pa_session");
        assertThat(cache.get(Secrets.sha256(token), clock.instant())).isPresent();

        browser.post("/logout", Map.of());

        Browser replay = new Browser(server.getURI());
        replay.setCookie("pa_session", token);
        assertThat(homeHeading(replay)).isEqualTo("Partner Academy");
    }

    @Test
    void aCachedSessionIsRefusedOnceIdleLongerThanTheIdleTimeout() {
        UserSummary user = fixtures.user("Idle Cached", Role.LEARNER);
        Browser browser = signedIn(user);

        clock.advance(Duration.ofHours(8).plusMinutes(1));

        assertThat(homeHeading(browser)).isEqualTo("Partner Academy");
    }

    @Test
    void aRoleRemovedFromACachedSessionAppliesToTheNextRequest() {
        UserSummary user = fixtures.user("Former Admin", Role.ADMIN);
        Browser browser = signedIn(user);
        assertThat(browser.get("/admin/users").status()).isEqualTo(200);

        users.update(user.id(), user.displayName(), true, EnumSet.of(Role.LEARNER));

        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
    }

    @Test
    void aSessionEndedOnAnotherNodeIsRefusedAtTheNextLastSeenWrite() {
        UserSummary user = fixtures.user("Signed Out Elsewhere", Role.LEARNER);
        Browser browser = signedIn(user);

        sessionRows.deleteById(Secrets.sha256(browser.cookie("pa_session")));
        clock.advance(Duration.ofMinutes(2));

        assertThat(homeHeading(browser)).isEqualTo("Partner Academy");
        assertThat(homeHeading(browser)).isEqualTo("Partner Academy");
    }

    @Test
    void anEntryIsReadAgainOnceTheCacheTimeIsUp() {
        SessionCache fiveSeconds = new SessionCache(new SessionSettings(Duration.ofHours(8), Duration.ofDays(7),
                Duration.ofSeconds(5)));
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        fiveSeconds.put("hash", entry(now), fiveSeconds.generation());

        boolean fresh = fiveSeconds.get("hash", now.plusMillis(4999)).isPresent();
        boolean stale = fiveSeconds.get("hash", now.plusSeconds(5)).isPresent();

        assertThat(fresh).isTrue();
        assertThat(stale).isFalse();
    }

    @Test
    void anEntryReadBeforeASignOutIsNotKept() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        long readBefore = cache.generation();

        cache.forgetUser(42);
        cache.put("read-before-sign-out", entry(now), readBefore);

        assertThat(cache.get("read-before-sign-out", now)).isEmpty();
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        assertThat(homeHeading(browser)).isEqualTo("Welcome, " + user.displayName());
        return browser;
    }

    private static String homeHeading(Browser browser) {
        return browser.get("/").html().select("h1").text();
    }

    private static SessionCache.Entry entry(Instant now) {
        return new SessionCache.Entry(new CurrentUser(42, "someone@example.com", "Someone", Set.of(Role.LEARNER)),
                now, now.plus(Duration.ofDays(7)), now);
    }
}
