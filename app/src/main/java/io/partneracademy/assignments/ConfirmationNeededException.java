package io.partneracademy.assignments;

/** A new rule would assign more people at once than the confirmation threshold; nothing was saved. */
class ConfirmationNeededException extends RuntimeException {

    private final int count;

    ConfirmationNeededException(int count) {
        super("rule would assign " + count + " people at once");
        this.count = count;
    }

    int count() {
        return count;
    }
}
