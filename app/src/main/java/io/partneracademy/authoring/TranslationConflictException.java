package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;

/**
 * A save of a translation (a course's own text, a lesson, an exam question, an exam's titles) that started from
 * another stored translation than the one stored now: another translator saved it in between. Nothing is written;
 * {@link #stored()} is the version now stored, which a second save replaces (as {@link BankQuestionConflictException}
 * for bank questions).
 */
class TranslationConflictException extends RuntimeException {

    private final String stored;

    TranslationConflictException(String stored) {
        super("the translation changed since the editor was opened (now version " + stored + ")");
        this.stored = stored;
    }

    String stored() {
        return stored;
    }

    /** Throws when the edit names a version and it is not the stored one ({@code stored} null: none stored). */
    static void check(@Nullable String startedFrom, @Nullable String storedText) {
        checkVersion(startedFrom, storedText == null ? TranslationPage.Translation.NONE
                : TranslationPage.Translation.version(storedText));
    }

    /**
     * Throws when the edit names a version and it is not {@code stored} (a version as the editor computes it, or
     * {@link TranslationPage.Translation#NONE}); an edit that names none is not checked.
     */
    static void checkVersion(@Nullable String startedFrom, String stored) {
        if (startedFrom != null && !startedFrom.equals(stored)) {
            throw new TranslationConflictException(stored);
        }
    }
}
