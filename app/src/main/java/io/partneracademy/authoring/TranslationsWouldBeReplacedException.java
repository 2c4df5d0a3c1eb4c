package io.partneracademy.authoring;

/**
 * An import from the admin page would replace translations saved in the browser with files that say something else
 * (ADR 0050); nothing was imported and the author is asked which text to keep. {@code changedMeanwhile} when she had
 * answered for a list of conflicts that is no longer the one the import finds.
 */
class TranslationsWouldBeReplacedException extends RuntimeException {

    private final transient ImportConflicts conflicts;
    private final boolean changedMeanwhile;

    TranslationsWouldBeReplacedException(ImportConflicts conflicts, boolean changedMeanwhile) {
        super(conflicts.open().size() + " translation(s) saved in the browser would be replaced by files");
        this.conflicts = conflicts;
        this.changedMeanwhile = changedMeanwhile;
    }

    ImportConflicts conflicts() {
        return conflicts;
    }

    boolean changedMeanwhile() {
        return changedMeanwhile;
    }
}
