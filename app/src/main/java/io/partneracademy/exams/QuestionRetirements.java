package io.partneracademy.exams;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.ConflictException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Retiring questions of an exam: a retired question is no longer drawn by new attempts of any version, while past
 * attempts keep it (their papers, answers and scores are never touched). Restoring makes it drawable again.
 */
@Singleton
public class QuestionRetirements {

    private final RetiredQuestionRepository retired;
    private final ExamRepository exams;
    private final ExamVersions versions;
    private final Clock clock;

    QuestionRetirements(RetiredQuestionRepository retired, ExamRepository exams, ExamVersions versions, Clock clock) {
        this.retired = retired;
        this.exams = exams;
        this.versions = versions;
        this.clock = clock;
    }

    /** The ids of the exam's retired questions. */
    public Set<String> retired(String examId) {
        return new HashSet<>(retired.findQuestionIds(examId));
    }

    /**
     * Retires a question of the exam's current version; refused when the remaining pool could no longer fill the
     * blueprint, because then nobody could start the exam.
     */
    @Transactional
    public void retire(CurrentUser author, String examId, String questionId) {
        ExamVersions.Loaded current = current(examId);
        if (!current.questions().containsKey(questionId)) {
            throw new ExamNotFoundException(examId + "/" + questionId);
        }
        Set<String> after = retired(examId);
        after.add(questionId);
        if (!Draw.fits(current.blueprint(), pool(current, after), q -> current.item(q.questionId()))) {
            throw new ConflictException("itemstats.retire.pool-too-small", questionId);
        }
        retired.insert(examId, questionId, author.id(), clock.instant());
    }

    /** Makes a retired question drawable again. */
    public void restore(String examId, String questionId) {
        retired.delete(examId, questionId);
    }

    /** The questions new attempts of this version may draw. */
    List<QuestionRow> pool(ExamVersions.Loaded version, Set<String> retiredIds) {
        return version.questions().values().stream().filter(q -> !retiredIds.contains(q.questionId())).toList();
    }

    private ExamVersions.Loaded current(String examId) {
        Exam exam = exams.findById(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        return versions.get(examId, exam.currentVersion());
    }
}
