package io.partneracademy.exams;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.markdown.MarkdownRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the exam pages from stored attempts; reads only, on the server's clock. */
@Singleton
public class ExamPages {

    private final ExamRepository exams;
    private final AttemptRepository attempts;
    private final ExamVersions versions;
    private final Eligibility eligibility;
    private final MarkdownRenderer markdown;
    private final JsonMapper json;
    private final Clock clock;
    private final io.micronaut.context.BeanProvider<CertificationStanding> standing;

    private final ExamLanguages languages;
    private final io.partneracademy.catalog.PathRules paths;

    ExamPages(ExamRepository exams, AttemptRepository attempts, ExamVersions versions, Eligibility eligibility,
              MarkdownRenderer markdown, JsonMapper json, Clock clock,
              io.micronaut.context.BeanProvider<CertificationStanding> standing, ExamLanguages languages,
              io.partneracademy.catalog.PathRules paths) {
        this.paths = paths;
        this.standing = standing;
        this.languages = languages;
        this.exams = exams;
        this.attempts = attempts;
        this.versions = versions;
        this.eligibility = eligibility;
        this.markdown = markdown;
        this.json = json;
        this.clock = clock;
    }

    /** Every published exam with the learner's attempts and when they may start the next one. */
    public List<ExamViews.ExamCard> list(CurrentUser user, java.util.Locale reader) {
        return exams.findCurrentVersions().stream().map(v -> card(user, v, reader)).toList();
    }

