package io.partneracademy.catalog;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one definition of "course complete" and of how far a person is in a course (ADR 0031). A course becomes
 * complete when the person has done every lesson of its current version that their audience sees and, when the
 * version has a quiz pass mark, has passed every practice quiz of a module they see ({@link CompletionCheck});
 * catalog then writes a {@code course_completion} row, and from then on the course stays complete (a later version
 * or a change of employer does not take it back). Every page, report, export and check reads that row through this
 * class.
 */
@Singleton
public class CourseCompletions {

    private final CourseRepository courses;
    private final ProgressRepository progress;
    private final Visibility visibility;
    private final List<CompletionCheck> checks;

    CourseCompletions(CourseRepository courses, ProgressRepository progress, Visibility visibility,
                      List<CompletionCheck> checks) {
        this.courses = courses;
        this.progress = progress;
        this.visibility = visibility;
        this.checks = checks;
    }

    /**
     * A person in a course: lessons of the current version they may see and how many of those they have done, the
     * quizzes the course requires of them and how many they have passed (none unless the course has a quiz pass
     * mark), and whether the course is complete (which it stays when a later version adds lessons they have not
     * read).
     */
    public record Status(int lessons, int done, int checks, int passed, boolean complete) {

        /** Everything that counts toward completing the course: its lessons and its required quizzes. */
        public int steps() {
            return lessons + checks;
        }

        /** Steps that count as done toward progress: all of them once the course is complete. */
        public int credited() {
            return complete ? steps() : done + passed;
        }

        /** Done steps in percent; a complete course is 100 also when the person sees no lesson of it now. */
        public int percent() {
            return complete ? 100 : steps() == 0 ? 0 : credited() * 100 / steps();
        }
    }

    /** The ids among courseIds that the person has completed. */
    public Set<String> completed(long userId, Collection<String> courseIds) {
        Set<String> completed = new HashSet<>(progress.findCompletedCourseIds(userId));
        completed.retainAll(courseIds);
        return completed;
    }

