package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.catalog.CourseNotFoundException;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.LessonNotFoundException;
import io.partneracademy.catalog.PublishResult;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.content.Problems;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The translators' editor: one text of a published course (its own text, or a lesson) in one language, edited as
 * the translation file it is ({@code course.<lang>.yaml}, {@code <lesson-id>.<lang>.md}) and checked by the
 * importer's own {@link TranslationReader}. A save publishes the course again with that translation changed, so
 * learners, the translations page and the export read it exactly as they read a translation from files.
 */
@Singleton
class TranslationEditor {


    private final CatalogPublisher publisher;

    TranslationEditor(CatalogPublisher publisher) {
        this.publisher = publisher;
    }

    /** The course's own text in this language. */
    TranslationPage course(String courseId, String language) {
        CourseSpec spec = spec(courseId);
        checkLanguage(language, spec);
        String fingerprint = SourceFingerprint.of(spec);
        Optional<CourseSpec.CourseTranslation> translation = translation(spec, language);
        Optional<String> madeFrom = translation.map(CourseSpec.CourseTranslation::source);
        String source = courseText(spec, fingerprint);
        String shown = translation.map(CourseFiles::courseTranslationYaml).orElse(source);
        TranslationStates.State state = TranslationStates.State.of(madeFrom, fingerprint);
        List<LineDiff.Change> changes = state != TranslationStates.State.OUTDATED ? List.of()
                : publisher.courseTextWithFingerprint(courseId, madeFrom.get())
                .map(then -> LineDiff.of(courseText(then, fingerprint), source)).orElse(List.of());
        return new TranslationPage(course(spec, language), new TranslationPage.Source(null, spec.title(), source,
                fingerprint), new TranslationPage.Translation("course." + language + ".yaml", state,
                madeFrom.orElse(null), shown, changes), next(spec, language, null));
    }

    /** One lesson in this language; a missing translation starts as a copy of the source to translate over. */
    TranslationPage lesson(String courseId, String language, String lessonId) {
        CourseSpec spec = spec(courseId);
        checkLanguage(language, spec);
        CourseSpec.LessonSpec source = lessonOf(spec, lessonId);
        String fingerprint = SourceFingerprint.of(source);
        Optional<CourseSpec.LessonTranslation> translation = lessonTranslation(spec, language, lessonId);
        Optional<String> madeFrom = translation.map(CourseSpec.LessonTranslation::source);
        String sourceText = lessonText(source, fingerprint);
        TranslationStates.State state = TranslationStates.State.of(madeFrom, fingerprint);
        List<LineDiff.Change> changes = state != TranslationStates.State.OUTDATED ? List.of()
                : publisher.lessonWithFingerprint(courseId, lessonId, madeFrom.get())
                .map(then -> LineDiff.of(lessonText(then, fingerprint), sourceText)).orElse(List.of());
        return new TranslationPage(course(spec, language), new TranslationPage.Source(lessonId, source.title(),
                sourceText, fingerprint), new TranslationPage.Translation(lessonId + "." + language + ".md", state,
                madeFrom.orElse(null), translation.map(CourseFiles::lessonTranslationFile).orElse(sourceText), changes),
                next(spec, language, lessonId));
    }

    private static TranslationPage.Course course(CourseSpec spec, String language) {
        return new TranslationPage.Course(spec.id(), spec.title(), spec.language(), language,
                translation(spec, language).isPresent());
    }

    /** The course's own text in the format of its translation file (the source's, with its fingerprint). */
    private static String courseText(CourseSpec spec, String fingerprint) {
        return CourseFiles.courseTranslationYaml(new CourseSpec.CourseTranslation(spec.language(), spec.title(),
                spec.summary(), spec.modules().stream().collect(Collectors.toMap(CourseSpec.ModuleSpec::id,
                CourseSpec.ModuleSpec::title)), fingerprint, List.of()));
    }

    /** A lesson's text in the format of its translation file (the source's, with its fingerprint). */
    private static String lessonText(CourseSpec.LessonSpec lesson, String fingerprint) {
        return CourseFiles.lessonTranslationFile(new CourseSpec.LessonTranslation(lesson.id(), lesson.title(),
                lesson.objectives(), lesson.markdown(), fingerprint));
    }

    /**
     * Saves the course's own text in this language from the text of its {@code course.<lang>.yaml}; with
     * {@code markCurrent} the translation records the current source's fingerprint, whatever its {@code source:} says.
     *
     * @throws TranslationConflictException when {@code version} is not the stored translation's; nothing is saved then
     */
    PublishResult saveCourse(CurrentUser translator, String courseId, String language, String text,
                             boolean markCurrent, @Nullable String version) {
        return publisher.publishTranslations(courseId, spec -> {
            checkLanguage(language, spec);
            TranslationConflictException.check(version, translation(spec, language)
                    .map(CourseFiles::courseTranslationYaml).orElse(null));
            String fingerprint = SourceFingerprint.of(spec);
            Problems problems = new Problems();
            TranslationReader.CourseHead head = new TranslationReader(problems).course(
                    file(spec, "course." + language + ".yaml"), TranslationFileText.of(text, markCurrent, fingerprint),
                    spec.modules().stream().map(CourseSpec.ModuleSpec::id).collect(Collectors.toSet()));
            if (!problems.isEmpty() || head == null) {
                throw new TranslationTextRejectedException(problems.sorted());
            }
            List<CourseSpec.LessonTranslation> lessons = translation(spec, language)
                    .map(CourseSpec.CourseTranslation::lessons).orElse(List.of());
            return replace(spec, new CourseSpec.CourseTranslation(language, head.title(), head.summary(),
                    head.modules(), head.source(), lessons));
        }, translator.id());
    }

