package io.partneracademy.learning;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.catalog.Level;
import io.partneracademy.labs.LabViews;

import java.util.List;

/** The view models of the path pages. */
public final class PathViews {

    private PathViews() {
    }

    /** Something a path still needs from the viewer. */
    public record Missing(String kind, String id, String title, @Nullable String link, @Nullable String note,
                          @Nullable String language) {

        /** A missing requirement whose title is in the page's language. */
        public Missing(String kind, String id, String title, @Nullable String link, @Nullable String note) {
            this(kind, id, title, link, note, null);
        }
    }

    /**
     * A path with the viewer's progress and what is still missing; {@code content} says which language its title and
     * description are shown in (the English source where the path is not translated into the reader's language).
     */
    public record PathCard(String id, String title, Level level, String description,
                           CatalogViews.ContentLanguage content, int validityMonths,
                           List<CatalogViews.CourseCard> courses, List<LabViews.TrackCard> labs,
                           List<Missing> missing, int percent, boolean enrolled, @Nullable String certifiedUntil) {

        /** True for a specialization (a track beside the levels), false for a level path. */
        public boolean specialization() {
            return !level.isRung();
        }

        /** The prerequisite certification the viewer still lacks, or null when they hold it (or none is needed). */
        @Nullable
        public Missing prerequisiteMissing() {
            return missing.stream().filter(m -> "certification".equals(m.kind())).findFirst().orElse(null);
        }

        /** Required courses the viewer has finished. */
        public long coursesDone() {
            return courses.stream().filter(CatalogViews.CourseCard::done).count();
        }

        /** Lab tasks done across the required lab tracks. */
        public int labTasksDone() {
            return labs.stream().mapToInt(l -> Math.min(l.completed(), l.tasks())).sum();
        }

        /** Lab tasks in the required lab tracks. */
        public int labTasks() {
            return labs.stream().mapToInt(LabViews.TrackCard::tasks).sum();
        }
    }
}
