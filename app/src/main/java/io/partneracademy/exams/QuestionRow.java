package io.partneracademy.exams;

import io.micronaut.core.annotation.Introspected;

import java.util.Set;

/** A question of one exam version as stored. */
@Introspected
record QuestionRow(String questionId, String section, String difficulty, String type, String stem,
                   String optionsJson, String correctIds, String explanation) {

    Set<String> correct() {
        return Set.of(correctIds.split(","));
    }

    ExamSpec.Type typeValue() {
        return ExamSpec.Type.valueOf(type);
    }
}
