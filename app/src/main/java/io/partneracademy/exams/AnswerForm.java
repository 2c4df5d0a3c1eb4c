package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One question's answer as posted by the form or by the autosave script, and where to go next. */
@Serdeable
record AnswerForm(@Nullable Integer position, @Nullable List<String> answer, @Nullable String flagged,
                  @Nullable String go) {

    String answerIds() {
        return answer == null ? null : String.join(",", answer.stream().filter(a -> !a.isBlank()).sorted().toList());
    }

    boolean isFlagged() {
        return flagged != null && !flagged.isBlank() && !"false".equals(flagged);
    }
}
