package io.partneracademy.quizzes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One round of a practice quiz by one person, pinned to the quiz text it started on. */
@MappedEntity("quiz_round")
record RoundRow(@Id @GeneratedValue @Nullable Long id, long quizRef, String contentHash, long userId,
                Instant startedAt, @Nullable Instant finishedAt) {
}
