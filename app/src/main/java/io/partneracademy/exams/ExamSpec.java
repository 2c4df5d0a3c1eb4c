package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An exam as authored in exams/: its rules, blueprint and question bank. */
public record ExamSpec(String id, String pathId, String title, int timeLimitMinutes, int passMarkPercent, Mode mode,
                       Navigation navigation, Scoring scoring, Retake retake, @Nullable Instant opens,
                       @Nullable Instant closes, List<Section> blueprint, List<Question> questions,
                       List<QuestionTranslation> translations, List<TitleTranslation> titles) {

    public ExamSpec {
        blueprint = List.copyOf(blueprint);
        questions = List.copyOf(questions);
        translations = List.copyOf(translations);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    /** An exam whose title and section titles are not translated. */
    public ExamSpec(String id, String pathId, String title, int timeLimitMinutes, int passMarkPercent, Mode mode,
                    Navigation navigation, Scoring scoring, Retake retake, @Nullable Instant opens,
                    @Nullable Instant closes, List<Section> blueprint, List<Question> questions,
                    List<QuestionTranslation> translations) {
        this(id, pathId, title, timeLimitMinutes, passMarkPercent, mode, navigation, scoring, retake, opens, closes,
                blueprint, questions, translations, List.of());
    }

    /** An exam without translated questions. */
    public ExamSpec(String id, String pathId, String title, int timeLimitMinutes, int passMarkPercent, Mode mode,
                    Navigation navigation, Scoring scoring, Retake retake, @Nullable Instant opens,
                    @Nullable Instant closes, List<Section> blueprint, List<Question> questions) {
        this(id, pathId, title, timeLimitMinutes, passMarkPercent, mode, navigation, scoring, retake, opens, closes,
                blueprint, questions, List.of(), List.of());
    }

    /** The same exam with these question translations (its title translations stay). */
    public ExamSpec withTranslations(List<QuestionTranslation> newTranslations) {
        return new ExamSpec(id, pathId, title, timeLimitMinutes, passMarkPercent, mode, navigation, scoring, retake,
                opens, closes, blueprint, questions, newTranslations, titles);
    }

    /** The same exam with these translations of its title and section titles. */
    public ExamSpec withTitles(List<TitleTranslation> newTitles) {
        return new ExamSpec(id, pathId, title, timeLimitMinutes, passMarkPercent, mode, navigation, scoring, retake,
                opens, closes, blueprint, questions, translations, newTitles);
    }

    /**
     * The exam's title and its blueprint sections' titles in another language ({@code exams/<id>/exam.<lang>.yaml}),
     * sections by id (a section left out keeps the source title). {@code source} is the fingerprint of the source
     * texts it was made from ({@link #titleFingerprint}); when they change, the translation is outdated.
     */
    public record TitleTranslation(String language, String title, Map<String, String> sections, String source) {

        public TitleTranslation {
            sections = Map.copyOf(sections);
        }

        /** The hash a browser save of this text records (ADR 0050): title, sections by id, source. */
        public String textHash() {
            return io.partneracademy.catalog.BrowserTranslations.hash(title,
                    new java.util.TreeMap<>(sections).toString(), source);
        }
    }

    /**
     * The fingerprint a title translation records: the exam's title and every section's id and title, in blueprint
     * order. Timing, draws and the pass mark are not text a translator translates.
     */
    public static String titleFingerprint(String title, List<Section> blueprint) {
        StringBuilder sections = new StringBuilder();
        blueprint.forEach(s -> sections.append(s.id()).append('\t').append(s.title()).append('\n'));
        return io.partneracademy.catalog.SourceFingerprint.ofParts(title, sections.toString());
    }

    /**
     * A question in another language: stem, option texts (the source's option ids, in the source's order) and
     * explanation; section, difficulty, type and the correct ids stay the source's. {@code source} is the fingerprint
     * of the source question it was made from; when the source changes, the translation is outdated.
     */
    public record QuestionTranslation(String questionId, String language, String stem, List<Option> options,
                                      String explanation, @Nullable String source) {

        public QuestionTranslation {
            options = List.copyOf(options);
        }

        /** The hash a browser save of this text records (ADR 0050): stem, options in order, explanation, source. */
        public String textHash() {
            StringBuilder parts = new StringBuilder();
            options.forEach(o -> parts.append(o.id().length()).append(':').append(o.id()).append('=')
                    .append(o.text().length()).append(':').append(o.text()).append('|'));
            return io.partneracademy.catalog.BrowserTranslations.hash(stem, parts.toString(), explanation,
                    String.valueOf(source));
        }

        /** A translation that does not say which source it was made from (read from an attempt, for instance). */
        public QuestionTranslation(String questionId, String language, String stem, List<Option> options,
                                   String explanation) {
            this(questionId, language, stem, options, explanation, null);
        }
    }

    /** Certification exams never reveal answers; practice exams show explanations after submit. */
    public enum Mode { CERTIFICATION, PRACTICE }

    /** Free: any order, back and forth. Sequential: one question after the other, no way back. */
    public enum Navigation { FREE, SEQUENTIAL }

    /** How multiple-response questions score. */
    public enum Scoring { ALL_OR_NOTHING, PARTIAL }

    /** Question difficulty as authored. */
    public enum Difficulty { EASY, MEDIUM, HARD }

    /**
     * Question types: choice types (single, multiple, true-false) answer with option ids; ordering, matching and
     * short text carry their key in an {@link Item}.
     */
    public enum Type {
        SINGLE, MULTIPLE, TRUE_FALSE, ORDERING, MATCHING, SHORT_TEXT;

        /** Whether answers are option ids (a set); the other types have their own answer format. */
        public boolean choice() {
            return this == SINGLE || this == MULTIPLE || this == TRUE_FALSE;
        }
    }

    /** How often an exam may be attempted. */
    @Serdeable
    public record Retake(int maxAttempts, int periodDays, int cooldownHours) {
    }

    /** A blueprint section: draws {@code draw} questions from its pool, optionally by difficulty. */
    @Serdeable
    public record Section(String id, String title, int draw, Map<Difficulty, Integer> mix) {

        public Section {
            mix = mix == null ? Map.of() : Map.copyOf(mix);
        }
    }

    /**
     * A question and its options; {@code correct} holds option ids (empty for ordering, matching and short text,
     * whose key is in {@code item}).
     */
    public record Question(String id, String section, Difficulty difficulty, Type type, String stem,
                           List<Option> options, Set<String> correct, String explanation, Item item) {

        public Question {
            options = List.copyOf(options);
            correct = Set.copyOf(correct);
            item = item == null ? Item.NONE : item;
        }

        /** A choice question outside any scenario. */
        public Question(String id, String section, Difficulty difficulty, Type type, String stem,
                        List<Option> options, Set<String> correct, String explanation) {
            this(id, section, difficulty, type, stem, options, correct, explanation, Item.NONE);
        }
    }

    /**
     * What the newer item types add to a question, stored as JSON beside it and never sent to a browser whole:
     * the right order of an ordering question's options; a matching question's targets and its pairs (option id to
     * target id); a short-text question's accepted answers and case rule; and the scenario (case study) a question
     * belongs to, with the scenario's shared stem and the question's place in it.
     */
    @Serdeable
    public record Item(List<String> order, List<Option> targets, Map<String, String> pairs,
                       List<Accepted> accepted, boolean caseSensitive, @Nullable String scenarioId,
                       @Nullable String scenarioStem, int scenarioIndex) {

        /** Nothing added: a choice question outside any scenario. */
        public static final Item NONE = new Item(List.of(), List.of(), Map.of(), List.of(), false, null, null, 0);

        public Item {
            order = order == null ? List.of() : List.copyOf(order);
            targets = targets == null ? List.of() : List.copyOf(targets);
            pairs = pairs == null ? Map.of() : Map.copyOf(pairs);
            accepted = accepted == null ? List.of() : List.copyOf(accepted);
        }

        /** Whether this adds nothing to a choice question (stored as NULL). */
        public boolean isNone() {
            return equals(NONE);
        }

        /** The same parts in a scenario. */
        public Item inScenario(String id, String stem, int index) {
            return new Item(order, targets, pairs, accepted, caseSensitive, id, stem, index);
        }
    }

    /**
     * An accepted short-text answer: literal text, a regular expression (RE2 syntax) the whole answer matches, or a
     * number (then {@code tolerance} is set): any answer within {@code text ± tolerance} is right (Moodle's
     * numerical question).
     */
    @Serdeable
    public record Accepted(String text, boolean regex, @Nullable java.math.BigDecimal tolerance) {

        /** Literal text or a regular expression. */
        public Accepted(String text, boolean regex) {
            this(text, regex, null);
        }

        /** Whether this is a number with a tolerance. */
        public boolean numeric() {
            return tolerance != null;
        }
    }

    /** An answer option with a stable id. */
    @Serdeable
    public record Option(String id, String text) {
    }
}
