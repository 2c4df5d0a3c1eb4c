package io.partneracademy.catalog;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.net.URLConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes validated courses and paths: a course whose content differs from its current version becomes a
 * new version; identical content is a no-op. Joins the caller's transaction, so an import is all or nothing.
 */
@Singleton
public class CatalogPublisher {

    /** Where a course version came from. */
    public enum Source { FILE, BROWSER }

    private final CourseRepository courses;
    private final PathRepository paths;
    private final PathTranslationRepository pathTranslations;
    private final TranslationRepository translations;
    private final Clock clock;
    private final BrowserTranslations browserSaves;

    CatalogPublisher(CourseRepository courses, PathRepository paths, TranslationRepository translations, Clock clock,
                     PathTranslationRepository pathTranslations, BrowserTranslations browserSaves) {
        this.browserSaves = browserSaves;
        this.pathTranslations = pathTranslations;
        this.courses = courses;
        this.paths = paths;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Publishes the course unless its current version already has exactly this content. Files that have not
     * changed since they were last imported do not replace a version published from the browser (ADR 0004).
     */
    @Transactional
    public PublishResult publishCourse(CourseSpec spec, Source source, @Nullable Long publishedBy) {
        if (source == Source.FILE) {
            return publishFiles(spec, java.util.function.UnaryOperator.identity(), publishedBy);
        }
        return publish(spec, ContentHash.of(spec), null, source, publishedBy);
    }

    /**
     * Whether importing these files would publish a new version: they differ from the current version and from
     * the files last imported for the course (ADR 0004). A course not published yet is always new.
     */
    public boolean filesChange(CourseSpec files) {
        String hash = ContentHash.of(files);
        Optional<Course> existing = courses.findById(files.id());
        return existing.isEmpty() || !(hash.equals(currentHash(existing.get()))
                || courses.findLatestHash(files.id(), Source.FILE.name()).map(hash::equals).orElse(false));
    }

    /**
     * Publishes a course read from files when {@link #filesChange} says so, as {@code keep} makes it of them (the
     * files with the translations saved in the browser that the import keeps, ADR 0050). The version remembers the
     * files' own hash, so the same files imported again are recognised as unchanged.
     */
    @Transactional
    public PublishResult publishFiles(CourseSpec files, java.util.function.UnaryOperator<CourseSpec> keep,
                                      @Nullable Long publishedBy) {
        if (!filesChange(files)) {
            return new PublishResult(files.id(), courses.findById(files.id()).orElseThrow().currentVersion(), false);
        }
        String filesHash = ContentHash.of(files);
        CourseSpec spec = keep.apply(files);
        String hash = ContentHash.of(spec);
        return publish(spec, hash, hash.equals(filesHash) ? null : filesHash, Source.FILE, publishedBy);
    }

    private PublishResult publish(CourseSpec spec, String hash, @Nullable String filesHash, Source source,
                                  @Nullable Long publishedBy) {
        Instant now = clock.instant();
        Optional<Course> existing = courses.findById(spec.id());
        if (existing.isPresent() && hash.equals(currentHash(existing.get()))) {
            return new PublishResult(spec.id(), existing.get().currentVersion(), false);
        }
        int version = existing.isPresent() ? courses.countVersions(spec.id()) + 1 : 1;
        if (existing.isEmpty()) {
            courses.save(new Course(spec.id(), version, now, now));
        }
        writeVersion(spec, version, new Stamp(hash, filesHash, source, publishedBy, now));
        courses.update(new Course(spec.id(), version, existing.map(Course::createdAt).orElse(now), now));
        return new PublishResult(spec.id(), version, true);
    }

    @Nullable
    private String currentHash(Course course) {
        return courses.findVersion(course.id(), course.currentVersion()).map(CourseVersionRow::contentHash)
                .orElse(null);
    }

    /** How a version was made: its content hash, the files' hash when it is not the files, source, who, when. */
    private record Stamp(String hash, @Nullable String filesHash, Source source, @Nullable Long by, Instant at) {
    }

    /**
     * Publishes the current version of a course again with its translations changed as {@code change} says (a
     * translator's save in the browser), as a new version from the browser. The course row stays locked from the read
     * to the write, so two translators saving at once both keep their work; when {@code change} throws, nothing is
     * written.
     */
    @Transactional
    public PublishResult publishTranslations(String courseId,
                                             java.util.function.Function<CourseSpec, List<CourseSpec.CourseTranslation>> change,
                                             long publishedBy) {
        courses.lockCurrentVersion(courseId).orElseThrow(() -> new CourseNotFoundException(courseId));
        CourseSpec current = current(courseId).orElseThrow(() -> new CourseNotFoundException(courseId));
        List<CourseSpec.CourseTranslation> changed = change.apply(current);
        PublishResult result = publishCourse(current.withTranslations(changed), Source.BROWSER, publishedBy);
        recordSaves(courseId, current.translations(), changed, publishedBy);
        return result;
    }

    /** Every course text and lesson translation the save changed is remembered as saved in the browser. */
    private void recordSaves(String courseId, List<CourseSpec.CourseTranslation> before,
                             List<CourseSpec.CourseTranslation> after, long by) {
        Map<String, String> hashes = new java.util.HashMap<>();
        before.forEach(t -> {
            hashes.put(t.language(), BrowserTranslations.hash(t));
            t.lessons().forEach(l -> hashes.put(t.language() + "/" + l.lessonId(), BrowserTranslations.hash(l)));
        });
        for (CourseSpec.CourseTranslation t : after) {
            String hash = BrowserTranslations.hash(t);
            if (!hash.equals(hashes.get(t.language()))) {
                browserSaves.saved(BrowserTranslations.Kind.COURSE, courseId, "", t.language(), hash, by);
            }
            for (CourseSpec.LessonTranslation l : t.lessons()) {
                String lessonHash = BrowserTranslations.hash(l);
                if (!lessonHash.equals(hashes.get(t.language() + "/" + l.lessonId()))) {
                    browserSaves.saved(BrowserTranslations.Kind.LESSON, courseId, l.lessonId(), t.language(),
                            lessonHash, by);
                }
            }
        }
    }

    /** The current version of a course as a spec, attachments included, e.g. to export or edit it. */
    public Optional<CourseSpec> current(String courseId) {
        return courses.findById(courseId).flatMap(c -> courses.findVersion(courseId, c.currentVersion()))
                .map(this::spec);
    }

    /**
     * The lesson as an earlier version of the course had it, the latest one whose text has this
     * {@link SourceFingerprint}: the source an outdated translation was made from, while the history still has it.
     */
    public Optional<CourseSpec.LessonSpec> lessonWithFingerprint(String courseId, String lessonId, String fingerprint) {
        return earlierVersions(courseId).stream()
                .flatMap(version -> courses.findLessons(courseId, version).stream()
                        .filter(l -> l.lessonId().equals(lessonId))
                        .map(l -> new CourseSpec.LessonSpec(l.lessonId(), l.title(), l.minutes(), l.objectiveList(),
                                l.language(), l.audience(), l.bodyMarkdown())))
                .filter(l -> SourceFingerprint.of(l).equals(fingerprint)).findFirst();
    }

    /**
     * The course's own text (title, summary, module titles; no lessons or attachments) as the latest earlier version
     * with this {@link SourceFingerprint} had it.
     */
    public Optional<CourseSpec> courseTextWithFingerprint(String courseId, String fingerprint) {
        return earlierVersions(courseId).stream()
                .flatMap(version -> courses.findVersion(courseId, version).stream())
                .map(v -> new CourseSpec(v.courseId(), v.title(), v.summary(), v.language(), v.audience(),
                        courses.findModules(courseId, v.version()).stream()
                                .map(m -> new CourseSpec.ModuleSpec(m.moduleId(), m.title(), List.of())).toList(),
                        Map.of()))
                .filter(c -> SourceFingerprint.of(c).equals(fingerprint)).findFirst();
    }

    /** The numbers of the course's versions other than the current one, latest first. */
    private List<Integer> earlierVersions(String courseId) {
        int current = courses.findById(courseId).map(Course::currentVersion).orElse(0);
        List<Integer> versions = new java.util.ArrayList<>();
        for (int version = courses.countVersions(courseId); version >= 1; version--) {
            if (version != current) {
                versions.add(version);
            }
        }
        return versions;
    }

    /** Id, title and version of every published course, by title. */
    public java.util.List<PublishedCourse> published() {
        return courses.findCurrentVersions().stream()
                .map(v -> new PublishedCourse(v.courseId(), v.title(), v.version(), v.source(), v.publishedAt()))
                .toList();
    }

    /** A published course in the authors' list. */
    public record PublishedCourse(String id, String title, int version, String source, Instant publishedAt) {
    }

    private CourseSpec spec(CourseVersionRow version) {
        java.util.List<LessonRow> lessons = courses.findLessons(version.courseId(), version.version());
        java.util.List<CourseSpec.ModuleSpec> modules = courses.findModules(version.courseId(), version.version())
                .stream()
                .map(m -> new CourseSpec.ModuleSpec(m.moduleId(), m.title(), lessons.stream()
                        .filter(l -> l.moduleId().equals(m.moduleId()))
                        .map(l -> new CourseSpec.LessonSpec(l.lessonId(), l.title(), l.minutes(), l.objectiveList(),
                                l.language(), l.audience(), l.bodyMarkdown()))
                        .toList()))
                .toList();
        Map<String, byte[]> assets = new java.util.TreeMap<>();
        courses.findAssets(version.courseId(), version.version()).forEach(a -> assets.put(a.path(), a.bytes()));
        return new CourseSpec(version.courseId(), version.title(), version.summary(), version.language(),
                version.audience(), modules, assets, translations(version), version.quizPassMark());
    }

    private java.util.List<CourseSpec.CourseTranslation> translations(CourseVersionRow version) {
        java.util.List<TranslationRepository.LessonTranslationRow> lessons =
                translations.findLessons(version.courseId(), version.version());
        return translations.findCourses(version.courseId(), version.version()).stream()
                .map(t -> new CourseSpec.CourseTranslation(t.language(), t.title(), t.summary(), t.moduleTitleMap(),
                        t.sourceFingerprint(), lessons.stream().filter(l -> l.language().equals(t.language()))
                        .map(l -> new CourseSpec.LessonTranslation(l.lessonId(), l.title(), l.objectiveList(),
                                l.bodyMarkdown(), l.sourceFingerprint()))
                        .toList()))
                .toList();
    }

    /** Creates or replaces a path; returns true when anything changed. */
    @Transactional
    public boolean publishPath(PathSpec spec) {
        String hash = ContentHash.of(spec);
        Optional<LearningPath> existing = paths.findById(spec.id());
        if (existing.isPresent() && existing.get().contentHash().equals(hash)) {
            return false;
        }
        LearningPath path = new LearningPath(spec.id(), spec.title(), spec.level(), spec.description(),
                spec.prerequisite(), spec.exam(), spec.validityMonths(), hash, clock.instant());
        if (existing.isPresent()) {
            paths.update(path);
        } else {
            paths.save(path);
        }
        paths.deleteRequirements(spec.id());
        for (int i = 0; i < spec.courses().size(); i++) {
            paths.addRequirement(spec.id(), RequirementKind.COURSE, spec.courses().get(i), i);
        }
        for (int i = 0; i < spec.labs().size(); i++) {
            paths.addRequirement(spec.id(), RequirementKind.LAB, spec.labs().get(i), i);
        }
        for (int i = 0; i < spec.liveSessions().size(); i++) {
            paths.addRequirement(spec.id(), RequirementKind.LIVE, spec.liveSessions().get(i), i);
        }
        for (int i = 0; i < spec.liveOrRecording().size(); i++) {
            paths.addRequirement(spec.id(), RequirementKind.LIVE_OR_REPLAY, spec.liveOrRecording().get(i), i);
        }
        return true;
    }

    /**
     * Replaces the path's translations with these; each is stored with whether it is outdated (made from another
     * version of the path's text than the current one).
     */
    @Transactional
    public void publishPathTranslations(PathSpec spec, List<PathTranslation> translations) {
        String current = SourceFingerprint.of(spec);
        pathTranslations.deleteByPath(spec.id());
        for (PathTranslation t : translations) {
            pathTranslations.insert(spec.id(), t.language(), t.title(), t.description(), t.source(),
                    !t.source().equals(current));
        }
    }

    private void writeVersion(CourseSpec spec, int version, Stamp stamp) {
        courses.insertVersion(spec.id(), version, stamp.hash(), spec.title(), spec.summary(), spec.language(),
                name(spec.audience().minTier()), spec.audience().typesColumn(), stamp.source().name(), stamp.at(),
                stamp.by(), spec.quizPassMark(), stamp.filesHash());
        int lessonPosition = 0;
        for (int m = 0; m < spec.modules().size(); m++) {
            CourseSpec.ModuleSpec module = spec.modules().get(m);
            courses.insertModule(spec.id(), version, module.id(), m, module.title());
            for (CourseSpec.LessonSpec lesson : module.lessons()) {
                courses.insertLesson(spec.id(), version, lesson.id(), module.id(), lessonPosition++, lesson.title(),
                        lesson.minutes(), String.join("\n", lesson.objectives()), lesson.language(),
                        name(lesson.audience().minTier()), lesson.audience().typesColumn(), lesson.markdown());
            }
        }
        writeTranslations(spec, version);
        for (Map.Entry<String, byte[]> asset : spec.assets().entrySet()) {
            courses.insertAsset(spec.id(), version, asset.getKey(), contentType(asset.getKey()), asset.getValue());
        }
    }

    /** Each translation is stored with whether its source changed since it was made (then it is outdated). */
    private void writeTranslations(CourseSpec spec, int version) {
        String courseSource = SourceFingerprint.of(spec);
        Map<String, String> lessonSources = new java.util.HashMap<>();
        spec.lessons().forEach(l -> lessonSources.put(l.id(), SourceFingerprint.of(l)));
        for (CourseSpec.CourseTranslation t : spec.translations()) {
            StringBuilder modules = new StringBuilder();
            t.moduleTitles().forEach((id, title) -> modules.append(id).append('\t').append(title).append('\n'));
            translations.insertCourse(spec.id(), version, t.language(), t.title(), t.summary(), modules.toString(),
                    t.source(), !t.source().equals(courseSource));
            for (CourseSpec.LessonTranslation l : t.lessons()) {
                translations.insertLesson(spec.id(), version, l.lessonId(), t.language(), l.title(),
                        String.join("\n", l.objectives()), l.markdown(), l.source(),
                        !l.source().equals(lessonSources.get(l.lessonId())));
            }
        }
    }

    private static String contentType(String path) {
        String guessed = URLConnection.guessContentTypeFromName(path);
        if (path.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return guessed == null ? "application/octet-stream" : guessed;
    }

    @Nullable
    private static String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
