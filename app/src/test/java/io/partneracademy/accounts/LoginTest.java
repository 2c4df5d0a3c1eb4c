package io.partneracademy.accounts;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LoginTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void userSignsInAndSeesTheirName() {
        UserSummary user = fixtures.user("Łukasz Żółć", Role.LEARNER);
        Browser browser = new Browser(server.getURI());

        Browser.Page response = browser.login(user.email(), Fixtures.PASSWORD);

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.location()).isEqualTo("/");
        assertThat(browser.get("/").html().select("h1").text()).isEqualTo("Welcome, Łukasz Żółć");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        UserSummary user = fixtures.user("Wrong Password", Role.LEARNER);
        Browser browser = new Browser(server.getURI());

        Browser.Page response = browser.login(user.email(), "not the password at all");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.html().select("[role=alert]").text()).isEqualTo("The email or password is wrong.");
        assertThat(browser.get("/admin/users").status()).isEqualTo(303);
    }

    @Test
    void signOutEndsTheSession() {
        UserSummary user = fixtures.user("Signing Out", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        browser.get("/");

        Browser.Page response = browser.post("/logout", Map.of());

        assertThat(response.status()).isEqualTo(303);
        assertThat(browser.get("/admin/users").status()).isEqualTo(303);
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPassword() {
        UserSummary user = fixtures.user("Throttled Person", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        for (int i = 0; i < 5; i++) {
            assertThat(browser.login(user.email(), "guess number " + i).status()).isEqualTo(422);
        }

        Browser.Page blocked = browser.login(user.email(), Fixtures.PASSWORD);

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.html().select("[role=alert]").text())
                .startsWith("Too many failed sign-in attempts. Try again in");

        clock.advance(Duration.ofMinutes(16));
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void deactivatedUserIsSignedOutAtOnce() {
        UserSummary user = fixtures.user("Leaving Soon", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);

        users.update(user.id(), user.displayName(), false, user.roles());

        assertThat(browser.get("/").html().select("h1").text()).isEqualTo("Partner Academy");
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(422);
    }

    @Inject
    Users users;
}
