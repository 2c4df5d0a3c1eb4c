package io.partneracademy.exams;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/** A question of one exam version as stored. */
@Introspected
record QuestionRow(String questionId, String section, String difficulty, String type, String stem,
                   String optionsJson, String correctIds, String explanation, @Nullable String itemJson) {

    /** The right option ids of a choice question; empty for the other types. */
    Set<String> correct() {
        return correctIds.isEmpty() ? Set.of() : Set.of(correctIds.split(","));
    }

    ExamSpec.Type typeValue() {
        return ExamSpec.Type.valueOf(type);
    }
}
