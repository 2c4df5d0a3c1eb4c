package io.partneracademy.authoring;

import io.partneracademy.catalog.BrowserTranslations;
import io.partneracademy.catalog.BrowserTranslations.Saved;
import io.partneracademy.web.Secrets;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every translation saved in the browser that one import's files would replace, in file order: those already
 * answered (kept over the same file text before) and the open ones the author is asked about.
 */
record ImportConflicts(List<TranslationConflict> all) {

    ImportConflicts {
        all = all.stream().sorted(java.util.Comparator.comparing(TranslationConflict::file)
                .thenComparing(TranslationConflict::line)).toList();
    }

    /** The conflicts not answered yet: the author is asked about these. */
    List<TranslationConflict> open() {
        return all.stream().filter(c -> !c.answered()).toList();
    }

    /** A digest of the open conflicts and both texts of each: the confirmation form sends it back. */
    String digest() {
        return Secrets.sha256(open().stream().map(TranslationConflict::fingerprint).collect(Collectors.joining("\n")));
    }

    /** Whether the files replace this browser save under these choices (an answered one never). */
    boolean replaces(TranslationConflict c, ImportChoices choices) {
        return !c.answered() && choices.overwrite().contains(c.key());
    }

    /** The browser saves of one course or exam to keep under these choices. */
    Set<Saved> kept(String ownerId, boolean exam, ImportChoices choices) {
        return all.stream().filter(c -> c.saved().ownerId().equals(ownerId) && isExam(c) == exam)
                .filter(c -> !replaces(c, choices)).map(TranslationConflict::saved)
                .collect(Collectors.toSet());
    }

    private static boolean isExam(TranslationConflict c) {
        return c.kind() == BrowserTranslations.Kind.QUESTION || c.kind() == BrowserTranslations.Kind.EXAM_TITLE;
    }
}
