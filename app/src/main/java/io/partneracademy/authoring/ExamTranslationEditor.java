package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamNotFoundException;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.web.Language;
import jakarta.inject.Singleton;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The translators' editor for exam questions: one question of a published exam in one language, edited as its entry
 * in the bank's translation file ({@code questions/<bank>.<lang>.yaml}, with {@code source:}) and checked by the
 * importer's own {@link QuestionTranslationReader}. A save publishes the exam again with that translation changed
 * (ADR 0042), so learners, the translations page and later attempts read it as they read a translation from files.
 */
@Singleton
class ExamTranslationEditor {

    static final String SOURCE = io.partneracademy.exams.ExamLanguages.SOURCE;

    private final ExamPublisher publisher;

    ExamTranslationEditor(ExamPublisher publisher) {
        this.publisher = publisher;
    }

    /** The exam's titles and every question of the exam with the state of their translation into each language. */
    ExamTranslationStates states(String examId) {
        ExamSpec spec = spec(examId);
        TreeSet<String> tags = new TreeSet<>();
        for (Language l : Language.values()) {
            tags.add(l.tag());
        }
        spec.translations().forEach(t -> tags.add(t.language()));
        spec.titles().forEach(t -> tags.add(t.language()));
        tags.remove(SOURCE);
        List<String> languages = List.copyOf(tags);
        String titleFingerprint = ExamSpec.titleFingerprint(spec.title(), spec.blueprint());
        ExamTranslationStates.Titles titles = new ExamTranslationStates.Titles(titleFingerprint, languages.stream()
                .map(l -> TranslationStates.State.of(spec.titles().stream().filter(t -> t.language().equals(l))
                        .findFirst().map(ExamSpec.TitleTranslation::source), titleFingerprint)).toList());
        List<ExamTranslationStates.Row> rows = spec.questions().stream().map(q -> {
            String fingerprint = QuestionTranslationReader.fingerprint(q);
            return new ExamTranslationStates.Row(q.id(), q.section(), firstLine(q.stem()), fingerprint,
                    languages.stream().map(l -> TranslationStates.State.of(translation(spec, l, q.id())
                            .map(ExamSpec.QuestionTranslation::source), fingerprint)).toList());
        }).toList();
        return new ExamTranslationStates(spec.id(), spec.title(), SOURCE, languages, titles, rows);
    }

    /** One question in this language; a missing translation starts as a copy of the source to translate over. */
    ExamTranslationPage question(String examId, String language, String questionId) {
        ExamSpec spec = spec(examId);
        checkLanguage(language);
        ExamSpec.Question source = questionOf(spec, questionId);
        String fingerprint = QuestionTranslationReader.fingerprint(source);
        Optional<ExamSpec.QuestionTranslation> translation = translation(spec, language, questionId);
        Optional<String> madeFrom = translation.map(ExamSpec.QuestionTranslation::source);
        String sourceText = text(source.id(), fingerprint, source.stem(), source.options(), source.explanation());
        TranslationStates.State state = TranslationStates.State.of(madeFrom, fingerprint);
        List<LineDiff.Change> changes = state != TranslationStates.State.OUTDATED ? List.of()
                : publisher.history(examId, questionId).stream()
                .filter(then -> madeFrom.get().equals(QuestionTranslationReader.fingerprint(then))).findFirst()
                .map(then -> LineDiff.of(text(then.id(), fingerprint, then.stem(), then.options(), then.explanation()),
                        sourceText)).orElse(List.of());
        String shown = translation.map(t -> text(t.questionId(), t.source(), t.stem(), t.options(), t.explanation()))
                .orElse(sourceText);
        return new ExamTranslationPage(spec.id(), spec.title(), SOURCE, language,
                new ExamTranslationPage.Source(source.id(), source.section(), sourceText, fingerprint),
                new TranslationPage.Translation(file(questionId, language), state, madeFrom.orElse(null), shown,
                        changes), next(spec, language, questionId));
    }

