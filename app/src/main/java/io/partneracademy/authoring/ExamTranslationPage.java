package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * What the exam question editor shows: one question of an exam in one language beside its source, and the next
 * question of that language still to do.
 */
record ExamTranslationPage(String examId, String examTitle, String sourceLanguage, String language, Source source,
                           TranslationPage.Translation translation, @Nullable Next next)
        implements TranslationForm.Text {

    /** The source question as it is now, in the format of a translation file's entry. */
    record Source(String questionId, String section, String text, String fingerprint) {
    }

    /** The next question in the same language that is missing or outdated. */
    record Next(String questionId, TranslationStates.State state) {
    }

    /** The translation's language named in the reader's language ("German", "Deutsch"). */
    public String languageName(Locale reader) {
        return Locale.forLanguageTag(language).getDisplayName(reader);
    }

    /** The source's language named in the reader's language. */
    public String sourceLanguageName(Locale reader) {
        return Locale.forLanguageTag(sourceLanguage).getDisplayName(reader);
    }
}
