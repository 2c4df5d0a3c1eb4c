package io.partneracademy.authoring;

/**
 * An edit of a browser-bank question started from a version that is no longer stored: another author saved the
 * question in between. Nothing is written; {@link #stored()} is the version now stored, which a second save replaces.
 */
class BankQuestionConflictException extends RuntimeException {

    private final String stored;

    BankQuestionConflictException(String stored) {
        super("the question changed since the form was opened (now version " + stored + ")");
        this.stored = stored;
    }

    String stored() {
        return stored;
    }
}
