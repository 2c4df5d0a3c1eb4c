package io.partneracademy.certification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DaysLeftTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void daysLeftAreWholeDaysRoundedDown() {
        assertThat(DaysLeft.until(NOW.plus(Duration.ofHours(23)), NOW)).isZero();
        assertThat(DaysLeft.until(NOW.plus(Duration.ofHours(24)), NOW)).isEqualTo(1);
        assertThat(DaysLeft.until(NOW.plus(Duration.ofDays(30).plusHours(1)), NOW)).isEqualTo(30);
    }

    @Test
    void aCertificationPastItsExpiryHasNoDaysLeft() {
        assertThat(DaysLeft.until(NOW, NOW)).isZero();
        assertThat(DaysLeft.until(NOW.minus(Duration.ofDays(2)), NOW)).isEqualTo(-2);
    }
}
