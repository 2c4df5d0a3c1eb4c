package io.partneracademy.authoring;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a course in the content/ file format: course.yaml, one Markdown file per lesson, attachments. */
final class CourseFiles {

    private CourseFiles() {
    }

    /** Writes the course into {@code <coursesDir>/<id>/} and returns that folder. */
    static Path write(DraftCourse course, Map<String, byte[]> assets, Path coursesDir) {
        try {
            Path dir = coursesDir.resolve(course.id());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("course.yaml"), courseYaml(course));
            for (DraftCourse.Lesson lesson : course.lessons().values()) {
                Files.writeString(dir.resolve(lesson.id() + ".md"), lessonFile(lesson));
            }
            for (Map.Entry<String, byte[]> asset : assets.entrySet()) {
                Path file = dir.resolve(asset.getKey()).normalize();
                if (!file.startsWith(dir)) {
                    throw new IllegalArgumentException("attachment path escapes the course folder: " + asset.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, asset.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the course's translation files beside its source files, in the format TranslationReader reads. */
    static void writeTranslations(io.partneracademy.catalog.CourseSpec spec, Path coursesDir) {
        Path dir = coursesDir.resolve(spec.id());
        try {
            for (io.partneracademy.catalog.CourseSpec.CourseTranslation t : spec.translations()) {
                Files.writeString(dir.resolve("course." + t.language() + ".yaml"), courseTranslationYaml(t));
                for (io.partneracademy.catalog.CourseSpec.LessonTranslation l : t.lessons()) {
                    Files.writeString(dir.resolve(l.lessonId() + "." + t.language() + ".md"), lessonTranslationFile(l));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of a {@code course.<lang>.yaml}, as TranslationReader reads it. */
    static String courseTranslationYaml(io.partneracademy.catalog.CourseSpec.CourseTranslation t) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("title", t.title());
        yaml.put("summary", t.summary());
        yaml.put("source", t.source());
        yaml.put("modules", t.moduleTitles().entrySet().stream()
                .map(e -> {
                    Map<String, Object> module = new LinkedHashMap<>();
                    module.put("id", e.getKey());
                    module.put("title", e.getValue());
                    return module;
                }).toList());
        return dump(yaml);
    }

    /** The text of a {@code <lesson-id>.<lang>.md}, as TranslationReader reads it. */
    static String lessonTranslationFile(io.partneracademy.catalog.CourseSpec.LessonTranslation l) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("title", l.title());
        header.put("objectives", l.objectives());
        header.put("source", l.source());
        return "---\n" + dump(header) + "---\n" + l.markdown();
    }

    static String courseYaml(DraftCourse course) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", course.id());
        yaml.put("title", course.title());
        yaml.put("summary", course.summary());
        yaml.put("language", course.language());
        Map<String, Object> audience = audience(course.minTier(), course.partnerTypes());
        if (!audience.isEmpty()) {
            yaml.put("audience", audience);
        }
        yaml.put("modules", course.modules().stream().map(m -> {
            Map<String, Object> module = new LinkedHashMap<>();
            module.put("id", m.id());
            module.put("title", m.title());
            module.put("lessons", m.lessonIds());
            return module;
        }).toList());
        if (course.quizPassMark() != null) {
            yaml.put("completion", Map.of("quiz-pass-mark", course.quizPassMark()));
        }
        return dump(yaml);
    }

    static String lessonFile(DraftCourse.Lesson lesson) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("title", lesson.title());
        header.put("minutes", minutes(lesson.minutes()));
        header.put("objectives", lesson.objectives());
        header.put("language", lesson.language());
        Map<String, Object> audience = audience(lesson.minTier(), lesson.partnerTypes());
        if (!audience.isEmpty()) {
            header.put("audience", audience);
        }
        return "---\n" + dump(header) + "---\n" + lesson.markdown();
    }

    /** Numbers stay numbers in YAML; anything else is written as typed, for the reader to report. */
    private static Object minutes(String minutes) {
        try {
            return Integer.parseInt(minutes.strip());
        } catch (NumberFormatException e) {
            return minutes;
        }
    }

    private static Map<String, Object> audience(String minTier, List<String> types) {
        Map<String, Object> audience = new LinkedHashMap<>();
        if (minTier != null && !minTier.isBlank()) {
            audience.put("min-tier", minTier);
        }
        if (!types.isEmpty()) {
            audience.put("partner-types", types);
        }
        return audience;
    }

    private static String dump(Map<String, Object> yaml) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(options).dump(yaml);
    }
}
