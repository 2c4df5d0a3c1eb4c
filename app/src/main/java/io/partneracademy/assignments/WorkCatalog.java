package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.catalog.Courses;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.catalog.Requirements;
import io.partneracademy.catalog.RequirementKind;
import io.partneracademy.certification.Certifications;
import io.partneracademy.labs.LabStatus;
import io.partneracademy.live.LiveSessions;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What can be assigned and when an assignment is done. Done means what the owning feature says: a path when the
 * person holds its certification beyond the due date (so a renewal counts only once it is renewed), a course, a
 * lab track or a live session of a course when its own requirement check says it is complete (catalog's, labs' and
 * live's {@link RequirementCheck}).
 */
@Singleton
class WorkCatalog {

    private final PathRules paths;
    private final Courses courses;
    private final LabStatus labs;
    private final Requirements requirements;
    private final Certifications certifications;
    private final LiveSessions live;

    WorkCatalog(PathRules paths, Courses courses, LabStatus labs, Requirements requirements,
                Certifications certifications, LiveSessions live) {
        this.live = live;
        this.paths = paths;
        this.courses = courses;
        this.labs = labs;
        this.requirements = requirements;
        this.certifications = certifications;
    }

    /** Paths, then courses, then lab tracks, then live sessions of courses the viewer can see. */
    List<Work> all(CurrentUser viewer) {
        return all(viewer, null);
    }

    /**
     * Paths, then courses, then lab tracks, then live sessions of courses the viewer can see, titled in the reader's
     * language where translated (what is assigned stores the source title: {@link #find}).
     */
    List<Work> all(CurrentUser viewer, @Nullable Locale reader) {
        List<Work> all = new ArrayList<>();
        for (PathRules.Rule rule : paths.all(reader)) {
            all.add(new Work(WorkKind.PATH, rule.id(), rule.title(), pathMinutes(viewer, rule)));
        }
        courses.list(viewer, reader).forEach(c -> all.add(new Work(WorkKind.COURSE, c.id(), c.title(), c.minutes())));
        labs.all(viewer.id(), reader).forEach(t -> all.add(new Work(WorkKind.LAB, t.id(), t.title(), 0)));
        all.addAll(liveWork(viewer, null, reader));
        return all;
    }

    /** The work a form value names, if the viewer can see it. */
    Optional<Work> find(CurrentUser viewer, WorkKind kind, String id) {
        return switch (kind) {
            case PATH -> paths.rule(id).map(r -> new Work(WorkKind.PATH, r.id(), r.title(), pathMinutes(viewer, r)));
            case COURSE -> Optional.ofNullable(courses.visibleCards(viewer, List.of(id)).get(id))
                    .map(c -> new Work(WorkKind.COURSE, c.id(), c.title(), c.minutes()));
            case LAB -> labs.cards(viewer.id(), List.of(id)).stream().findFirst()
                    .map(t -> new Work(WorkKind.LAB, t.id(), t.title(), 0));
            case LIVE -> liveWork(viewer, id, null).stream().findFirst();
        };
    }

    /** True when the person has done the work this assignment asks for. */
    boolean done(long userId, WorkKind kind, String refId, LocalDate dueOn) {
        return switch (kind) {
            case PATH -> certifications.held(userId).stream()
                    .anyMatch(h -> h.pathId().equals(refId) && LocalDate.parse(h.expiresOn()).isAfter(dueOn));
            case COURSE -> complete(userId, RequirementKind.COURSE, refId);
            case LAB -> complete(userId, RequirementKind.LAB, refId);
            case LIVE -> complete(userId, RequirementKind.LIVE, refId);
        };
    }

    /**
     * Attending a live session of a course the viewer can see, for each course with a scheduled session still to
     * come (only {@code courseId}'s when given); its first chance is the day the first such session ends (UTC).
     */
    private List<Work> liveWork(CurrentUser viewer, @Nullable String courseId, @Nullable Locale reader) {
        Map<String, Instant> next = new HashMap<>(live.nextEndByCourse());
        if (courseId != null) {
            next.keySet().retainAll(Set.of(courseId));
        }
        if (next.isEmpty()) {
            return List.of();
        }
        return courses.visibleCards(viewer, List.copyOf(next.keySet()), reader).values().stream()
                .sorted(Comparator.comparing(CatalogViews.CourseCard::title))
                .map(c -> new Work(WorkKind.LIVE, c.id(), c.title(), 0,
                        LocalDate.ofInstant(next.get(c.id()), ZoneOffset.UTC)))
                .toList();
    }

    private boolean complete(long userId, RequirementKind kind, String refId) {
        return requirements.done(userId, kind, refId);
    }

    private int pathMinutes(CurrentUser viewer, PathRules.Rule rule) {
        List<String> required = rule.requirements().getOrDefault(RequirementKind.COURSE, List.of());
        return courses.visibleCards(viewer, required).values().stream().mapToInt(CatalogViews.CourseCard::minutes).sum();
    }
}
