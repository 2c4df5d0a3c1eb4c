package io.partneracademy.exams;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A certified person sits the certification exam again only to renew, once the renewal window has opened. */
@MicronautTest(transactional = false)
class RenewalWindowTest extends DatabaseTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    Attempts attempts;
    @Inject
    TestClock clock;

    @BeforeAll
    void certifiableBasics() {
        learning.importCertifiableBasics();
    }

    @Test
    void aCertifiedPersonCannotStartTheExamAgainUntilTheRenewalWindowOpens() {
        CurrentUser learner = Learning.learner(fixtures.user("Rena Renewal", Role.LEARNER));
        learning.completeBasics(learner);

        assertThatThrownBy(() -> attempts.start(learner, "quiz"))
                .isInstanceOf(AlreadyCertifiedException.class)
                .hasMessageContaining("attempt.already-certified");

        // basics is valid for 12 months and renewal opens 90 days before expiry
        Duration intoTheWindow = Duration.ofDays(365 - 89);
        clock.advance(intoTheWindow);
        assertThat(attempts.start(learner, "quiz")).isPositive();
    }
}
