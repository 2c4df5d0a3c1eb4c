package io.partneracademy.authoring;

import io.partneracademy.catalog.BrowserTranslations;
import io.partneracademy.catalog.BrowserTranslations.Kind;
import io.partneracademy.catalog.BrowserTranslations.Saved;
import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.catalog.CourseSpec;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The course text and lesson translations saved in the browser that a course's files would replace (ADR 0050), and
 * the course as published when some of them are kept.
 */
@Singleton
class CourseConflicts {

    private final BrowserTranslations saves;
    private final CatalogPublisher publisher;

    CourseConflicts(BrowserTranslations saves, CatalogPublisher publisher) {
        this.saves = saves;
        this.publisher = publisher;
    }

    /**
     * The browser saves of this course the files would replace. A save the files now hold (exported and committed)
     * is forgotten, as is one the published course no longer has; when the files are unchanged since they were last
     * imported they replace nothing (ADR 0004) and nothing is a conflict.
     */
    List<TranslationConflict> find(CourseSpec files) {
        List<Saved> saved = saves.of(files.id(), Kind.COURSE, Kind.LESSON);
        if (saved.isEmpty()) {
            return List.of();
        }
        Optional<CourseSpec> current = publisher.current(files.id());
        boolean replaces = publisher.filesChange(files);
        List<TranslationConflict> conflicts = new ArrayList<>();
        for (Saved s : saved) {
            Optional<Unit> browser = current.flatMap(c -> unit(c, s));
            Optional<Unit> file = unit(files, s);
            boolean lessonGone = s.kind() == Kind.LESSON
                    && files.lessons().stream().noneMatch(l -> l.id().equals(s.itemId()));
            if (browser.isEmpty() || !browser.get().hash().equals(s.textHash()) || lessonGone
                    || file.map(f -> f.hash().equals(s.textHash())).orElse(false)) {
                saves.forget(s);
            } else if (replaces) {
                conflicts.add(new TranslationConflict(s, files.title(), itemTitle(files, s), file(files, s), 1,
                        browser.get().text(), file.map(Unit::text).orElse(null),
                        file.map(Unit::hash).orElse(TranslationConflict.NO_FILE)));
            }
        }
        return conflicts;
    }

    /** The files with these browser saves put back in (each from {@code current}, the published course). */
    static CourseSpec keep(CourseSpec files, CourseSpec current, Set<Saved> kept) {
        if (kept.isEmpty()) {
            return files;
        }
        Map<String, CourseSpec.CourseTranslation> byLanguage = new LinkedHashMap<>();
        files.translations().forEach(t -> byLanguage.put(t.language(), t));
        kept.stream().map(Saved::language).distinct().sorted().forEach(language -> {
            CourseSpec.CourseTranslation stored = courseTranslation(current, language).orElseThrow();
            CourseSpec.CourseTranslation base = kept.stream().anyMatch(s -> s.kind() == Kind.COURSE
                    && s.language().equals(language)) ? stored : byLanguage.getOrDefault(language, stored);
            List<CourseSpec.LessonTranslation> lessons = new ArrayList<>(byLanguage.containsKey(language)
                    ? byLanguage.get(language).lessons() : List.of());
            kept.stream().filter(s -> s.kind() == Kind.LESSON && s.language().equals(language))
                    .sorted(java.util.Comparator.comparing(Saved::itemId)).forEach(s -> {
                        CourseSpec.LessonTranslation lesson = lessonTranslation(current, language, s.itemId())
                                .orElseThrow();
                        int at = indexOf(lessons, s.itemId());
                        if (at >= 0) {
                            lessons.set(at, lesson);
                        } else {
                            lessons.add(lesson);
                        }
                    });
            byLanguage.put(language, new CourseSpec.CourseTranslation(language, base.title(), base.summary(),
                    base.moduleTitles(), base.source(), lessons));
        });
        return files.withTranslations(List.copyOf(byLanguage.values()));
    }

    /** A translated text as the files hold it, with the hash a browser save records. */
    private record Unit(String hash, String text) {
    }

    private static Optional<Unit> unit(CourseSpec spec, Saved s) {
        if (s.kind() == Kind.COURSE) {
            return courseTranslation(spec, s.language()).map(t -> new Unit(BrowserTranslations.hash(t),
                    CourseFiles.courseTranslationYaml(t)));
        }
        return lessonTranslation(spec, s.language(), s.itemId()).map(l -> new Unit(BrowserTranslations.hash(l),
                CourseFiles.lessonTranslationFile(l)));
    }

    private static String itemTitle(CourseSpec files, Saved s) {
        return files.lessons().stream().filter(l -> l.id().equals(s.itemId())).map(CourseSpec.LessonSpec::title)
                .findFirst().orElse("");
    }

    private static String file(CourseSpec files, Saved s) {
        return "courses/" + files.id() + "/" + (s.kind() == Kind.COURSE ? "course." + s.language() + ".yaml"
                : s.itemId() + "." + s.language() + ".md");
    }

    private static Optional<CourseSpec.CourseTranslation> courseTranslation(CourseSpec spec, String language) {
        return spec.translations().stream().filter(t -> t.language().equals(language)).findFirst();
    }

    private static Optional<CourseSpec.LessonTranslation> lessonTranslation(CourseSpec spec, String language,
                                                                          String lessonId) {
        return courseTranslation(spec, language).flatMap(t -> t.lessons().stream()
                .filter(l -> l.lessonId().equals(lessonId)).findFirst());
    }

    private static int indexOf(List<CourseSpec.LessonTranslation> lessons, String lessonId) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).lessonId().equals(lessonId)) {
                return i;
            }
        }
        return -1;
    }
}
