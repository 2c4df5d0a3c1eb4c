package io.partneracademy.authoring;

import io.partneracademy.web.InvalidInputException;

import java.util.Locale;
import java.util.Set;

/** A translation into a language tag that is not valid BCP 47, names no known language, or is the source's own. */
class TranslationLanguageRejectedException extends InvalidInputException {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    TranslationLanguageRejectedException(String messageKey, String tag) {
        super(messageKey, tag);
    }

    /**
     * Throws unless the editors may translate into {@code tag}: valid BCP 47, a known language, not the source's own
     * ({@code sourceLanguage}). The one rule of the course, lesson, exam question and exam title editors.
     */
    static void check(String tag, String sourceLanguage) {
        if (TranslationReader.languageProblem(tag, sourceLanguage).isPresent()) {
            throw new TranslationLanguageRejectedException(tag.equalsIgnoreCase(sourceLanguage)
                    ? "translations.editor.language-source" : "translations.editor.language-invalid", tag);
        }
        if (!ISO_LANGUAGES.contains(Locale.forLanguageTag(tag).getLanguage())) {
            throw new TranslationLanguageRejectedException("translations.editor.language-invalid", tag);
        }
    }
}
