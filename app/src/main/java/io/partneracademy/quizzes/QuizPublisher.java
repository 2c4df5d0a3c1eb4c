package io.partneracademy.quizzes;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.partneracademy.exams.ExamSpec;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Publishes the practice quizzes of a course from its files: new and changed ones written, removed ones retired. */
@Singleton
public class QuizPublisher {

    private final QuizRepository quizzes;
    private final JsonMapper json;
    private final Clock clock;

    QuizPublisher(QuizRepository quizzes, JsonMapper json, Clock clock) {
        this.quizzes = quizzes;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Makes the course's published quizzes exactly {@code specs} (the course itself must be published already) and
     * returns how many changed; an unchanged quiz is left as it is, so learners' rounds go on.
     */
    @Transactional
    public int publish(String courseId, List<QuizSpec> specs) {
        Instant now = clock.instant();
        int changed = 0;
        for (QuizSpec spec : specs) {
            String hash = hash(spec);
            QuizRow old = quizzes.findByCourseIdAndQuizId(courseId, spec.id()).orElse(null);
            if (old != null && old.contentHash().equals(hash) && old.removedAt() == null) {
                continue;
            }
            QuizRow row = new QuizRow(old == null ? null : old.id(), courseId, spec.id(), spec.moduleId(),
                    spec.title(), write(spec.questions()), hash, now, null);
            if (old == null) {
                quizzes.save(row);
            } else {
                quizzes.update(row);
            }
            changed++;
        }
        Set<String> listed = specs.stream().map(QuizSpec::id).collect(Collectors.toSet());
        for (QuizRow row : quizzes.findByCourseIdOrderByQuizId(courseId)) {
            if (!listed.contains(row.quizId()) && row.removedAt() == null) {
                quizzes.update(new QuizRow(row.id(), row.courseId(), row.quizId(), row.moduleId(), row.title(),
                        row.questionsJson(), row.contentHash(), row.publishedAt(), now));
                changed++;
            }
        }
        return changed;
    }

    /** The course's published quizzes as authored, in quiz id order (removed ones left out). */
    public List<QuizSpec> published(String courseId) {
        List<QuizSpec> published = new java.util.ArrayList<>();
        for (QuizRow row : quizzes.findByCourseIdOrderByQuizId(courseId)) {
            if (row.removedAt() == null) {
                try {
                    published.add(new QuizSpec(courseId, row.quizId(), row.title(), row.moduleId(),
                            json.readValue(row.questionsJson(), Argument.listOf(QuizSpec.Question.class))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return published;
    }

    private String write(List<QuizSpec.Question> questions) {
        try {
            return json.writeValueAsString(questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over everything a learner sees or is marked by, in a fixed order (sets and maps sorted). */
    static String hash(QuizSpec spec) {
        StringBuilder text = new StringBuilder(spec.title()).append('\u0000').append(spec.moduleId());
        for (QuizSpec.Question q : spec.questions()) {
            ExamSpec.Item item = q.item();
            List<Object> parts = List.of(q.id(), q.type(), q.stem(), q.options(), new TreeSet<>(q.correct()),
                    q.explanation(), item.order(), item.targets(), new TreeMap<>(item.pairs()), item.accepted(),
                    item.caseSensitive());
            parts.forEach(p -> text.append('\u0000').append(p));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
