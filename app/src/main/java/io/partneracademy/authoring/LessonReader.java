package io.partneracademy.authoring;

import io.partneracademy.catalog.Audience;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;

import java.util.List;
import java.util.Set;

/** Reads a lesson file: the YAML header between {@code ---} lines, then the Markdown body. */
final class LessonReader {

    private static final Set<String> KEYS = Set.of("title", "minutes", "objectives", "language", "audience");

    private final Problems problems;
    private final Set<String> lessonIds;
    private final Set<String> assets;

    LessonReader(Problems problems, Set<String> lessonIds, Set<String> assets) {
        this.problems = problems;
        this.lessonIds = lessonIds;
        this.assets = assets;
    }

    CourseSpec.LessonSpec read(String file, String id, String text, String courseLanguage) {
        Slugs.check(file, 1, "lesson id", id, problems);
        FrontMatter lesson = FrontMatter.split(file, text, problems);
        if (lesson == null) {
            return null;
        }
        YamlMap yaml = lesson.yaml();
        yaml.rejectUnknownKeys(KEYS);
        String title = yaml.string("title", true);
        Integer minutes = yaml.integer("minutes", true);
        if (minutes != null && (minutes < 1 || minutes > 240)) {
            problems.add(file, yaml.line("minutes"), "minutes must be between 1 and 240");
        }
        List<String> objectives = lesson.objectives(file, problems);
        String language = yaml.has("language") ? yaml.string("language", true) : courseLanguage;
        Audience audience = AudienceParser.parse(file, yaml.map("audience"), problems);
        lesson.checkBody(file, lessonIds, assets, problems);
        if (title == null || minutes == null || language == null) {
            return null;
        }
        return new CourseSpec.LessonSpec(id, title, minutes, objectives, language, audience, lesson.body());
    }
}