    /**
     * Saves one question in this language from the text of its entry in the translation file; with
     * {@code markCurrent} the translation records the current source's fingerprint, whatever its {@code source:} says.
     *
     * @throws TranslationConflictException when {@code version} is not the stored translation's; nothing is saved then
     */
    int save(String examId, String language, String questionId, String text, boolean markCurrent,
             @Nullable String version) {
        checkLanguage(language);
        return publisher.translate(examId, spec -> {
            TranslationConflictException.check(version, translation(spec, language, questionId)
                    .map(t -> text(t.questionId(), t.source(), t.stem(), t.options(), t.explanation())).orElse(null));
            ExamSpec.Question source = questionOf(spec, questionId);
            String fingerprint = QuestionTranslationReader.fingerprint(source);
            String file = file(questionId, language);
            Problems problems = new Problems();
            ExamSpec.QuestionTranslation read = new QuestionTranslationReader(problems).question(file, language,
                    TranslationFileText.of(text, markCurrent, fingerprint), 0, source);
            if (read != null && read.stem().equals(source.stem()) && read.explanation().equals(source.explanation())
                    && read.options().equals(source.options())) {
                problems.add(file, 1, "this is still the source text: translate it before saving");
            }
            if (!problems.isEmpty() || read == null) {
                throw new TranslationTextRejectedException(problems.sorted());
            }
            return read;
        });
    }

    private ExamSpec spec(String examId) {
        return publisher.current(examId).orElseThrow(() -> new ExamNotFoundException(examId));
    }

    /** A language the exam's questions and titles may be translated into: not the banks' own (English). */
    static void checkLanguage(String language) {
        TranslationLanguageRejectedException.check(language, SOURCE);
    }

    private static ExamSpec.Question questionOf(ExamSpec spec, String questionId) {
        return spec.questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new ExamNotFoundException(spec.id() + "/" + questionId));
    }

    private static Optional<ExamSpec.QuestionTranslation> translation(ExamSpec spec, String language,
                                                                      String questionId) {
        return spec.translations().stream()
                .filter(t -> t.language().equals(language) && t.questionId().equals(questionId)).findFirst();
    }


    /** The first question after this one, in the exam's order, whose translation is missing or outdated. */
    @Nullable
    private static ExamTranslationPage.Next next(ExamSpec spec, String language, String after) {
        Map<String, String> madeFrom = spec.translations().stream().filter(t -> t.language().equals(language)
                && t.source() != null).collect(Collectors.toMap(ExamSpec.QuestionTranslation::questionId,
                ExamSpec.QuestionTranslation::source, (a, b) -> a));
        List<ExamSpec.Question> questions = spec.questions();
        int at = 0;
        while (at < questions.size() && !questions.get(at).id().equals(after)) {
            at++;
        }
        for (ExamSpec.Question q : questions.subList(Math.min(at + 1, questions.size()), questions.size())) {
            TranslationStates.State state = TranslationStates.State.of(Optional.ofNullable(madeFrom.get(q.id())),
                    QuestionTranslationReader.fingerprint(q));
            if (state != TranslationStates.State.CURRENT) {
                return new ExamTranslationPage.Next(q.id(), state);
            }
        }
        return null;
    }

    /** How problems name the text: the question's entry in the translation file of that language. */
    static String file(String questionId, String language) {
        return questionId + "." + language + ".yaml";
    }

    /** A question's entry in the format of a translation file, as one YAML map (the file's list item, unindented). */
    static String text(String id, @Nullable String source, String stem, List<ExamSpec.Option> options,
                       String explanation) {
        StringBuilder out = new StringBuilder();
        out.append("id: ").append(scalar(id)).append('\n');
        if (source != null) {
            out.append("source: ").append(source).append('\n');
        }
        out.append("stem: |\n").append(block(stem));
        out.append("options:\n");
        for (ExamSpec.Option o : options) {
            out.append("  - id: ").append(scalar(o.id())).append('\n');
            out.append("    text: ").append(scalar(o.text())).append('\n');
        }
        out.append("explanation: |\n").append(block(explanation));
        return out.toString();
    }

    private static String block(String text) {
        return text.strip().lines().map(l -> l.isEmpty() ? "\n" : "  " + l + "\n").collect(Collectors.joining());
    }

    /** A one-line scalar as YAML writes it: plain where that reads back the same, else quoted. */
    static String scalar(String text) {
        DumperOptions options = new DumperOptions();
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        return new Yaml(options).dump(text).strip();
    }

    private static String firstLine(String stem) {
        String line = stem.strip().lines().findFirst().orElse("");
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }
}
