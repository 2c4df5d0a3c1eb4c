package io.partneracademy.authoring;

/**
 * A save of a translation (a course's own text, a lesson, an exam question) that started from another stored
 * translation than the one stored now: another translator saved it in between. Nothing is written; {@link #stored()}
 * is the version now stored, which a second save replaces (as {@link BankQuestionConflictException} for bank
 * questions).
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
    static void check(@io.micronaut.core.annotation.Nullable String startedFrom,
                      @io.micronaut.core.annotation.Nullable String storedText) {
        String stored = storedText == null ? TranslationPage.Translation.NONE
                : TranslationPage.Translation.version(storedText);
        if (startedFrom != null && !startedFrom.equals(stored)) {
            throw new TranslationConflictException(stored);
        }
    }
}
