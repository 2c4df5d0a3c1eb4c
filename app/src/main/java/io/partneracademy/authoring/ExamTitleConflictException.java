package io.partneracademy.authoring;

/**
 * A save of an exam's title translation started from another stored translation than the one stored now: another
 * author saved it in between. Nothing is written; {@link #stored()} is the version now stored, which a second save
 * replaces (as {@link BankQuestionConflictException} for bank questions).
 */
class ExamTitleConflictException extends RuntimeException {

    private final String stored;

    ExamTitleConflictException(String stored) {
        super("the title translation changed since the form was opened (now version " + stored + ")");
        this.stored = stored;
    }

    String stored() {
        return stored;
    }
}
