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

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AccountHousekeepingTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    AccountHousekeeping housekeeping;
    @Inject
    UserSessionRepository sessions;

    @Test
    void idleSessionsExpireAndAreDeleted() {
        UserSummary user = fixtures.user("Idle Person", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        assertThat(browser.get("/").html().select("h1").text()).isEqualTo("Welcome, Idle Person");

        clock.advance(Duration.ofHours(9));
        housekeeping.clean();

        assertThat(sessions.count()).isZero();
        assertThat(browser.get("/").html().select("h1").text()).isEqualTo("Partner Academy");
    }
}
