package io.partneracademy.catalog;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.certification.Certifications;
import io.partneracademy.labs.LabStatus;
import io.partneracademy.labs.LabViews;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Certification paths with the viewer's progress and exactly what each still needs. */
@Singleton
public class Paths {

    private final PathRepository paths;
    private final ProgressRepository progress;
    private final Courses courses;
    private final Visibility visibility;
    private final LabStatus labs;
    private final Certifications certifications;
    private final Clock clock;

    Paths(PathRepository paths, ProgressRepository progress, Courses courses, Visibility visibility, LabStatus labs,
          Certifications certifications, Clock clock) {
        this.certifications = certifications;
        this.paths = paths;
        this.progress = progress;
        this.courses = courses;
        this.visibility = visibility;
        this.labs = labs;
        this.clock = clock;
    }

    /** All paths, Foundation first. */
    public List<CatalogViews.PathCard> list(CurrentUser user) {
        Visibility.Viewer viewer = visibility.of(user);
        Set<String> enrolledPaths = new HashSet<>(paths.findEnrolledPathIds(user.id()));
        Set<String> enrolledCourses = new HashSet<>(progress.findEnrolledCourseIds(user.id()));
        Map<String, String> certified = certifications.activeUntil(user.id());
        return paths.findAll().stream()
                .sorted(java.util.Comparator.comparing(LearningPath::level).thenComparing(LearningPath::title))
                .map(p -> card(user, viewer, p, enrolledPaths.contains(p.id()), enrolledCourses, certified))
                .toList();
    }

    /** The ids of all published paths. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>();
        paths.findAll().forEach(p -> ids.add(p.id()));
        return ids;
    }

    /** One path, or a 404. */
    public CatalogViews.PathCard path(CurrentUser user, String pathId) {
        return list(user).stream().filter(p -> p.id().equals(pathId)).findFirst()
                .orElseThrow(() -> new PathNotFoundException(pathId));
    }

    /** Enrols the viewer in the path and in each of its courses they may see. */
    @Transactional
    public void enrol(CurrentUser user, String pathId) {
        LearningPath path = paths.findById(pathId).orElseThrow(() -> new PathNotFoundException(pathId));
        Visibility.Viewer viewer = visibility.of(user);
        paths.enrol(user.id(), path.id(), clock.instant());
        for (String courseId : paths.findRequirements(pathId, RequirementKind.COURSE.name())) {
            if (courses.cardIfVisible(viewer, courseId, false).isPresent()) {
                progress.enrol(user.id(), courseId, clock.instant());
            }
        }
    }

    private CatalogViews.PathCard card(CurrentUser user, Visibility.Viewer viewer, LearningPath path, boolean enrolled,
                                       Set<String> enrolledCourses, Map<String, String> certified) {
        List<CatalogViews.CourseCard> cards = new ArrayList<>();
        List<CatalogViews.Missing> missing = new ArrayList<>();
        if (path.prerequisiteId() != null && !certified.containsKey(path.prerequisiteId())) {
            String title = paths.findById(path.prerequisiteId()).map(LearningPath::title).orElse(path.prerequisiteId());
            missing.add(new CatalogViews.Missing("certification", path.prerequisiteId(), title, "/paths/" + path.prerequisiteId(),
                    null));
        }
        List<String> required = paths.findRequirements(path.id(), RequirementKind.COURSE.name());
        for (String courseId : required) {
            var card = courses.cardIfVisible(viewer, courseId, enrolledCourses.contains(courseId));
            if (card.isEmpty()) {
                missing.add(new CatalogViews.Missing("course", courseId, courseId, null, "path.course-not-available"));
                continue;
            }
            cards.add(card.get());
            if (!card.get().done()) {
                missing.add(new CatalogViews.Missing("course", courseId, card.get().title(), "/courses/" + courseId, null));
            }
        }
        List<String> labIds = paths.findRequirements(path.id(), RequirementKind.LAB.name());
        List<LabViews.TrackCard> labCards = labs.cards(user.id(), labIds);
        for (String lab : labIds) {
            var card = labCards.stream().filter(c -> c.id().equals(lab)).findFirst();
            if (card.isEmpty() || !card.get().done()) {
                missing.add(new CatalogViews.Missing("lab", lab, card.map(LabViews.TrackCard::title).orElse(lab),
                        card.isPresent() ? "/labs/" + lab : null, null));
            }
        }
        if (path.examId() != null && !certified.containsKey(path.id())) {
            missing.add(new CatalogViews.Missing("exam", path.examId(), path.examId(), "/exams/" + path.examId(), null));
        }
        // Each required course and lab track weighs the same; one the viewer cannot see counts as not started.
        int parts = required.size() + labIds.size();
        int percent = parts == 0 ? 0 : (cards.stream().mapToInt(CatalogViews.CourseCard::percent).sum()
                + labCards.stream().mapToInt(c -> c.done() ? 100 : c.percent()).sum()) / parts;
        return new CatalogViews.PathCard(path.id(), path.title(), path.level(), path.description(), path.validityMonths(),
                cards, labCards, missing, percent, enrolled, certified.get(path.id()));
    }
}