    /** For each of the people, the ids among courseIds they have completed; people who completed none are absent. */
    public Map<Long, Set<String>> completed(Collection<Long> userIds, Collection<String> courseIds) {
        if (userIds.isEmpty() || courseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> completed = new HashMap<>();
        progress.findCompletions(userIds, courseIds).forEach(c ->
                completed.computeIfAbsent(c.userId(), u -> new HashSet<>()).add(c.courseId()));
        return completed;
    }

    /**
     * Each person's status in each of the courses that is published, for pages listing many people at once; a
     * course the person may not see has no lessons for them.
     */
    public Map<Long, Map<String, Status>> statuses(Collection<Long> userIds, Collection<String> courseIds) {
        if (userIds.isEmpty() || courseIds.isEmpty()) {
            return Map.of();
        }
        Set<String> wanted = new HashSet<>(courseIds);
        Map<String, CourseVersionRow> versions = courses.findCurrentVersions().stream()
                .filter(v -> wanted.contains(v.courseId()))
                .collect(Collectors.toMap(CourseVersionRow::courseId, Function.identity()));
        Map<String, List<LessonRow>> lessons = new HashMap<>();
        versions.values().forEach(v -> lessons.put(v.courseId(), courses.findLessons(v.courseId(), v.version())));
        Map<String, Set<String>> done = new HashMap<>();
        progress.findCompletedLessons(userIds, versions.keySet()).forEach(d ->
                done.computeIfAbsent(d.userId() + ":" + d.courseId(), k -> new HashSet<>()).add(d.lessonId()));
        Set<String> complete = progress.findCompletions(userIds, versions.keySet()).stream()
                .map(c -> c.userId() + ":" + c.courseId()).collect(Collectors.toSet());
        Map<Long, Map<String, Status>> statuses = new LinkedHashMap<>();
        for (long userId : new HashSet<>(userIds)) {
            Visibility.Viewer viewer = visibility.of(userId);
            Map<String, Status> mine = new HashMap<>();
            for (CourseVersionRow version : versions.values()) {
                String key = userId + ":" + version.courseId();
                mine.put(version.courseId(), status(viewer, version, lessons.get(version.courseId()),
                        done.getOrDefault(key, Set.of()), complete.contains(key)));
            }
            statuses.put(userId, mine);
        }
        return statuses;
    }

    /** The person's status in one version of a course, given the lessons they have done and the stored completion. */
    Status status(Visibility.Viewer viewer, CourseVersionRow version, List<LessonRow> allLessons,
                  Set<String> doneLessons, boolean complete) {
        List<LessonRow> visible = visibleLessons(viewer, version, allLessons);
        int done = (int) visible.stream().filter(l -> doneLessons.contains(l.lessonId())).count();
        List<CompletionCheck.Required> required = required(viewer, version, visible);
        int passed = (int) required.stream().filter(CompletionCheck.Required::passed).count();
        return new Status(visible.size(), done, required.size(), passed, complete);
    }

    /**
     * What the version requires of the person besides its lessons: with a quiz pass mark, every quiz that follows a
     * module of which they see a lesson; otherwise nothing.
     */
    List<CompletionCheck.Required> required(Visibility.Viewer viewer, CourseVersionRow version,
                                            List<LessonRow> visibleLessons) {
        if (version.quizPassMark() == null || checks.isEmpty() || visibleLessons.isEmpty()) {
            return List.of();
        }
        Set<String> modules = visibleLessons.stream().map(LessonRow::moduleId).collect(Collectors.toSet());
        return checks.stream()
                .flatMap(c -> c.required(viewer.userId(), version.courseId(), version.quizPassMark()).stream())
                .filter(r -> modules.contains(r.moduleId()))
                .toList();
    }

    /** The lessons of the version the viewer may see: none when the course itself is outside their audience. */
    static List<LessonRow> visibleLessons(Visibility.Viewer viewer, CourseVersionRow version, List<LessonRow> lessons) {
        if (!viewer.sees(version.audience())) {
            return List.of();
        }
        return lessons.stream().filter(l -> viewer.sees(l.audience())).toList();
    }

    /**
     * Records the completion if the rule now says complete; true when the course is complete, whether just now or
     * before.
     */
    boolean recordIfComplete(long userId, String courseId, Instant at) {
        if (progress.findCompletedCourseIds(userId).contains(courseId)) {
            return true;
        }
        return courses.findById(courseId).flatMap(c -> courses.findVersion(courseId, c.currentVersion()))
                .filter(v -> ruleMet(visibility.of(userId), v, courses.findLessons(courseId, v.version()),
                        new HashSet<>(progress.findCompletedLessonIds(userId, courseId))))
                .map(v -> {
                    progress.recordCompletion(userId, courseId, v.version(), at);
                    return true;
                })
                .orElse(false);
    }

    /**
     * Writes the completion of everyone whose lesson progress meets the rule but who has no completion row yet
     * (progress from before completions were stored, or a new version that dropped their last missing lesson),
     * dated at their last done lesson; returns how many it wrote. Safe to run on several nodes at once: a row is
     * written with INSERT IGNORE under its primary key, and the rule gives every node the same answer.
     */
    int backfill() {
        Map<String, Optional<CourseVersionRow>> versions = new HashMap<>();
        Map<String, List<LessonRow>> lessons = new HashMap<>();
        Map<Long, Visibility.Viewer> viewers = new HashMap<>();
        int written = 0;
        for (ProgressRepository.Unrecorded row : progress.findUnrecorded()) {
            Optional<CourseVersionRow> version = versions.computeIfAbsent(row.courseId(), id -> courses.findById(id)
                    .flatMap(c -> courses.findVersion(id, c.currentVersion())));
            if (version.isEmpty()) {
                continue;
            }
            CourseVersionRow v = version.get();
            Visibility.Viewer viewer = viewers.computeIfAbsent(row.userId(), visibility::of);
            if (ruleMet(viewer, v, lessons.computeIfAbsent(v.courseId(), id -> courses.findLessons(id, v.version())),
                    new HashSet<>(progress.findCompletedLessonIds(row.userId(), row.courseId())))) {
                progress.recordCompletion(row.userId(), row.courseId(), v.version(), row.lastDoneAt());
                written++;
            }
        }
        return written;
    }

    /**
     * The rule: the person has done every lesson of this version that they may see, and there is at least one, and
     * has passed every quiz the version requires of them.
     */
    private boolean ruleMet(Visibility.Viewer viewer, CourseVersionRow version, List<LessonRow> lessons,
                            Set<String> doneLessons) {
        Status now = status(viewer, version, lessons, doneLessons, false);
        return now.lessons() > 0 && now.done() == now.lessons() && now.passed() == now.checks();
    }
}
