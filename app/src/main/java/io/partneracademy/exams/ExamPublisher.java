package io.partneracademy.exams;

import io.micronaut.json.JsonMapper;
import io.partneracademy.catalog.BrowserTranslations;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Publishes validated exams: changed content becomes a new version; attempts keep the version they started on. */
@Singleton
public class ExamPublisher {

    static final String FILE = "FILE";
    static final String BROWSER = "BROWSER";

    private final ExamRepository exams;
    private final ExamVersions versions;
    private final RetiredQuestionRepository retired;
    private final ExamTranslationRepository translations;
    private final JsonMapper json;
    private final Clock clock;
    private final BrowserTranslations browserSaves;

    ExamPublisher(ExamRepository exams, ExamVersions versions, RetiredQuestionRepository retired,
                  ExamTranslationRepository translations, JsonMapper json, Clock clock,
                  BrowserTranslations browserSaves) {
        this.browserSaves = browserSaves;
        this.exams = exams;
        this.translations = translations;
        this.versions = versions;
        this.retired = retired;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Publishes the exam from its files unless its current version, or the version last imported from files, has
     * exactly this content (so unchanged files never undo a question revised in the browser); returns the version
     * in force.
     */
    @Transactional
    public int publish(ExamSpec spec) {
        return publishFiles(spec, java.util.function.UnaryOperator.identity());
    }

    /**
     * Whether importing these files would publish a new version: they differ from the current version and from the
     * files last imported for the exam. An exam not published yet is always new.
     */
    @Transactional
    public boolean filesChange(ExamSpec files) {
        String hash = Secrets.sha256(canonical(files));
        Optional<Exam> existing = exams.findById(files.id());
        return existing.isEmpty() || !(exams.findLastFileHash(files.id()).map(hash::equals).orElse(false)
                || exams.findVersion(files.id(), existing.get().currentVersion())
                        .map(v -> v.contentHash().equals(hash)).orElse(false));
    }

    /**
     * Publishes an exam read from files when {@link #filesChange} says so, as {@code keep} makes it of them (the files
     * with the translations saved in the browser that the import keeps, ADR 0050); the version remembers the files'
     * own hash, so the same files imported again are recognised as unchanged. Returns the version in force.
     */
    @Transactional
    public int publishFiles(ExamSpec files, java.util.function.UnaryOperator<ExamSpec> keep) {
        Optional<Exam> existing = exams.findById(files.id());
        if (!filesChange(files)) {
            return existing.orElseThrow().currentVersion();
        }
        String filesHash = Secrets.sha256(canonical(files));
        ExamSpec spec = keep.apply(files);
        String hash = Secrets.sha256(canonical(spec));
        int before = existing.map(Exam::currentVersion).orElse(0);
        int version = publish(spec, hash, existing, FILE);
        if (version != before && !hash.equals(filesHash)) {
            exams.updateFilesHash(spec.id(), version, filesHash);
        }
        return version;
    }

    /**
     * Publishes the current version with one question revised as a new version: attempts of earlier versions keep
     * the question as they saw it, statistics of the new version start fresh, and a retired question becomes
     * drawable again in its revised form. Returns the version in force.
     */
    @Transactional
    public int revise(String examId, ExamSpec.Question revised) {
        Exam exam = exams.findById(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        ExamVersions.Loaded current = versions.get(examId, exam.currentVersion());
        if (!current.questions().containsKey(revised.id())) {
            throw new ExamNotFoundException(examId + "/" + revised.id());
        }
        ExamVersionRow r = current.rules();
        List<ExamSpec.Question> questions = current.questions().values().stream()
                .map(q -> q.questionId().equals(revised.id())
                        // a revision changes texts and choice keys; a question's scenario and item parts stay
                        ? new ExamSpec.Question(revised.id(), revised.section(), revised.difficulty(), revised.type(),
                                revised.stem(), revised.options(), revised.correct(), revised.explanation(),
                                current.item(revised.id()))
                        : question(q, current))
                .toList();
        ExamSpec spec = new ExamSpec(examId, exam.pathId(), r.title(), r.timeLimitMinutes(), r.passMarkPercent(),
                r.modeValue(), r.navigationValue(), r.scoringValue(),
                new ExamSpec.Retake(r.maxAttempts(), r.periodDays(), r.cooldownHours()), r.opensAt(), r.closesAt(),
                current.blueprint(), questions).withTranslations(translations(examId, exam.currentVersion()))
                .withTitles(List.copyOf(current.titles().values()));
        int version = publish(spec, Secrets.sha256(canonical(spec)), Optional.of(exam), BROWSER);
        retired.delete(examId, revised.id());
        return version;
    }

    /** The exam as its current version has it, translations included; empty for an unknown exam. */
    @Transactional
    public Optional<ExamSpec> current(String examId) {
        return exams.findById(examId).map(exam -> spec(exam, versions.get(examId, exam.currentVersion()),
                translations(examId, exam.currentVersion())));
    }

    /** The question as each version of the exam had it, newest first (versions without it left out). */
    @Transactional
    public List<ExamSpec.Question> history(String examId, String questionId) {
        return exams.findVersions(examId).stream().map(v -> versions.get(examId, v.version()))
                .filter(l -> l.questions().containsKey(questionId))
                .map(l -> question(l.questions().get(questionId), l)).toList();
    }

    /**
     * Publishes the current version with one question translation added or replaced, as a new version from the
     * browser (as {@link #revise} does for a source question); the exam's row is locked meanwhile, so two
     * translators saving at once both keep their work. {@code check} sees the current exam first and may refuse.
     */
    @Transactional
    public int translate(String examId, java.util.function.Function<ExamSpec, ExamSpec.QuestionTranslation> check) {
        exams.lockCurrentVersion(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        Exam exam = exams.findById(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        ExamVersions.Loaded current = versions.get(examId, exam.currentVersion());
        ExamSpec spec = spec(exam, current, translations(examId, exam.currentVersion()));
        ExamSpec.QuestionTranslation changed = check.apply(spec);
        List<ExamSpec.QuestionTranslation> all = new java.util.ArrayList<>(spec.translations());
        boolean same = all.contains(changed);
        all.removeIf(t -> t.questionId().equals(changed.questionId()) && t.language().equals(changed.language()));
        all.add(changed);
        all.sort(java.util.Comparator.comparing(ExamSpec.QuestionTranslation::language)
                .thenComparing(ExamSpec.QuestionTranslation::questionId));
        ExamSpec translated = spec.withTranslations(all);
        int version = publish(translated, Secrets.sha256(canonical(translated)), Optional.of(exam), BROWSER);
        if (!same) {
            browserSaves.saved(BrowserTranslations.Kind.QUESTION, examId, changed.questionId(), changed.language(),
                    changed.textHash(), null);
        }
        return version;
    }

    /**
     * Publishes the current version with the translation of its title and section titles into one language added or
     * replaced, as a new version from the browser (as {@link #translate} does for a question); the exam's row is
     * locked meanwhile. {@code check} sees the current exam first and may refuse (nothing is written then).
     */
    @Transactional
    public int translateTitle(String examId, java.util.function.Function<ExamSpec, ExamSpec.TitleTranslation> check) {
        exams.lockCurrentVersion(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        Exam exam = exams.findById(examId).orElseThrow(() -> new ExamNotFoundException(examId));
        ExamVersions.Loaded current = versions.get(examId, exam.currentVersion());
        ExamSpec spec = spec(exam, current, translations(examId, exam.currentVersion()));
        ExamSpec.TitleTranslation changed = check.apply(spec);
        List<ExamSpec.TitleTranslation> all = new java.util.ArrayList<>(spec.titles());
        boolean same = all.contains(changed);
        all.removeIf(t -> t.language().equals(changed.language()));
        all.add(changed);
        all.sort(java.util.Comparator.comparing(ExamSpec.TitleTranslation::language));
        ExamSpec translated = spec.withTitles(all);
        int version = publish(translated, Secrets.sha256(canonical(translated)), Optional.of(exam), BROWSER);
        if (!same) {
            browserSaves.saved(BrowserTranslations.Kind.EXAM_TITLE, examId, "", changed.language(),
                    changed.textHash(), null);
        }
        return version;
    }

    /**
     * The exam's title and blueprint as the newest version whose title and section titles have this fingerprint
     * ({@link ExamSpec#titleFingerprint}) had them, for showing a translator what changed since; empty when no
     * published version had them.
     */
    @Transactional
    public Optional<ExamSpec> titledAt(String examId, String fingerprint) {
        Optional<Exam> exam = exams.findById(examId);
        if (exam.isEmpty()) {
            return Optional.empty();
        }
        return exams.findVersions(examId).stream().map(v -> versions.get(examId, v.version()))
                .filter(l -> ExamSpec.titleFingerprint(l.rules().title(), l.blueprint()).equals(fingerprint))
                .findFirst().map(l -> spec(exam.get(), l, List.of()));
    }

    private static ExamSpec spec(Exam exam, ExamVersions.Loaded loaded, List<ExamSpec.QuestionTranslation> translated) {
        ExamVersionRow r = loaded.rules();
        return new ExamSpec(exam.id(), exam.pathId(), r.title(), r.timeLimitMinutes(), r.passMarkPercent(),
                r.modeValue(), r.navigationValue(), r.scoringValue(),
                new ExamSpec.Retake(r.maxAttempts(), r.periodDays(), r.cooldownHours()), r.opensAt(), r.closesAt(),
                loaded.blueprint(), loaded.questions().values().stream().map(q -> question(q, loaded)).toList())
                .withTranslations(translated).withTitles(List.copyOf(loaded.titles().values()));
    }

    /** A revision in the browser changes the source question only; its translations carry over as they were. */
    private List<ExamSpec.QuestionTranslation> translations(String examId, int version) {
        return translations.findAll(examId, version).stream()
                .map(t -> new ExamSpec.QuestionTranslation(t.questionId(), t.language(), t.stem(),
                        readOptions(t.optionsJson()), t.explanation(), t.source()))
                .toList();
    }

    private List<ExamSpec.Option> readOptions(String text) {
        try {
            return json.readValue(text, io.micronaut.core.type.Argument.listOf(ExamSpec.Option.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ExamSpec.Question question(QuestionRow q, ExamVersions.Loaded loaded) {
        return new ExamSpec.Question(q.questionId(), q.section(), ExamSpec.Difficulty.valueOf(q.difficulty()),
                q.typeValue(), q.stem(), loaded.options().get(q.questionId()), q.correct(), q.explanation(),
                loaded.item(q.questionId()));
    }

    private int publish(ExamSpec spec, String hash, Optional<Exam> existing, String source) {
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
                    q.stem(), write(q.options()), String.join(",", new TreeSet<>(q.correct())), q.explanation(),
                    q.item().isNone() ? null : write(q.item()));
        }
        for (ExamSpec.QuestionTranslation t : spec.translations()) {
            translations.insert(spec.id(), version, t.questionId(), t.language(), t.stem(), write(t.options()),
                    t.explanation(), t.source());
        }
        for (ExamSpec.TitleTranslation t : spec.titles()) {
            translations.insertTitle(spec.id(), version, t.language(), t.title(),
                    write(new java.util.TreeMap<>(t.sections())), t.source());
        }
        exams.updateSource(spec.id(), version, source);
        exams.update(new Exam(spec.id(), spec.pathId(), version,
                existing.map(Exam::createdAt).orElse(now), now));
        return version;
    }

    private String canonical(ExamSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append(write(new Object[] {spec.id(), spec.pathId(), spec.title(), spec.timeLimitMinutes(),
                spec.passMarkPercent(), spec.mode(), spec.navigation(), spec.scoring(), spec.retake(),
                String.valueOf(spec.opens()), String.valueOf(spec.closes()),
                // Map.copyOf iterates in a per-JVM order: sort the difficulty mix, or every restart republishes.
                spec.blueprint().stream().map(b -> new Object[] {b.id(), b.title(), b.draw(),
                        new java.util.TreeMap<>(b.mix())}).toList()}));
        spec.questions().stream().sorted(java.util.Comparator.comparing(ExamSpec.Question::id)).forEach(q ->
                out.append(write(q.item().isNone()
                        ? new Object[] {q.id(), q.section(), q.difficulty(), q.type(), q.stem(), q.options(),
                                new TreeSet<>(q.correct()), q.explanation()}
                        // only questions with item parts add them, so existing exams keep their hash
                        : new Object[] {q.id(), q.section(), q.difficulty(), q.type(), q.stem(), q.options(),
                                new TreeSet<>(q.correct()), q.explanation(), write(q.item().order()),
                                write(q.item().targets()), new java.util.TreeMap<>(q.item().pairs()),
                                write(q.item().accepted()), q.item().caseSensitive(),
                                String.valueOf(q.item().scenarioId()), String.valueOf(q.item().scenarioStem()),
                                q.item().scenarioIndex()})));
        spec.translations().stream().sorted(java.util.Comparator.comparing(ExamSpec.QuestionTranslation::questionId)
                .thenComparing(ExamSpec.QuestionTranslation::language)).forEach(t ->
                out.append(write(new Object[] {"translation", t.questionId(), t.language(), t.stem(), t.options(),
                        t.explanation(), String.valueOf(t.source())})));
        // only exams with title translations add them, so the others keep their hash
        spec.titles().stream().sorted(java.util.Comparator.comparing(ExamSpec.TitleTranslation::language)).forEach(t ->
                out.append(write(new Object[] {"title", t.language(), t.title(), new java.util.TreeMap<>(t.sections()),
                        t.source()})));
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
