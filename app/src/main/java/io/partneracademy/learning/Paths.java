package io.partneracademy.learning;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.catalog.Courses;
import io.partneracademy.catalog.PathEnrolments;
import io.partneracademy.catalog.PathNotFoundException;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.catalog.Requirements;
import io.partneracademy.catalog.RequirementKind;
import io.partneracademy.certification.Certifications;
import io.partneracademy.certification.Issuance;
import io.partneracademy.exams.ExamResults;
import io.partneracademy.exams.ExamTitle;
import io.partneracademy.labs.LabStatus;
import io.partneracademy.labs.LabViews;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.ContentText;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Certification paths with the viewer's progress and exactly what each still needs. */
@Singleton
public class Paths {

    private final PathRules rules;
    private final PathEnrolments enrolments;
    private final Courses courses;
    private final LabStatus labs;
    private final Certifications certifications;
    private final ExamResults exams;
    private final Requirements requirements;
    private final Issuance issuance;

    Paths(PathRules rules, PathEnrolments enrolments, Courses courses, LabStatus labs, Certifications certifications,
          ExamResults exams, Requirements requirements, Issuance issuance) {
        this.issuance = issuance;
        this.exams = exams;
        this.requirements = requirements;
        this.rules = rules;
        this.enrolments = enrolments;
        this.courses = courses;
        this.labs = labs;
        this.certifications = certifications;
    }

    /** All paths, Foundation first. */
    public List<PathViews.PathCard> list(CurrentUser user) {
        return list(user, null);
    }

    /** All paths, Foundation first, their title and description in the reader's language where translated. */
    public List<PathViews.PathCard> list(CurrentUser user, @Nullable Locale reader) {
        List<PathRules.Rule> all = rules.all(reader);
        Set<String> enrolledPaths = enrolments.enrolledPathIds(user.id());
        Map<String, CatalogViews.CourseCard> courseCards = courses.visibleCards(user, all.stream()
                .flatMap(p -> courseIds(p).stream()).toList(), reader);
        Map<String, String> certified = certifications.activeUntil(user.id());
        Map<String, PathRules.Rule> byId = all.stream().collect(Collectors.toMap(PathRules.Rule::id, r -> r));
        Map<String, Map<Long, Integer>> percents = requirements.percent(List.of(user.id()), all);
        return all.stream()
                .map(p -> card(user, p, enrolledPaths.contains(p.id()), courseCards, certified, byId, reader,
                        percents.get(p.id()).get(user.id())))
                .toList();
    }

    /** One path, or a 404. */
    public PathViews.PathCard path(CurrentUser user, String pathId) {
        return path(user, pathId, null);
    }

    /** One path in the reader's language where translated, or a 404. */
    public PathViews.PathCard path(CurrentUser user, String pathId, @Nullable Locale reader) {
        return list(user, reader).stream().filter(p -> p.id().equals(pathId)).findFirst()
                .orElseThrow(() -> new PathNotFoundException(pathId));
    }

    private PathViews.PathCard card(CurrentUser user, PathRules.Rule path, boolean enrolled,
                                       Map<String, CatalogViews.CourseCard> courseCards, Map<String, String> certified,
                                       Map<String, PathRules.Rule> byId, @Nullable Locale reader, int percent) {
        List<CatalogViews.CourseCard> cards = new ArrayList<>();
        List<PathViews.Missing> missing = new ArrayList<>();
        if (path.prerequisiteId() != null && !certified.containsKey(path.prerequisiteId())) {
            PathRules.Rule prerequisite = byId.get(path.prerequisiteId());
            missing.add(prerequisite == null
                    ? new PathViews.Missing("certification", path.prerequisiteId(), path.prerequisiteId(),
                            "/paths/" + path.prerequisiteId(), null)
                    : new PathViews.Missing("certification", path.prerequisiteId(), prerequisite.title(),
                            "/paths/" + path.prerequisiteId(), null, prerequisite.language()));
        }
        // What is missing is the one definition certification issues on (catalog's Requirements); the cards only
        // give it titles and links.
        Map<RequirementKind, List<String>> left = requirements.missing(user.id(), path);
        List<String> required = courseIds(path);
        for (String courseId : required) {
            var card = courseCards.get(courseId);
            if (card != null) {
                cards.add(card);
            }
            if (left.getOrDefault(RequirementKind.COURSE, List.of()).contains(courseId)) {
                missing.add(card == null ? notAvailable(courseId, reader)
                        : new PathViews.Missing("course", courseId, card.title(), "/courses/" + courseId, null,
                                card.language()));
            }
        }
        List<String> labIds = path.requirements().getOrDefault(RequirementKind.LAB, List.of());
        List<LabViews.TrackCard> labCards = labs.cards(user.id(), labIds, reader);
        for (String lab : left.getOrDefault(RequirementKind.LAB, List.of())) {
            var card = labCards.stream().filter(c -> c.id().equals(lab)).findFirst();
            missing.add(new PathViews.Missing("lab", lab, card.map(LabViews.TrackCard::title).orElse(lab),
                    card.isPresent() ? "/labs/" + lab : null, null, card.map(LabViews.TrackCard::language).orElse(null)));
        }
        // Attending a live session of a course (or, where the path allows, watching its recording).
        addLive(missing, left, RequirementKind.LIVE, "live", courseCards);
        addLive(missing, left, RequirementKind.LIVE_OR_REPLAY, "live-or-recording", courseCards);
        if (path.examId() != null && !certified.containsKey(path.id()) && !issuance.unusedPass(user.id(), path.id())) {
            ExamTitle title = exams.title(path.examId(), reader == null ? Locale.ENGLISH : reader);
            missing.add(new PathViews.Missing("exam", path.examId(), title.text(), "/exams/" + path.examId(), null,
                    title.language()));
        }
        String requested = reader == null ? PathRules.SOURCE_LANGUAGE : reader.getLanguage();
        CatalogViews.ContentLanguage content = new CatalogViews.ContentLanguage(path.language(),
                PathRules.SOURCE_LANGUAGE, requested, !requested.equals(path.language()), false);
        return new PathViews.PathCard(path.id(), path.title(), path.level(), path.description(), content,
                path.validityMonths(), cards, labCards, missing, percent, enrolled, certified.get(path.id()));
    }

    /** A required course the reader's company may not see: named by its title, with no link. */
    private PathViews.Missing notAvailable(String courseId, @Nullable Locale reader) {
        ContentText title = courses.title(courseId, reader).orElse(new ContentText(courseId, null));
        return new PathViews.Missing("course", courseId, title.text(), null, "path.course-not-available",
                title.language());
    }

    private static void addLive(List<PathViews.Missing> missing, Map<RequirementKind, List<String>> left,
                                RequirementKind kind, String label, Map<String, CatalogViews.CourseCard> courseCards) {
        for (String courseId : left.getOrDefault(kind, List.of())) {
            var course = courseCards.get(courseId);
            missing.add(course == null ? new PathViews.Missing(label, courseId, courseId, "/live", null)
                    : new PathViews.Missing(label, courseId, course.title(), "/live", null, course.language()));
        }
    }

    private static List<String> courseIds(PathRules.Rule path) {
        return path.requirements().getOrDefault(RequirementKind.COURSE, List.of());
    }
}
