package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.Courses;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.labs.LabStatus;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The title of assigned work in a reader's language: an assignment stores its work's title as it was when assigned
 * (the English source), and pages, CSV files and notices name it as the owning feature translates it now (a path,
 * course or lab track translated into the reader's language), else as stored.
 */
@Singleton
class WorkTitles {

    private final PathRules paths;
    private final Courses courses;
    private final LabStatus labs;

    WorkTitles(PathRules paths, Courses courses, LabStatus labs) {
        this.paths = paths;
        this.courses = courses;
        this.labs = labs;
    }

    /** The work's title for the reader; {@code stored} when the reader is unknown or the work is not translated. */
    String of(WorkKind kind, String refId, String stored, @Nullable Locale reader) {
        if (reader == null) {
            return stored;
        }
        Optional<String> translated = switch (kind) {
            case PATH -> paths.translatedTitle(refId, reader);
            case COURSE, LIVE -> courses.translatedTitle(refId, reader);
            case LAB -> labs.translatedTitle(refId, reader);
        };
        return translated.orElse(stored);
    }

    /** {@link #of} remembering each work's title, for lists that name the same work many times. */
    Memo memo(@Nullable Locale reader) {
        return new Memo(reader);
    }

    /** Titles for one reader, each looked up once. */
    final class Memo {

        private final Locale reader;
        private final Map<String, String> titles = new HashMap<>();

        private Memo(@Nullable Locale reader) {
            this.reader = reader;
        }

        String of(WorkKind kind, String refId, String stored) {
            return titles.computeIfAbsent(kind + ":" + refId + ":" + stored,
                    k -> WorkTitles.this.of(kind, refId, stored, reader));
        }
    }
}
