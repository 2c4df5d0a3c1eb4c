package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.BrowserTranslations;

import java.time.Instant;
import java.util.List;

/**
 * A translation saved in the browser that an import would replace with a file that says something else (ADR 0050):
 * what it translates, in which language, who saved it and when, both texts as files have them and the lines that
 * differ. {@code fileText} is null when the files have no such translation at all.
 *
 * @param owner     the course's or exam's title, for people
 * @param item      the lesson's or question's id, "" for a course's text and an exam's titles
 * @param file      the file the import reads it from, inside content/ or exams/ ({@code exams/…})
 * @param line      the line of that file where the translation starts
 * @param fileHash  the hash of the file's text as a browser save records it, {@link #NO_FILE} when there is none
 */
record TranslationConflict(BrowserTranslations.Saved saved, String owner, String item, String file, int line,
                           String browserText, @Nullable String fileText, String fileHash) {

    /** The file hash of a translation the files do not have. */
    static final String NO_FILE = "none";

    /**
     * Whether an import already kept the browser text over exactly this file text (the author's answer, or start-up):
     * then the browser text stays without asking again, until the file changes.
     */
    boolean answered() {
        return fileHash.equals(saved.keptFileHash());
    }

    /** The stable name of the translation, e.g. {@code LESSON:intro:welcome:de}, as the confirmation form sends it. */
    public String key() {
        return saved.kind() + ":" + saved.ownerId() + ":" + saved.itemId() + ":" + saved.language();
    }

    public BrowserTranslations.Kind kind() {
        return saved.kind();
    }

    public String language() {
        return saved.language();
    }

    @Nullable
    public String savedBy() {
        return saved.savedByName();
    }

    public Instant savedAt() {
        return saved.savedAt();
    }

    /** The lines the file would change: removed lines are the browser text's, added ones the file's. */
    public List<LineDiff.Change> changes() {
        return LineDiff.of(browserText, fileText == null ? "" : fileText);
    }

    /** What the confirmation checks it is still the same conflict: the key and both texts. */
    String fingerprint() {
        return key() + "\u0000" + saved.textHash() + "\u0000" + (fileText == null ? "-" : fileText);
    }
}
