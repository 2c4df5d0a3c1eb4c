package io.partneracademy.exams;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Read access to published exam versions for other features (item statistics): versions, questions as stored,
 * and the mark the grader gives an answer, so statistics and scores can never disagree.
 */
@Singleton
public class QuestionBank {

    private final ExamRepository exams;
    private final ExamVersions versions;

    QuestionBank(ExamRepository exams, ExamVersions versions) {
        this.exams = exams;
        this.versions = versions;
    }

    /** An exam and the version new attempts use. */
    public record ExamRef(String id, String title, int currentVersion, String language) {

        /** An exam named by its English source title. */
        public ExamRef(String id, String title, int currentVersion) {
            this(id, title, currentVersion, ExamLanguages.SOURCE);
        }
    }

    /** A published version; current is the one new attempts use. */
    public record Version(int version, String title, Instant publishedAt, boolean current) {
    }

    /** A question of one version with its options in authored order, and the parts of the newer item types. */
    public record Question(String id, String section, String difficulty, String type, String stem,
                           List<ExamSpec.Option> options, Set<String> correct, String explanation,
                           ExamSpec.Item item) {

        /** A choice question outside any scenario. */
        public Question(String id, String section, String difficulty, String type, String stem,
                        List<ExamSpec.Option> options, Set<String> correct, String explanation) {
            this(id, section, difficulty, type, stem, options, correct, explanation, ExamSpec.Item.NONE);
        }

        /** The question's type. */
        public ExamSpec.Type typeValue() {
            return ExamSpec.Type.valueOf(type);
        }
    }

    /** One version's paper: its questions and how many of them each attempt draws. */
    public record Paper(String examId, int version, String title, int passMarkPercent, int length,
                        ExamSpec.Scoring scoring, List<Question> questions) {
    }

    /** Every exam with its current version, by title. */
    public List<ExamRef> exams() {
        return exams.findCurrentVersions().stream().map(v -> new ExamRef(v.examId(), v.title(), v.version())).toList();
    }

    /** Every exam with its current version, titled in the reader's language where translated. */
    public List<ExamRef> exams(java.util.Locale reader) {
        return exams.findCurrentVersions().stream().map(v -> {
            ExamTitle title = versions.get(v.examId(), v.version()).title(reader.toLanguageTag());
            return new ExamRef(v.examId(), title.text(), v.version(), title.language());
        }).toList();
    }

    /** A version's title in the reader's language where translated, else the source marked as a fallback. */
    public ExamTitle title(String examId, int version, java.util.Locale reader) {
        return versions.get(examId, version).title(reader.toLanguageTag());
    }

    /** One exam, or a 404. */
    public ExamRef exam(String examId) {
        Exam exam = exams.findById(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        return new ExamRef(examId, versions.get(examId, exam.currentVersion()).rules().title(), exam.currentVersion());
    }

    /** The exam's versions, newest first. */
    public List<Version> versions(String examId) {
        int current = exam(examId).currentVersion();
        return exams.findVersions(examId).stream()
                .map(v -> new Version(v.version(), v.title(), v.publishedAt(), v.version() == current)).toList();
    }

    /** A version's paper, or a 404. */
    public Paper paper(String examId, int version) {
        ExamVersions.Loaded loaded = versions.get(examId, version);
        List<Question> questions = loaded.questions().values().stream()
                .map(q -> new Question(q.questionId(), q.section(), q.difficulty(), q.type(), q.stem(),
                        loaded.options().get(q.questionId()), q.correct(), q.explanation(),
                        loaded.item(q.questionId())))
                .toList();
        int length = loaded.blueprint().stream().mapToInt(ExamSpec.Section::draw).sum();
        return new Paper(examId, version, loaded.rules().title(), loaded.rules().passMarkPercent(), length,
                loaded.rules().scoringValue(), questions);
    }

    /** The mark from 0 to 1 the grader gives these chosen option ids for a choice question of the version. */
    public double mark(String examId, int version, String questionId, Set<String> chosen) {
        return mark(examId, version, questionId, String.join(",", new java.util.TreeSet<>(chosen)));
    }

    /** The mark from 0 to 1 the grader gives a stored answer (as attempts store it; empty: none). */
    public double mark(String examId, int version, String questionId, String stored) {
        ExamVersions.Loaded loaded = versions.get(examId, version);
        QuestionRow question = loaded.questions().get(questionId);
        if (question == null) {
            throw new ExamNotFoundException(examId + "/" + questionId);
        }
        return Grader.score(question, loaded.item(questionId), stored, loaded.rules().scoringValue());
    }
}
