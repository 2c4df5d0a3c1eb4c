package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Remembers which translations were saved in the browser and not yet written to files (ADR 0050), so that an import
 * can tell a file that is behind the browser from one an author changed. Joins the caller's transaction.
 */
@Singleton
public class BrowserTranslations {

    /** What was translated: a course's own text, a lesson, an exam question, or an exam's titles. */
    public enum Kind { COURSE, LESSON, QUESTION, EXAM_TITLE }

    /**
     * One translation saved in the browser: {@code ownerId} is the course or exam, {@code itemId} the lesson or
     * question ("" for a course's text and an exam's titles); {@code savedByName} is null once the account is gone;
     * {@code keptAt}, {@code keptFile} and {@code keptFileHash} say when an import last kept it over that file, whose
     * text had that hash.
     */
    public record Saved(Kind kind, String ownerId, String itemId, String language, String textHash,
                        @Nullable String savedByName, Instant savedAt, @Nullable Instant keptAt,
                        @Nullable String keptFile, @Nullable String keptFileHash) {
    }

    private final BrowserTranslationRepository rows;
    private final Clock clock;

    BrowserTranslations(BrowserTranslationRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Records a translation saved in the browser now, by {@code savedBy} or, when null, by the person signed in to
     * the request being served (if any).
     */
    public void saved(Kind kind, String ownerId, String itemId, String language, String textHash,
                      @Nullable Long savedBy) {
        rows.upsert(kind.name(), ownerId, itemId, language, textHash, savedBy != null ? savedBy : signedIn(),
                clock.instant());
    }

    /** The browser-saved translations of one course or exam, of these kinds. */
    public List<Saved> of(String ownerId, Kind... kinds) {
        return rows.findByOwner(Arrays.stream(kinds).map(Kind::name).toList(), ownerId).stream()
                .map(BrowserTranslations::saved).toList();
    }

    /** Every browser-saved translation an import kept over a file that differs. */
    public List<Saved> keptOverFiles() {
        return rows.findKept().stream().map(BrowserTranslations::saved).toList();
    }

    /** The files hold this translation now (or replaced it on purpose): it is no longer only in the browser. */
    public void forget(Saved saved) {
        rows.delete(saved.kind().name(), saved.ownerId(), saved.itemId(), saved.language());
    }

    /**
     * An import kept this translation with its text adapted to the source as the files have it (an exam question's
     * options): it is still the browser's, now with this hash.
     */
    public void adapted(Saved saved, String textHash) {
        rows.rehash(saved.kind().name(), saved.ownerId(), saved.itemId(), saved.language(), textHash);
    }

    /** An import kept this translation over {@code file}, whose text (with hash {@code fileHash}) says something else. */
    public void keptOver(Saved saved, String file, String fileHash) {
        rows.markKept(saved.kind().name(), saved.ownerId(), saved.itemId(), saved.language(), clock.instant(), file,
                fileHash);
    }

    /** The hash recorded for a translated text given as its parts (length-prefixed, so no two part lists collide). */
    public static String hash(String... parts) {
        StringBuilder canonical = new StringBuilder();
        for (String part : parts) {
            String value = part == null ? "" : part;
            canonical.append(value.length()).append(':').append(value).append('|');
        }
        return Secrets.sha256(canonical.toString());
    }

    /** The hash of a course's own text in one language (its lessons are translations of their own). */
    public static String hash(CourseSpec.CourseTranslation t) {
        return hash(t.title(), t.summary(), t.moduleTitles().toString(), t.source());
    }

    /** The hash of a lesson's translation. */
    public static String hash(CourseSpec.LessonTranslation t) {
        return hash(t.title(), String.join("\n", t.objectives()), t.markdown(), t.source());
    }

    @Nullable
    private static Long signedIn() {
        return ServerRequestContext.currentRequest().flatMap(r -> r.getUserPrincipal(Authentication.class))
                .map(a -> CurrentUser.from(a).id()).orElse(null);
    }

    private static Saved saved(BrowserTranslationRepository.Row r) {
        return new Saved(Kind.valueOf(r.kind()), r.ownerId(), r.itemId(), r.language(), r.textHash(), r.displayName(),
                r.savedAt(), r.keptAt(), r.keptFile(), r.keptFileHash());
    }
}
