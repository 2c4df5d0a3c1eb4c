package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Set;

/**
 * What an import does with translations saved in the browser that its files would replace (ADR 0050). An import
 * nobody watches keeps every one of them; an author importing from the admin page is asked first and then answers
 * for the conflicts she saw ({@code seen}, their digest), naming those whose file text should replace the browser's.
 */
record ImportChoices(boolean unattended, @Nullable String seen, Set<String> overwrite) {

    ImportChoices {
        overwrite = Set.copyOf(overwrite);
    }

    /** Start-up, the command line, tests: keep every browser save and report it. */
    static ImportChoices keepAll() {
        return new ImportChoices(true, null, Set.of());
    }

    /** An author on the admin page: asked when there are conflicts, or answering the ones she saw. */
    static ImportChoices author(@Nullable String seen, @Nullable Collection<String> overwrite) {
        return new ImportChoices(false, seen == null || seen.isBlank() ? null : seen,
                overwrite == null ? Set.of() : Set.copyOf(overwrite));
    }

    /** Whether the author must be asked about these conflicts before anything is imported. */
    boolean mustAsk(ImportConflicts found) {
        return !unattended && !found.open().isEmpty() && !found.digest().equals(seen);
    }

    /** Whether the author answered a list of conflicts that is no longer the one the import finds. */
    boolean answeredOther(ImportConflicts found) {
        return !unattended && seen != null && !found.digest().equals(seen);
    }
}
