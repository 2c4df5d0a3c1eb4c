package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.markdown.MarkdownRenderer;
import io.partneracademy.web.ContentText;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Courses as a learner sees them: only those their company may see, with their own progress. */
@Singleton
public class Courses {

    private final CourseRepository courses;
    private final ProgressRepository progress;
    private final Visibility visibility;
    private final MarkdownRenderer renderer;
    private final ApplicationEventPublisher<RequirementCompleted> events;
    private final Translations translations;
    private final CourseCompletions completions;
    private final Clock clock;

    Courses(CourseRepository courses, ProgressRepository progress, Visibility visibility, MarkdownRenderer renderer,
            ApplicationEventPublisher<RequirementCompleted> events, Translations translations,
            CourseCompletions completions, Clock clock) {
        this.completions = completions;
        this.translations = translations;
        this.events = events;
        this.courses = courses;
        this.progress = progress;
        this.visibility = visibility;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Every course the viewer may see, by title. */
    public List<CatalogViews.CourseCard> list(CurrentUser user) {
        return list(user, null);
    }

    /** Every course the viewer may see, titles and summaries in the reader's language where translated. */
    public List<CatalogViews.CourseCard> list(CurrentUser user, @Nullable Locale reader) {
        Visibility.Viewer viewer = visibility.of(user);
        Set<String> enrolled = new HashSet<>(progress.findEnrolledCourseIds(user.id()));
        Set<String> complete = new HashSet<>(progress.findCompletedCourseIds(user.id()));
        return courses.findCurrentVersions().stream()
                .filter(v -> viewer.sees(v.audience()))
                .map(v -> card(viewer, translations.of(v, reader), enrolled.contains(v.courseId()), complete))
                .toList();
    }

    /** The course outline with progress; 404 for unknown courses and courses outside the viewer's audience. */
    public CatalogViews.CoursePage course(CurrentUser user, String courseId) {
        return course(user, courseId, null);
    }

    /** The course outline in the reader's language where translated (module and lesson titles included). */
    public CatalogViews.CoursePage course(CurrentUser user, String courseId, @Nullable Locale reader) {
        Visibility.Viewer viewer = visibility.of(user);
        CourseVersionRow version = visibleVersion(viewer, courseId);
        Translations.Localized localized = translations.of(version, reader);
        Set<String> done = new HashSet<>(progress.findCompletedLessonIds(user.id(), courseId));
        List<LessonRow> lessons = visibleLessons(viewer, version);
        List<CatalogViews.ModuleItem> modules = new ArrayList<>();
        for (ModuleRow module : courses.findModules(courseId, version.version())) {
            List<CatalogViews.LessonItem> items = lessons.stream()
                    .filter(l -> l.moduleId().equals(module.moduleId()))
                    .map(l -> localized.item(l, done.contains(l.lessonId())))
                    .toList();
            if (!items.isEmpty()) {
                modules.add(new CatalogViews.ModuleItem(module.moduleId(), localized.moduleTitle(module),
                        localized.moduleLanguage(module), items));
            }
        }
        boolean enrolled = progress.findEnrolledCourseIds(user.id()).contains(courseId);
        String continueAt = continueAt(lessons, done, progress.findLastLesson(user.id(), courseId).orElse(null));
        Set<String> complete = new HashSet<>(progress.findCompletedCourseIds(user.id()));
        CatalogViews.Requirement requirement = new CatalogViews.Requirement(version.quizPassMark(),
                completions.required(viewer, version, lessons));
        return new CatalogViews.CoursePage(card(viewer, localized, enrolled, complete), version.version(), modules,
                continueAt, requirement);
    }

    /**
     * The unfinished course the person opened last (or, before they opened any, enrolled in last) and what to do next
     * there: the lesson to continue at or, once every lesson is done, the first required knowledge check not passed
     * yet; empty when every course they are enrolled in is finished or none is visible to them.
     */
    public Optional<CatalogViews.Continue> continueWhereLeftOff(CurrentUser user, @Nullable Locale reader) {
        Visibility.Viewer viewer = visibility.of(user);
        Set<String> complete = new HashSet<>(progress.findCompletedCourseIds(user.id()));
        // Stops at the first unfinished course: a person rarely has more than a handful of enrolments.
        for (String courseId : progress.findEnrolledCourseIdsByRecency(user.id())) {
            Optional<CourseVersionRow> version = courses.findById(courseId)
                    .flatMap(c -> courses.findVersion(courseId, c.currentVersion()))
                    .filter(v -> viewer.sees(v.audience()));
            if (version.isEmpty()) {
                continue;
            }
            List<LessonRow> all = courses.findLessons(courseId, version.get().version());
            List<LessonRow> lessons = CourseCompletions.visibleLessons(viewer, version.get(), all);
            Set<String> done = new HashSet<>(progress.findCompletedLessonIds(user.id(), courseId));
            Translations.Localized localized = translations.of(version.get(), reader);
            Next next = next(viewer, version.get(), lessons, done, complete.contains(courseId), localized);
            if (next != null) {
                int completed = (int) lessons.stream().filter(l -> done.contains(l.lessonId())).count();
                int percent = completions.status(viewer, version.get(), all, done, complete.contains(courseId))
                        .percent();
                return Optional.of(new CatalogViews.Continue(courseId,
                        new ContentText(localized.title(), localized.language()), next.href(), next.title(),
                        lessons.size(), completed, percent));
            }
        }
        return Optional.empty();
    }

    /**
     * The page to continue at and its title: the lesson to continue at or, once every lesson is done, the first
     * required check not passed yet (a completion already recorded stands, ADR 0031), written in the course's source
     * language as checks are; null when nothing is left.
     */
    @Nullable
    private Next next(Visibility.Viewer viewer, CourseVersionRow version, List<LessonRow> lessons,
                          Set<String> done, boolean complete, Translations.Localized localized) {
        String at = continueAt(lessons, done, progress.findLastLesson(viewer.userId(), version.courseId())
                .orElse(null));
        if (at != null) {
            LessonRow lesson = lessons.get(indexOf(lessons, at));
            return new Next("/courses/" + version.courseId() + "/lessons/" + at,
                    new ContentText(localized.lessonTitle(lesson), localized.lessonLanguage(lesson)));
        }
        return complete ? null : completions.required(viewer, version, lessons).stream().filter(r -> !r.passed())
                .findFirst().map(r -> new Next(r.href(), new ContentText(r.title(), version.language())))
                .orElse(null);
    }

    /** A lesson rendered for reading; remembers it as the place to continue from. */
    @Transactional
    public CatalogViews.LessonPage lesson(CurrentUser user, String courseId, String lessonId) {
        return lesson(user, courseId, lessonId, null);
    }

    /**
     * A lesson in the reader's language where translated, else the source with the fallback marked; remembers it
     * as the place to continue from. Progress is per lesson id, whatever the language.
     */
    @Transactional
    public CatalogViews.LessonPage lesson(CurrentUser user, String courseId, String lessonId, @Nullable Locale reader) {
        Visibility.Viewer viewer = visibility.of(user);
        CourseVersionRow version = visibleVersion(viewer, courseId);
        Translations.Localized localized = translations.of(version, reader);
        List<LessonRow> lessons = visibleLessons(viewer, version);
        int index = indexOf(lessons, lessonId);
        LessonRow lesson = lessons.get(index);
        Set<String> done = new HashSet<>(progress.findCompletedLessonIds(user.id(), courseId));
        boolean enrolled = progress.findEnrolledCourseIds(user.id()).contains(courseId);
        if (enrolled) {
            progress.visit(user.id(), courseId, lessonId, clock.instant());
        }
        int percent = completions.status(viewer, version, courses.findLessons(courseId, version.version()), done,
                progress.findCompletedCourseIds(user.id()).contains(courseId)).percent();
        List<CatalogViews.LessonItem> outline = lessons.stream()
                .map(l -> localized.item(l, done.contains(l.lessonId())))
                .toList();
        Optional<TranslationRepository.LessonTranslationRow> translated = localized.lesson(lesson);
        CatalogViews.ContentLanguage language = localized.language(lesson);
        String markdown = translated.map(TranslationRepository.LessonTranslationRow::bodyMarkdown)
                .orElse(lesson.bodyMarkdown());
        return new CatalogViews.LessonPage(courseId, new ContentText(localized.title(), localized.language()),
                lesson.lessonId(), localized.lessonTitle(lesson),
                lesson.minutes(), translated.map(TranslationRepository.LessonTranslationRow::objectiveList)
                .orElse(lesson.objectiveList()), language.shown(),
                renderer.render(markdown, LessonPreview.links(courseId)),
                done.contains(lessonId), item(localized, lessons, index - 1, done),
                item(localized, lessons, index + 1, done),
                percent, enrolled,
                new CatalogViews.Place(index + 1, lessons.size(), outline), language);
    }

    /** Enrols the viewer in a course they may see; enrolling twice changes nothing. */
    @Transactional
    public void enrol(CurrentUser user, String courseId) {
        visibleVersion(visibility.of(user), courseId);
        progress.enrol(user.id(), courseId, clock.instant());
    }

    /** Marks a lesson complete (enrolling the viewer if needed); completing twice changes nothing. */
    @Transactional
    public void complete(CurrentUser user, String courseId, String lessonId) {
        Visibility.Viewer viewer = visibility.of(user);
        indexOf(visibleLessons(viewer, visibleVersion(viewer, courseId)), lessonId);
        progress.enrol(user.id(), courseId, clock.instant());
        progress.complete(user.id(), courseId, lessonId, clock.instant());
        progress.visit(user.id(), courseId, lessonId, clock.instant());
        if (completions.recordIfComplete(user.id(), courseId, clock.instant())) {
            events.publishEvent(new RequirementCompleted(user.id(), RequirementKind.COURSE, courseId));
        }
    }

    /**
     * Records the course as complete if the rule now says so, after something other than a lesson changed (the
     * person passed a quiz the course requires); true when it was recorded just now. Joins the caller's transaction.
     */
    @Transactional
    public boolean recordIfComplete(CurrentUser user, String courseId) {
        if (progress.findCompletedCourseIds(user.id()).contains(courseId)
                || !completions.recordIfComplete(user.id(), courseId, clock.instant())) {
            return false;
        }
        events.publishEvent(new RequirementCompleted(user.id(), RequirementKind.COURSE, courseId));
        return true;
    }

    /** An image or attachment of the course's current version. */
    public CatalogViews.Asset asset(CurrentUser user, String courseId, String path) {
        CourseVersionRow version = visibleVersion(visibility.of(user), courseId);
        return courses.findAsset(courseId, version.version(), path)
                .map(a -> new CatalogViews.Asset(a.contentType(), a.bytes()))
                .orElseThrow(() -> new LessonNotFoundException(path));
    }

    /**
     * The course's title as its version in force is translated into the reader's language; empty where it is not (or
     * the reader reads the course's own language). For texts that name a course outside its pages (notices, lists).
     */
    public Optional<String> translatedTitle(String courseId, Locale reader) {
        return courses.findById(courseId).flatMap(c -> courses.findVersion(courseId, c.currentVersion()))
                .map(v -> translations.of(v, reader)).filter(l -> l.course() != null)
                .map(Translations.Localized::title);
    }

    /**
     * The course's title in the reader's language where it is translated into it, else in its own, whoever may see
     * the course: for a path naming a required course its reader's company has no access to. Empty for no such course.
     */
    public Optional<ContentText> title(String courseId, @Nullable Locale reader) {
        return courses.findById(courseId).flatMap(c -> courses.findVersion(courseId, c.currentVersion()))
                .map(v -> translations.of(v, reader))
                .map(l -> new ContentText(l.title(), l.courseLanguage().shown()));
    }

    /** The cards of those courses that exist and the viewer may see, by course id, with the viewer's progress. */
    public Map<String, CatalogViews.CourseCard> visibleCards(CurrentUser user, Collection<String> courseIds) {
        return visibleCards(user, courseIds, null);
    }

    /**
     * The cards of those courses that exist and the viewer may see, by course id, with the viewer's progress, titles
     * and summaries in the reader's language where translated.
     */
    public Map<String, CatalogViews.CourseCard> visibleCards(CurrentUser user, Collection<String> courseIds,
                                                             @Nullable Locale reader) {
        Visibility.Viewer viewer = visibility.of(user);
        Set<String> enrolled = new HashSet<>(progress.findEnrolledCourseIds(user.id()));
        Set<String> complete = new HashSet<>(progress.findCompletedCourseIds(user.id()));
        Map<String, CatalogViews.CourseCard> cards = new HashMap<>();
        for (String courseId : new LinkedHashSet<>(courseIds)) {
            cardIfVisible(viewer, courseId, enrolled.contains(courseId), complete, reader)
                    .ifPresent(c -> cards.put(courseId, c));
        }
        return cards;
    }

    /** The card of a course if it exists and the viewer may see it. */
    Optional<CatalogViews.CourseCard> cardIfVisible(Visibility.Viewer viewer, String courseId, boolean enrolled,
                                                    Set<String> complete, @Nullable Locale reader) {
        return courses.findById(courseId)
                .flatMap(c -> courses.findVersion(courseId, c.currentVersion()))
                .filter(v -> viewer.sees(v.audience()))
                .map(v -> card(viewer, translations.of(v, reader), enrolled, complete));
    }

    private CatalogViews.CourseCard card(Visibility.Viewer viewer, Translations.Localized localized, boolean enrolled,
                                         Set<String> complete) {
        CourseVersionRow version = localized.version();
        List<LessonRow> all = courses.findLessons(version.courseId(), version.version());
        Set<String> done = new HashSet<>(progress.findCompletedLessonIds(viewer.userId(), version.courseId()));
        CourseCompletions.Status status = completions.status(viewer, version, all, done,
                complete.contains(version.courseId()));
        int minutes = CourseCompletions.visibleLessons(viewer, version, all).stream().mapToInt(LessonRow::minutes).sum();
        return new CatalogViews.CourseCard(version.courseId(), localized.title(), localized.summary(),
                localized.courseLanguage(), status, enrolled, minutes);
    }

    private CourseVersionRow visibleVersion(Visibility.Viewer viewer, String courseId) {
        return courses.findById(courseId)
                .flatMap(c -> courses.findVersion(courseId, c.currentVersion()))
                .filter(v -> viewer.sees(v.audience()))
                .orElseThrow(() -> new CourseNotFoundException(courseId));
    }

    private List<LessonRow> visibleLessons(Visibility.Viewer viewer, CourseVersionRow version) {
        return CourseCompletions.visibleLessons(viewer, version,
                courses.findLessons(version.courseId(), version.version()));
    }

    /** The last lesson opened if it is unfinished, else the first unfinished one after it, else any. */
    @Nullable
    private static String continueAt(List<LessonRow> lessons, Set<String> done, @Nullable String last) {
        int from = 0;
        for (int i = 0; last != null && i < lessons.size(); i++) {
            if (lessons.get(i).lessonId().equals(last)) {
                if (!done.contains(last)) {
                    return last;
                }
                from = i + 1;
            }
        }
        for (int i = 0; i < lessons.size(); i++) {
            String id = lessons.get((from + i) % lessons.size()).lessonId();
            if (!done.contains(id)) {
                return id;
            }
        }
        return null;
    }

    private static int indexOf(List<LessonRow> lessons, String lessonId) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).lessonId().equals(lessonId)) {
                return i;
            }
        }
        throw new LessonNotFoundException(lessonId);
    }

    @Nullable
    private static CatalogViews.LessonItem item(Translations.Localized localized, List<LessonRow> lessons, int index,
                                                Set<String> done) {
        if (index < 0 || index >= lessons.size()) {
            return null;
        }
        LessonRow l = lessons.get(index);
        return localized.item(l, done.contains(l.lessonId()));
    }

    /** The page to continue at and its title. */
    private record Next(String href, ContentText title) {
    }
}
