package io.partneracademy.exams;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** One published version of an exam's rules. */
@Introspected
record ExamVersionRow(String examId, int version, String contentHash, String title, int timeLimitMinutes,
                      int passMarkPercent, String mode, String navigation, String multiScoring, int maxAttempts,
                      int periodDays, int cooldownHours, @Nullable Instant opensAt, @Nullable Instant closesAt,
                      String blueprintJson, Instant publishedAt) {

    ExamSpec.Mode modeValue() {
        return ExamSpec.Mode.valueOf(mode);
    }

    ExamSpec.Navigation navigationValue() {
        return ExamSpec.Navigation.valueOf(navigation);
    }

    ExamSpec.Scoring scoringValue() {
        return ExamSpec.Scoring.valueOf(multiScoring);
    }
}