    /** One exam with its title in the reader's language where translated, or a 404. */
    public ExamViews.ExamCard exam(CurrentUser user, String examId, java.util.Locale reader) {
        Exam exam = exams.findById(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        return card(user, versions.get(examId, exam.currentVersion()).rules(), reader);
    }

    /**
     * The message keys of the scoring rules for the question types the exam's current version has, in a fixed
     * order; the grader ({@link Answers#mark}) applies exactly these.
     */
    public List<String> scoringRules(String examId) {
        Exam exam = exams.findById(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        ExamVersions.Loaded loaded = versions.get(examId, exam.currentVersion());
        java.util.Set<ExamSpec.Type> types = java.util.EnumSet.noneOf(ExamSpec.Type.class);
        loaded.questions().values().forEach(q -> types.add(q.typeValue()));
        String scoring = loaded.rules().scoringValue().name();
        List<String> keys = new ArrayList<>();
        if (types.contains(ExamSpec.Type.SINGLE) || types.contains(ExamSpec.Type.TRUE_FALSE)) {
            keys.add("exam.scoring.single");
        }
        if (types.contains(ExamSpec.Type.MULTIPLE)) {
            keys.add("exam.scoring.multiple." + scoring);
        }
        if (types.contains(ExamSpec.Type.ORDERING)) {
            keys.add("exam.scoring.ordering." + scoring);
        }
        if (types.contains(ExamSpec.Type.MATCHING)) {
            keys.add("exam.scoring.matching." + scoring);
        }
        if (types.contains(ExamSpec.Type.SHORT_TEXT)) {
            keys.add("exam.scoring.short-text");
        }
        if (loaded.items().values().stream().anyMatch(i -> i.scenarioId() != null)) {
            keys.add("exam.scoring.scenario");
        }
        return keys;
    }

    /** The attempt, if it is this person's. */
    public AttemptRow attempt(CurrentUser user, long attemptId) {
        return attempts.findByIdAndUserId(attemptId, user.id()).orElseThrow(AttemptNotFoundException::new);
    }

    /** A question of an open attempt; in sequential exams always the current one. */
    public ExamViews.QuestionPage question(CurrentUser user, long attemptId, int requested) {
        AttemptRow attempt = attempt(user, attemptId);
        ExamVersions.Loaded exam = versions.get(attempt.examId(), attempt.examVersion());
        List<AttemptQuestionRow> paper = attempts.findQuestions(attemptId);
        boolean sequential = exam.rules().navigationValue() == ExamSpec.Navigation.SEQUENTIAL;
        int position = sequential ? Math.min(attempt.currentPosition(), paper.size() - 1)
                : Math.max(0, Math.min(requested, paper.size() - 1));
        AttemptQuestionRow item = paper.get(position);
        QuestionRow question = exam.questions().get(item.questionId());
        String attemptLanguage = languages.of(attemptId);
        Optional<ExamSpec.QuestionTranslation> translated = languages.question(attempt.examId(), attempt.examVersion(),
                item.questionId(), attemptLanguage);
        Map<String, String> texts = new java.util.HashMap<>();
        translated.map(ExamSpec.QuestionTranslation::options).orElse(exam.options().get(item.questionId()))
                .forEach(o -> texts.put(o.id(), o.text()));
        ExamSpec.Item spec = exam.item(item.questionId());
        AnswerView answer = AnswerView.of(question.typeValue(), spec, item.optionOrder(), item.answer(), texts,
                markdown);
        int[] place = scenarioPlace(paper, position, exam);
        ExamViews.Scenario scenario = spec.scenarioStem() == null ? null
                : new ExamViews.Scenario(markdown.render(spec.scenarioStem()), place[0], place[1]);
        List<ExamViews.NavItem> navigator = new ArrayList<>();
        for (AttemptQuestionRow q : paper) {
            boolean reachable = !sequential || q.position() == position;
            navigator.add(new ExamViews.NavItem(q.position(), q.answer() != null, q.flagged(), q.position() == position,
                    reachable));
        }
        return new ExamViews.QuestionPage(attemptId, exam.title(attemptLanguage), position, paper.size(),
                markdown.render(translated.map(ExamSpec.QuestionTranslation::stem).orElse(question.stem())),
                answer, item.flagged(), navigator,
                remaining(attempt), attempt.deadline(), sequential, sequential || position == 0 ? null : position - 1,
                position + 1 < paper.size() ? position + 1 : null, scenario,
                translated.isPresent() ? attemptLanguage : ExamLanguages.SOURCE);
    }

    /** The question's place in its scenario set on this paper: {number, size}, or {0, 0} outside any scenario. */
    private static int[] scenarioPlace(List<AttemptQuestionRow> paper, int position, ExamVersions.Loaded exam) {
        String scenario = exam.item(paper.get(position).questionId()).scenarioId();
        if (scenario == null) {
            return new int[] {0, 0};
        }
        int first = position;
        while (first > 0 && scenario.equals(exam.item(paper.get(first - 1).questionId()).scenarioId())) {
            first--;
        }
        int last = position;
        while (last + 1 < paper.size() && scenario.equals(exam.item(paper.get(last + 1).questionId()).scenarioId())) {
            last++;
        }
        return new int[] {position - first + 1, last - first + 1};
    }

    /**
     * The certification this exam leads to, if the person holds it now (with its renewal window), named in the
     * reader's language where its path is translated.
     */
    public Optional<CertificationStanding.Held> certified(CurrentUser user, ExamViews.ExamCard exam,
                                                          java.util.Locale reader) {
        return exam.pathId().isEmpty() ? Optional.empty() : standing.get().held(user.id(), exam.pathId())
                .map(h -> new CertificationStanding.Held(pathTitle(exam.pathId(), h.title(), reader), h.expiresOn(),
                        h.renewalOpensOn(), h.renewalOpen()));
    }

    /** The certification a passed attempt earned, once issued, and the next path, in the reader's language. */
    public Optional<CertificationStanding.Earned> earned(CurrentUser user, long attemptId, java.util.Locale reader) {
        String pathId = exams.findById(attempt(user, attemptId).examId()).map(Exam::pathId).orElse("");
        return standing.get().earnedBy(user.id(), attemptId).map(e -> new CertificationStanding.Earned(
                pathTitle(pathId, e.title(), reader), e.credentialId(), e.expiresOn(), e.nextPathId(),
                e.nextPathId() == null ? null : pathTitle(e.nextPathId(), e.nextPathTitle(), reader)));
    }

    /** The path's title in the reader's language where translated, else the given (stored) one. */
    String pathTitle(String pathId, String title, java.util.Locale reader) {
        return paths.translatedTitle(pathId, reader).orElse(title);
    }

    /** The review before submitting: unanswered and flagged questions of an open attempt. */
    public ExamViews.ReviewPage review(CurrentUser user, long attemptId) {
        AttemptRow attempt = attempt(user, attemptId);
        ExamVersions.Loaded exam = versions.get(attempt.examId(), attempt.examVersion());
        boolean sequential = exam.rules().navigationValue() == ExamSpec.Navigation.SEQUENTIAL;
        List<ExamViews.NavItem> items = attempts.findQuestions(attemptId).stream()
                .map(q -> new ExamViews.NavItem(q.position(), q.answer() != null, q.flagged(), false, !sequential))
                .toList();
        return new ExamViews.ReviewPage(attemptId, exam.title(languages.of(attemptId)), items.size(), remaining(attempt),
                attempt.deadline(), sequential,
                items.stream().filter(i -> !i.answered()).toList(), items.stream().filter(ExamViews.NavItem::flagged).toList());
    }

    /** The countdown's source of truth. */
    public ExamViews.Status status(CurrentUser user, long attemptId) {
        AttemptRow attempt = attempt(user, attemptId);
        List<AttemptQuestionRow> paper = attempts.findQuestions(attemptId);
        int answered = (int) paper.stream().filter(q -> q.answer() != null).count();
        return new ExamViews.Status(attemptId, attempt.isOpen(), remaining(attempt), answered, paper.size());
    }

    /** The result of a closed attempt: score, pass, sections; practice exams add explanations. */
    public ExamViews.ResultPage result(CurrentUser user, long attemptId) {
        AttemptRow attempt = attempt(user, attemptId);
        if (attempt.isOpen() || attempt.scorePercent() == null) {
            throw new AttemptNotFoundException();
        }
        ExamVersions.Loaded exam = versions.get(attempt.examId(), attempt.examVersion());
        Map<String, BigDecimal> scores = read(attempt.sectionScores());
        // the attempt's language: the result names the exam and its sections as its questions were shown
        String language = languages.of(attemptId);
        List<ExamViews.SectionResult> sections = exam.blueprint().stream()
                .map(s -> new ExamViews.SectionResult(exam.section(s, language),
                        scores.getOrDefault(s.id(), BigDecimal.ZERO)))
                .toList();
        List<ExamViews.PracticeItem> review = new ArrayList<>();
        if (exam.rules().modeValue() == ExamSpec.Mode.PRACTICE) {
            // reviewed in the language the questions were shown in, like the question page; read in one query
            Map<String, ExamSpec.QuestionTranslation> translations = languages.questions(attempt.examId(),
                    attempt.examVersion(), language);
            for (AttemptQuestionRow item : attempts.findQuestions(attemptId)) {
                QuestionRow q = exam.questions().get(item.questionId());
                Optional<ExamSpec.QuestionTranslation> translated =
                        Optional.ofNullable(translations.get(item.questionId()));
                Optional<String> explained = translated.map(ExamSpec.QuestionTranslation::explanation)
                        .filter(e -> !e.isBlank());
                review.add(new ExamViews.PracticeItem(item.position() + 1,
                        markdown.render(translated.map(ExamSpec.QuestionTranslation::stem).orElse(q.stem())),
                        translated.isPresent() ? language : ExamLanguages.SOURCE,
                        Grader.score(q, exam.item(q.questionId()), item.answer(), exam.rules().scoringValue()) == 1,
                        markdown.render(explained.orElse(q.explanation())),
                        explained.isPresent() ? language : ExamLanguages.SOURCE));
            }
        }
        return new ExamViews.ResultPage(attemptId, exam.title(language), attempt.status(), attempt.scorePercent(),
                Boolean.TRUE.equals(attempt.passed()), exam.rules().passMarkPercent(), sections, review);
    }

    private ExamViews.ExamCard card(CurrentUser user, ExamVersionRow rules, java.util.Locale reader) {
        List<AttemptRow> history = attempts.findByUserIdAndExamIdOrderByStartedAtDesc(user.id(), rules.examId());
        Instant now = clock.instant();
        Optional<AttemptRow> open = history.stream().filter(AttemptRow::isOpen).findFirst();
        Optional<Instant> next = open.isPresent() ? Optional.empty() : eligibility.nextAllowed(rules, history, now);
        int inPeriod = (int) history.stream()
                .filter(a -> a.startedAt().isAfter(now.minus(Duration.ofDays(rules.periodDays())))).count();
        ExamVersions.Loaded loaded = versions.get(rules.examId(), rules.version());
        int questions = loaded.blueprint().stream().mapToInt(ExamSpec.Section::draw).sum();
        String pathId = exams.findById(rules.examId()).map(Exam::pathId).orElse("");
        ExamViews.Format format = new ExamViews.Format(questions, rules.timeLimitMinutes(), rules.passMarkPercent(),
                rules.modeValue(), rules.navigationValue());
        ExamViews.Retakes retakes = new ExamViews.Retakes(inPeriod, rules.maxAttempts(), rules.periodDays(),
                rules.cooldownHours(), next.filter(n -> !n.equals(Instant.MAX)).orElse(null),
                next.map(Instant.MAX::equals).orElse(false));
        return new ExamViews.ExamCard(rules.examId(), loaded.title(reader.toLanguageTag()), pathId, format, retakes,
                open.map(AttemptRow::id).orElse(null),
                history.stream().map(a -> new ExamViews.PastAttempt(a.id(), a.startedAt(), a.status(), a.scorePercent(),
                        a.passed())).toList());
    }

    private long remaining(AttemptRow attempt) {
        return attempt.isOpen() ? Math.max(0, Duration.between(clock.instant(), attempt.deadline()).toSeconds()) : 0;
    }

    private Map<String, BigDecimal> read(String text) {
        try {
            return json.readValue(text == null ? "{}" : text, Argument.mapOf(String.class, BigDecimal.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
