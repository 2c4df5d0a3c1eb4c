package io.partneracademy.authoring;

import io.partneracademy.web.InvalidInputException;

/** A translation into a language tag that is not valid BCP 47, names no known language, or is the source's own. */
class TranslationLanguageRejectedException extends InvalidInputException {

    TranslationLanguageRejectedException(String messageKey, String tag) {
        super(messageKey, tag);
    }

    /**
     * Throws unless the editors may translate into {@code tag}: {@link TranslationLanguage}'s rule, as for files, for
     * the course, lesson, exam question and exam title editors.
     */
    static void check(String tag, String sourceLanguage) {
        TranslationLanguage.refusal(tag, sourceLanguage).ifPresent(refusal -> {
            throw new TranslationLanguageRejectedException(refusal == TranslationLanguage.Refusal.SOURCE_LANGUAGE
                    ? "translations.editor.language-source" : "translations.editor.language-invalid", tag);
        });
    }
}
