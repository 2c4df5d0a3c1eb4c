package io.partneracademy.exams;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A drawn question of an attempt: its position, option order as shown, and the saved answer. */
@Introspected
record AttemptQuestionRow(int position, String questionId, String section, String optionOrder,
                          @Nullable String answer, boolean flagged, @Nullable Instant answeredAt) {

    List<String> options() {
        return Arrays.asList(optionOrder.split(","));
    }

    Set<String> answerIds() {
        return answer == null || answer.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(answer.split(",")));
    }
}
