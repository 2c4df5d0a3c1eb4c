package io.partneracademy.quizzes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A quiz answer as posted, in the exam page's fields: {@code answer} holds option ids, "id=position" (ordering) or
 * "id=target" (matching); {@code text} a short-text answer.
 */
@Serdeable
record QuizAnswerForm(@Nullable List<String> answer, @Nullable String text) {
}
