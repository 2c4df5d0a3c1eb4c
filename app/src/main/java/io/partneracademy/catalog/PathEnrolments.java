package io.partneracademy.catalog;

import io.partneracademy.accounts.CurrentUser;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Who is enrolled in which certification path; enrolling in a path enrols in its courses the person may see. */
@Singleton
public class PathEnrolments {

    private final PathRepository paths;
    private final ProgressRepository progress;
    private final Courses courses;
    private final Visibility visibility;
    private final Clock clock;

    PathEnrolments(PathRepository paths, ProgressRepository progress, Courses courses, Visibility visibility,
                   Clock clock) {
        this.paths = paths;
        this.progress = progress;
        this.courses = courses;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** Enrols the viewer in the path and in each of its courses they may see. */
    @Transactional
    public void enrol(CurrentUser user, String pathId) {
        LearningPath path = paths.findById(pathId).orElseThrow(() -> new PathNotFoundException(pathId));
        Visibility.Viewer viewer = visibility.of(user);
        paths.enrol(user.id(), path.id(), clock.instant());
        for (String courseId : paths.findRequirements(pathId, RequirementKind.COURSE)) {
            if (courses.cardIfVisible(viewer, courseId, false, Set.of(), null).isPresent()) {
                progress.enrol(user.id(), courseId, clock.instant());
            }
        }
    }

    /**
     * Records that the person enrolled in the path at a given past time, as history brought over from elsewhere (the
     * demo's certified people and exam takers use it). Unlike {@link #enrol} it enrols in no course: the history says
     * nothing about courses. An earlier enrolment in the path is kept.
     */
    @Transactional
    public void enrolledAt(long userId, String pathId, Instant at) {
        LearningPath path = paths.findById(pathId).orElseThrow(() -> new PathNotFoundException(pathId));
        paths.enrol(userId, path.id(), at);
    }

    /** The paths the person is enrolled in. */
    public Set<String> enrolledPathIds(long userId) {
        return new HashSet<>(paths.findEnrolledPathIds(userId));
    }
}
