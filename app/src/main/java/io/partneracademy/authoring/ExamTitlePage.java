package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * What the exam title editor shows: the exam's title and each blueprint section's title in English beside their
 * stored translation into one language (null where there is none), the translation's state and the version an edit
 * starts from.
 *
 * @param fingerprint the fingerprint of the source titles as they are now, which a save records
 */
record ExamTitlePage(String examId, String sourceTitle, String sourceLanguage, String language, String fingerprint,
                     @Nullable String title, List<Section> sections, TranslationPage.Translation translation,
                     String version) {

    /** A blueprint section: its id, English title and stored translation (null: shown in English). */
    record Section(String id, String sourceTitle, @Nullable String title) {
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
