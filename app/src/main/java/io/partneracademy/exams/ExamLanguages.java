package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages an exam can be taken in (its source language, English, plus those its questions are translated
 * into), the language an attempt was started in, and the question texts in it. The language changes only texts:
 * question and option ids, and so grading and item statistics, are the same in every language.
 */
@Singleton
public class ExamLanguages {

    /** Question banks are written in English; translations sit beside them. */
    public static final String SOURCE = "en";

    private final ExamTranslationRepository translations;
    private final ExamRepository exams;
    private final JsonMapper json;

    ExamLanguages(ExamTranslationRepository translations, ExamRepository exams, JsonMapper json) {
        this.translations = translations;
        this.exams = exams;
        this.json = json;
    }

    /** The source first, then every language a question of the exam's current version is translated into. */
    public List<String> available(String examId) {
        List<String> languages = new ArrayList<>(List.of(SOURCE));
        exams.findById(examId).ifPresent(e -> languages.addAll(translations.findLanguages(examId, e.currentVersion())));
        return languages;
    }

    /** A language on the exam's start form, named in itself ("日本語", "Deutsch"). */
    public record Choice(String tag, String name) {
    }

    /** {@link #available} as choices for the start form. */
    public List<Choice> choices(String examId) {
        return available(examId).stream().map(tag -> {
            Locale locale = Locale.forLanguageTag(tag);
            return new Choice(tag, locale.getDisplayLanguage(locale));
        }).toList();
    }

    /** The language to offer first: the reader's, when the exam has it, else the source. */
    public String preferred(String examId, Locale reader) {
        return available(examId).contains(reader.getLanguage()) ? reader.getLanguage() : SOURCE;
    }

    /** Pins a just-started attempt to a language the exam has; the source or an unknown language pins nothing. */
    void pin(long attemptId, String examId, @Nullable String language) {
        if (language != null && !SOURCE.equals(language) && available(examId).contains(language)) {
            translations.pin(attemptId, language);
        }
    }

    /** The language an attempt is pinned to; the source when none. */
    String of(long attemptId) {
        return translations.findAttemptLanguage(attemptId).orElse(SOURCE);
    }

    /** The question's stem, option texts and explanation in the language, if translated. */
    Optional<ExamSpec.QuestionTranslation> question(String examId, int version, String questionId, String language) {
        if (SOURCE.equals(language)) {
            return Optional.empty();
        }
        return translations.find(examId, version, questionId, language).map(this::translation);
    }

    /** Every question translated into the language, by question id, read at once (none for the source). */
    java.util.Map<String, ExamSpec.QuestionTranslation> questions(String examId, int version, String language) {
        java.util.Map<String, ExamSpec.QuestionTranslation> byQuestion = new java.util.HashMap<>();
        if (!SOURCE.equals(language)) {
            translations.findAll(examId, version).stream().filter(row -> row.language().equals(language))
                    .forEach(row -> byQuestion.put(row.questionId(), translation(row)));
        }
        return byQuestion;
    }

    private ExamSpec.QuestionTranslation translation(ExamTranslationRepository.Row row) {
        try {
            return new ExamSpec.QuestionTranslation(row.questionId(), row.language(), row.stem(),
                    json.readValue(row.optionsJson(), Argument.listOf(ExamSpec.Option.class)), row.explanation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
