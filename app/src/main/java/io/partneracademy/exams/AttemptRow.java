package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** One sitting of an exam, pinned to an exam version, with the server's deadline. */
@MappedEntity("exam_attempt")
record AttemptRow(@Id @GeneratedValue @Nullable Long id, String examId, int examVersion, long userId, long seed,
                  Instant startedAt, Instant deadline, int graceSeconds, AttemptStatus status, @Nullable String openKey,
                  int currentPosition, @Nullable Instant closedAt, @Nullable BigDecimal scorePercent,
                  @Nullable Boolean passed, @Nullable String sectionScores) {

    boolean isOpen() {
        return status == AttemptStatus.OPEN;
    }

    /** The last moment a save or submit is accepted. */
    Instant acceptsUntil() {
        return deadline.plusSeconds(graceSeconds);
    }
}
