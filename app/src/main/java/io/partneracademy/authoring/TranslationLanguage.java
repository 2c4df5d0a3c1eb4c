package io.partneracademy.authoring;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for the language a translation is in, named by a file ({@code welcome.de.md}, {@code bank.ja.yaml},
 * {@code exam.fr.yaml}, {@code paths/basics.de.yaml}) or chosen in a browser editor: a valid BCP 47 tag of a known
 * (ISO 639) language, and not the source's own.
 */
final class TranslationLanguage {

    /** Why a tag cannot be a translation's language. */
    enum Refusal { NOT_A_TAG, UNKNOWN_LANGUAGE, SOURCE_LANGUAGE }

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private TranslationLanguage() {
    }

    /** Why {@code tag} cannot be the language of a translation of a source in {@code sourceLanguage}, if it cannot. */
    static Optional<Refusal> refusal(String tag, String sourceLanguage) {
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            return Optional.of(Refusal.NOT_A_TAG);
        }
        if (tag.equalsIgnoreCase(sourceLanguage)) {
            return Optional.of(Refusal.SOURCE_LANGUAGE);
        }
        if (!ISO_LANGUAGES.contains(Locale.forLanguageTag(tag).getLanguage())) {
            return Optional.of(Refusal.UNKNOWN_LANGUAGE);
        }
        return Optional.empty();
    }

    /**
     * The problem a file reader reports for a refused tag; {@code whose} says whose language the source's is ("the
     * course's own language", "the source's own language (exams are written in English)").
     */
    static Optional<String> problem(String tag, String sourceLanguage, String whose) {
        return refusal(tag, sourceLanguage).map(refusal -> switch (refusal) {
            case NOT_A_TAG -> "'" + tag + "' is not a valid BCP 47 language tag";
            case UNKNOWN_LANGUAGE -> "'" + tag + "' names no known language (an ISO 639 code such as de, fr, ja or "
                    + "pt-BR)";
            case SOURCE_LANGUAGE -> "'" + tag + "' is " + whose + "; a translation needs another one";
        });
    }
}
