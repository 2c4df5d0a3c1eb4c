package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One question's answer as posted by the form or by the autosave script (the same fields either way), and where to
 * go next: {@code answer} holds option ids, "id=position" (ordering) or "id=target" (matching); {@code text} a
 * short-text answer.
 */
@Serdeable
record AnswerForm(@Nullable Integer position, @Nullable List<String> answer, @Nullable String text,
                  @Nullable String flagged, @Nullable String go) {

    boolean isFlagged() {
        return flagged != null && !flagged.isBlank() && !"false".equals(flagged);
    }
}
