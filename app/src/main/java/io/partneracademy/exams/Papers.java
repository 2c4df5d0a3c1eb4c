package io.partneracademy.exams;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a save needs to check an answer: the drawn question at each position of an attempt, its type, key parts
 * and option order. A drawn paper never changes, so each attempt's is read once per node and kept (the most
 * recently used {@link #CAPACITY} attempts); a save then costs the one UPDATE it did before item types needed
 * checking.
 */
@Singleton
class Papers {

    /** Attempts kept: at about 2 kB a paper, 20,000 open attempts take some 40 MB. */
    static final int CAPACITY = 20_000;

    private final AttemptRepository attempts;
    private final ExamVersions versions;
    private final Map<Long, Paper> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Paper> eldest) {
            return size() > CAPACITY;
        }
    };

    Papers(AttemptRepository attempts, ExamVersions versions) {
        this.attempts = attempts;
        this.versions = versions;
    }

    /** A drawn question as a save checks it. */
    record Slot(String questionId, ExamSpec.Type type, ExamSpec.Item item, String optionOrder) {
    }

    private record Paper(long userId, List<Slot> slots) {
    }

    /** The question at the position of this person's attempt; empty when there is none. */
    Optional<Slot> slot(long userId, long attemptId, int position) {
        Paper paper;
        synchronized (cache) {
            paper = cache.get(attemptId);
        }
        if (paper == null) {
            Optional<AttemptRow> attempt = attempts.findByIdAndUserId(attemptId, userId);
            if (attempt.isEmpty()) {
                return Optional.empty();
            }
            ExamVersions.Loaded exam = versions.get(attempt.get().examId(), attempt.get().examVersion());
            paper = new Paper(userId, attempts.findQuestions(attemptId).stream()
                    .map(q -> new Slot(q.questionId(), exam.questions().get(q.questionId()).typeValue(),
                            exam.item(q.questionId()), q.optionOrder()))
                    .toList());
            synchronized (cache) {
                cache.put(attemptId, paper);
            }
        }
        if (paper.userId() != userId || position < 0 || position >= paper.slots().size()) {
            return Optional.empty();
        }
        return Optional.of(paper.slots().get(position));
    }
}
