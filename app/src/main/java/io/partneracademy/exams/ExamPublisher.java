package io.partneracademy.exams;

import io.micronaut.json.JsonMapper;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

/** Publishes validated exams: changed content becomes a new version; attempts keep the version they started on. */
@Singleton
public class ExamPublisher {

    private final ExamRepository exams;
    private final JsonMapper json;
    private final Clock clock;

    ExamPublisher(ExamRepository exams, JsonMapper json, Clock clock) {
        this.exams = exams;
        this.json = json;
        this.clock = clock;
    }

    /** Publishes the exam unless its current version has exactly this content; returns the version in force. */
    @Transactional
    public int publish(ExamSpec spec) {
        String hash = Secrets.sha256(canonical(spec));
        Optional<Exam> existing = exams.findById(spec.id());
        if (existing.isPresent() && exams.findVersion(spec.id(), existing.get().currentVersion())
                .map(v -> v.contentHash().equals(hash)).orElse(false)) {
            return existing.get().currentVersion();
        }
        Instant now = clock.instant();
        int version = existing.isPresent() ? exams.countVersions(spec.id()) + 1 : 1;
        if (existing.isEmpty()) {
            exams.save(new Exam(spec.id(), spec.pathId(), version, now, now));
        }
        exams.insertVersion(spec.id(), version, hash, spec.title(), spec.timeLimitMinutes(), spec.passMarkPercent(),
                spec.mode().name(), spec.navigation().name(), spec.scoring().name(), spec.retake().maxAttempts(),
                spec.retake().periodDays(), spec.retake().cooldownHours(), spec.opens(), spec.closes(),
                write(spec.blueprint()), now);
        for (ExamSpec.Question q : spec.questions()) {
            exams.insertQuestion(spec.id(), version, q.id(), q.section(), q.difficulty().name(), q.type().name(),
                    q.stem(), write(q.options()), String.join(",", new TreeSet<>(q.correct())), q.explanation());
        }
        exams.update(new Exam(spec.id(), spec.pathId(), version,
                existing.map(Exam::createdAt).orElse(now), now));
        return version;
    }

    private String canonical(ExamSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append(write(new Object[] {spec.id(), spec.pathId(), spec.title(), spec.timeLimitMinutes(),
                spec.passMarkPercent(), spec.mode(), spec.navigation(), spec.scoring(), spec.retake(),
                String.valueOf(spec.opens()), String.valueOf(spec.closes()), spec.blueprint()}));
        spec.questions().stream().sorted(java.util.Comparator.comparing(ExamSpec.Question::id)).forEach(q ->
                out.append(write(new Object[] {q.id(), q.section(), q.difficulty(), q.type(), q.stem(), q.options(),
                        new TreeSet<>(q.correct()), q.explanation()})));
        return out.toString();
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
