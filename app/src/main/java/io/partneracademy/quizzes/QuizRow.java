package io.partneracademy.quizzes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A published practice quiz: its place in the course and its questions as JSON. */
@MappedEntity("course_quiz")
record QuizRow(@Id @GeneratedValue @Nullable Long id, String courseId, String quizId, String moduleId, String title,
               String questionsJson, String contentHash, Instant publishedAt, @Nullable Instant removedAt) {
}
