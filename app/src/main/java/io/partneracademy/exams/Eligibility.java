package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The retake policy: attempts per rolling period, cooldown after a failure, and the exam window. */
@Singleton
class Eligibility {

    /** When the next attempt may start: empty means now; {@link Instant#MAX} means never (window closed). */
    Optional<Instant> nextAllowed(ExamVersionRow rules, List<AttemptRow> attempts, Instant now) {
        if (rules.closesAt() != null && !now.isBefore(rules.closesAt())) {
            return Optional.of(Instant.MAX);
        }
        Instant next = rules.opensAt() != null && now.isBefore(rules.opensAt()) ? rules.opensAt() : null;
        Instant periodStart = now.minus(Duration.ofDays(rules.periodDays()));
        List<AttemptRow> recent = attempts.stream().filter(a -> a.startedAt().isAfter(periodStart)).toList();
        if (recent.size() >= rules.maxAttempts()) {
            Instant oldest = recent.stream().map(AttemptRow::startedAt).min(Instant::compareTo).orElseThrow();
            next = later(next, oldest.plus(Duration.ofDays(rules.periodDays())));
        }
        Optional<AttemptRow> lastClosed = attempts.stream().filter(a -> !a.isOpen() && a.closedAt() != null)
                .max(java.util.Comparator.comparing(AttemptRow::closedAt));
        if (lastClosed.isPresent() && Boolean.FALSE.equals(lastClosed.get().passed())) {
            Instant cooled = lastClosed.get().closedAt().plus(Duration.ofHours(rules.cooldownHours()));
            if (cooled.isAfter(now)) {
                next = later(next, cooled);
            }
        }
        return Optional.ofNullable(next).filter(n -> n.isAfter(now));
    }

    private static Instant later(@Nullable Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
