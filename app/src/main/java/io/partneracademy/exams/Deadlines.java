package io.partneracademy.exams;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place an attempt's deadline is computed: start + limit × multiplier + extra minutes, capped by the
 * exam window's close. Nothing the browser sends takes part.
 */
@Singleton
class Deadlines {

    private final AccommodationRepository accommodations;
    private final int graceSeconds;

    Deadlines(AccommodationRepository accommodations,
              @Value("${partneracademy.exams.grace-seconds:60}") int graceSeconds) {
        this.accommodations = accommodations;
        this.graceSeconds = graceSeconds;
    }

    int graceSeconds() {
        return graceSeconds;
    }

    Instant deadline(long userId, Instant startedAt, ExamVersionRow rules) {
        Optional<AccommodationRow> accommodation = accommodations.findFirstByUserIdOrderByGrantedAtDesc(userId);
        BigDecimal multiplier = accommodation.map(AccommodationRow::timeMultiplier).orElse(BigDecimal.ONE);
        long seconds = multiplier.multiply(BigDecimal.valueOf(rules.timeLimitMinutes() * 60L)).longValue()
                + accommodation.map(a -> a.extraMinutes() * 60L).orElse(0L);
        Instant deadline = startedAt.plus(Duration.ofSeconds(seconds));
        return rules.closesAt() != null && rules.closesAt().isBefore(deadline) ? rules.closesAt() : deadline;
    }
}