    /**
     * Saves one lesson in this language from the text of its {@code <lesson-id>.<lang>.md}; the course's own text
     * must be translated into the language first, as for files.
     *
     * @throws TranslationConflictException when {@code version} is not the stored translation's; nothing is saved then
     */
    PublishResult saveLesson(CurrentUser translator, String courseId, String language, String lessonId, String text,
                             boolean markCurrent, @Nullable String version) {
        return publisher.publishTranslations(courseId, spec -> {
            checkLanguage(language, spec);
            TranslationConflictException.check(version, lessonTranslation(spec, language, lessonId)
                    .map(CourseFiles::lessonTranslationFile).orElse(null));
            CourseSpec.LessonSpec source = lessonOf(spec, lessonId);
            String fingerprint = SourceFingerprint.of(source);
            String file = file(spec, lessonId + "." + language + ".md");
            Problems problems = new Problems();
            CourseSpec.LessonTranslation read = new TranslationReader(problems).lesson(file, lessonId,
                    TranslationFileText.of(text, markCurrent, fingerprint),
                    spec.lessons().stream().map(CourseSpec.LessonSpec::id).collect(Collectors.toSet()),
                    spec.assets().keySet());
            Optional<CourseSpec.CourseTranslation> course = translation(spec, language);
            if (course.isEmpty()) {
                problems.add(file, 1, "the course's own title and summary are not translated into '" + language
                        + "' yet: translate course." + language + ".yaml first");
            }
            if (read != null && read.title().equals(source.title()) && read.objectives().equals(source.objectives())
                    && read.markdown().strip().equals(source.markdown().strip())) {
                problems.add(file, 1, "this is still the source text: translate it before saving");
            }
            if (!problems.isEmpty() || read == null) {
                throw new TranslationTextRejectedException(problems.sorted());
            }
            List<CourseSpec.LessonTranslation> lessons = new ArrayList<>(course.get().lessons());
            lessons.removeIf(l -> l.lessonId().equals(lessonId));
            lessons.add(read);
            // The order the importer reads the files in, so an export of this version re-imports as no change.
            lessons.sort(Comparator.comparing(l -> l.lessonId() + "." + language + ".md"));
            CourseSpec.CourseTranslation t = course.get();
            return replace(spec, new CourseSpec.CourseTranslation(language, t.title(), t.summary(), t.moduleTitles(),
                    t.source(), lessons));
        }, translator.id());
    }

    private CourseSpec spec(String courseId) {
        return publisher.current(courseId).orElseThrow(() -> new CourseNotFoundException(courseId));
    }

    private static void checkLanguage(String language, CourseSpec spec) {
        TranslationLanguageRejectedException.check(language, spec.language());
    }

    private static CourseSpec.LessonSpec lessonOf(CourseSpec spec, String lessonId) {
        return spec.lessons().stream().filter(l -> l.id().equals(lessonId)).findFirst()
                .orElseThrow(() -> new LessonNotFoundException(lessonId));
    }

    private static Optional<CourseSpec.CourseTranslation> translation(CourseSpec spec, String language) {
        return spec.translations().stream().filter(t -> t.language().equals(language)).findFirst();
    }

    private static Optional<CourseSpec.LessonTranslation> lessonTranslation(CourseSpec spec, String language,
                                                                            String lessonId) {
        return translation(spec, language).flatMap(t -> t.lessons().stream()
                .filter(l -> l.lessonId().equals(lessonId)).findFirst());
    }

    /** The other translations as they are, this one added or replaced, in the order of their file names. */
    private static List<CourseSpec.CourseTranslation> replace(CourseSpec spec, CourseSpec.CourseTranslation changed) {
        List<CourseSpec.CourseTranslation> all = new ArrayList<>(spec.translations());
        all.removeIf(t -> t.language().equals(changed.language()));
        all.add(changed);
        all.sort(Comparator.comparing(t -> "course." + t.language() + ".yaml"));
        return all;
    }


    /** The first text after this one (the course's own text comes first) that is missing or outdated. */
    @Nullable
    private static TranslationPage.Next next(CourseSpec spec, String language, @Nullable String after) {
        List<TranslationPage.Next> all = new ArrayList<>();
        all.add(new TranslationPage.Next(null, spec.title(), TranslationStates.State.of(translation(spec, language)
                .map(CourseSpec.CourseTranslation::source), SourceFingerprint.of(spec))));
        for (CourseSpec.LessonSpec lesson : spec.lessons()) {
            all.add(new TranslationPage.Next(lesson.id(), lesson.title(), TranslationStates.State.of(
                    lessonTranslation(spec, language, lesson.id()).map(CourseSpec.LessonTranslation::source),
                    SourceFingerprint.of(lesson))));
        }
        int current = 0;
        while (current < all.size() && !java.util.Objects.equals(all.get(current).lessonId(), after)) {
            current++;
        }
        return all.subList(Math.min(current + 1, all.size()), all.size()).stream()
                .filter(n -> n.state() != TranslationStates.State.CURRENT).findFirst().orElse(null);
    }

    private static String file(CourseSpec spec, String name) {
        return "courses/" + spec.id() + "/" + name;
    }
}
