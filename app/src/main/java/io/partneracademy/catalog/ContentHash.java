package io.partneracademy.catalog;

import io.partneracademy.web.Secrets;

import java.util.Base64;
import java.util.Map;

/**
 * A fingerprint of a course's content: equal for equal content however it was authored, so re-importing
 * unchanged files, or an exported course, is recognised as no change.
 */
final class ContentHash {

    private final StringBuilder canonical = new StringBuilder();

    private ContentHash() {
    }

    static String of(CourseSpec course) {
        ContentHash hash = new ContentHash();
        hash.add(course.id(), course.title(), course.summary(), course.language()).audience(course.audience());
        for (CourseSpec.ModuleSpec module : course.modules()) {
            hash.add("module", module.id(), module.title());
            for (CourseSpec.LessonSpec lesson : module.lessons()) {
                hash.add("lesson", lesson.id(), lesson.title(), String.valueOf(lesson.minutes()),
                        String.join("\n", lesson.objectives()), lesson.language());
                hash.audience(lesson.audience()).add(lesson.markdown());
            }
        }
        for (CourseSpec.CourseTranslation t : course.translations()) {
            hash.add("translation", t.language(), t.title(), t.summary(), t.moduleTitles().toString(), t.source());
            for (CourseSpec.LessonTranslation lesson : t.lessons()) {
                hash.add("lesson-translation", lesson.lessonId(), lesson.title(), String.join("\n", lesson.objectives()),
                        lesson.markdown(), lesson.source());
            }
        }
        for (Map.Entry<String, byte[]> asset : course.assets().entrySet()) {
            hash.add("asset", asset.getKey(), Base64.getEncoder().encodeToString(asset.getValue()));
        }
        // Only when set, so the hash of every course without the setting stays what it was (no new versions).
        if (course.quizPassMark() != null) {
            hash.add("quiz-pass-mark", course.quizPassMark().toString());
        }
        return Secrets.sha256(hash.canonical.toString());
    }

    static String of(PathSpec path) {
        return Secrets.sha256(path.toString());
    }

    /** Length-prefixed, so no two different field lists give the same text. */
    private ContentHash add(String... values) {
        for (String value : values) {
            canonical.append(value.length()).append(':').append(value).append('|');
        }
        return this;
    }

    private ContentHash audience(Audience audience) {
        return add(audience.minTier() == null ? "-" : audience.minTier().name(),
                audience.typesColumn() == null ? "-" : audience.typesColumn());
    }
}
