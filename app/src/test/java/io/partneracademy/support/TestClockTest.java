package io.partneracademy.support;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A test starts at the system time whatever the test before it did to the clock (and has no @BeforeEach). */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestClockTest extends DatabaseTest {

    @Inject
    Clock clock;
    @Inject
    TestClock testClock;

    @Test
    @Order(1)
    void aTestMovesTheClockAYearOn() {
        testClock.advance(Duration.ofDays(365));

        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofDays(364)));
    }

    @Test
    @Order(2)
    void theNextTestStartsAtTheSystemTimeAgain() {
        assertThat(clock.instant()).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
    }
}
