package io.partneracademy.authoring;

import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.web.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The state of each translation of a course for its authors: per language, the course text and every lesson is
 * missing, current (made from the source as it is now) or outdated (made from an earlier source).
 */
record TranslationStates(String courseId, String title, String sourceLanguage, String courseFingerprint,
                         List<String> languages, List<Row> rows) {

    /** A translation's state. */
    enum State {
        MISSING, CURRENT, OUTDATED;

        /**
         * The state of a translation made from the source with fingerprint {@code madeFrom} (empty: there is no
         * translation) when the source's fingerprint is now {@code current}.
         */
        static State of(Optional<String> madeFrom, String current) {
            return madeFrom.map(source -> source.equals(current) ? CURRENT : OUTDATED).orElse(MISSING);
        }
    }

    /** The course text or one lesson: its source fingerprint and a state per language, in {@link #languages} order. */
    record Row(String id, String title, String fingerprint, boolean course, List<State> states) {
    }

    /** Every language the interface offers besides the source, plus any other language the course is translated into. */
    static TranslationStates of(CourseSpec spec) {
        TreeSet<String> tags = new TreeSet<>();
        for (Language l : Language.values()) {
            tags.add(l.tag());
        }
        spec.translations().forEach(t -> tags.add(t.language()));
        tags.remove(spec.language());
        List<String> languages = List.copyOf(tags);
        Map<String, CourseSpec.CourseTranslation> byLanguage = spec.translations().stream()
                .collect(Collectors.toMap(CourseSpec.CourseTranslation::language, Function.identity()));
        String courseFingerprint = SourceFingerprint.of(spec);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(spec.id(), spec.title(), courseFingerprint, true, languages.stream()
                .map(tag -> State.of(Optional.ofNullable(byLanguage.get(tag)).map(CourseSpec.CourseTranslation::source),
                        courseFingerprint)).toList()));
        for (CourseSpec.LessonSpec lesson : spec.lessons()) {
            String fingerprint = SourceFingerprint.of(lesson);
            rows.add(new Row(lesson.id(), lesson.title(), fingerprint, false, languages.stream()
                    .map(tag -> State.of(Optional.ofNullable(byLanguage.get(tag)).flatMap(t -> t.lessons().stream()
                            .filter(l -> l.lessonId().equals(lesson.id())).findFirst())
                            .map(CourseSpec.LessonTranslation::source), fingerprint)).toList()));
        }
        return new TranslationStates(spec.id(), spec.title(), spec.language(), courseFingerprint, languages, rows);
    }
}
