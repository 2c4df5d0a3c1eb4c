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
        if (!text.startsWith("---\n")) {
            problems.add(file, 1, "a lesson must start with a YAML header between '---' lines");
            return null;
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            problems.add(file, 1, "the YAML header is not closed with a '---' line");
            return null;
        }
        String header = text.substring(4, end + 1);
        int bodyStart = text.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        int bodyFirstLine = (int) text.substring(0, Math.max(bodyStart + 1, 0)).chars().filter(c -> c == '\n').count() + 1;
        YamlMap yaml = YamlMap.parse(file, header, 1, problems);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(KEYS);
        String title = yaml.string("title", true);
        Integer minutes = yaml.integer("minutes", true);
        if (minutes != null && (minutes < 1 || minutes > 240)) {
            problems.add(file, yaml.line("minutes"), "minutes must be between 1 and 240");
        }
        List<String> objectives = yaml.strings("objectives");
        if (objectives.isEmpty()) {
            problems.add(file, yaml.line("objectives"), "missing objectives (list what the learner can do afterwards)");
        }
        String language = yaml.has("language") ? yaml.string("language", true) : courseLanguage;
        Audience audience = AudienceParser.parse(file, yaml.map("audience"), problems);
        if (body.isBlank()) {
            problems.add(file, bodyFirstLine, "the lesson has no body");
        }
        LinkChecker.check(file, body, bodyFirstLine, lessonIds, assets, problems);
        if (title == null || minutes == null || language == null) {
            return null;
        }
        return new CourseSpec.LessonSpec(id, title, minutes, objectives, language, audience, body);
    }
}
