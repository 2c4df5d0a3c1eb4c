package io.partneracademy.authoring;

import io.partneracademy.catalog.Audience;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads one course folder: course.yaml, its lesson files and its attachments. */
final class CourseReader {

    static final long MAX_ASSET_BYTES = 5L * 1024 * 1024;
    private static final Set<String> KEYS = Set.of("id", "title", "summary", "language", "audience", "modules",
            "completion");
    private static final Set<String> COMPLETION_KEYS = Set.of("quiz-pass-mark");
    private static final Set<String> MODULE_KEYS = Set.of("id", "title", "lessons");

    private final Problems problems;

    CourseReader(Problems problems) {
        this.problems = problems;
    }

    CourseSpec read(Path dir, String displayDir) {
        FolderFile definition = FolderFile.read(dir, displayDir, "course.yaml", "course", KEYS, problems);
        if (definition == null) {
            return null;
        }
        YamlMap yaml = definition.yaml();
        String file = definition.file();
        String id = definition.id();
        String title = yaml.string("title", true);
        String summary = yaml.string("summary", true);
        String language = yaml.has("language") ? yaml.string("language", true) : "en";
        Audience audience = AudienceParser.parse(file, yaml.map("audience"), problems);
        Integer quizPassMark = quizPassMark(file, yaml.map("completion"));
        Map<String, byte[]> assets = assets(dir, displayDir);
        List<CourseSpec.ModuleSpec> modules = modules(dir, displayDir, yaml, language == null ? "en" : language,
                assets.keySet());
        if (id == null || title == null || summary == null || language == null || modules == null) {
            return null;
        }
        List<CourseSpec.CourseTranslation> translations = new TranslationReader(problems).read(dir, displayDir,
                language, modules, assets.keySet());
        return new CourseSpec(id, title, summary, language, audience, modules, assets, translations, quizPassMark);
    }

    /** {@code completion: quiz-pass-mark:} a whole percentage from 1 to 100, or null when the course has none. */
    private Integer quizPassMark(String file, YamlMap completion) {
        if (completion == null) {
            return null;
        }
        completion.rejectUnknownKeys(COMPLETION_KEYS);
        Integer mark = completion.integer("quiz-pass-mark", true);
        if (mark != null && (mark < 1 || mark > 100)) {
            problems.add(file, completion.line("quiz-pass-mark"),
                    "quiz-pass-mark must be a percentage from 1 to 100, not " + mark);
            return null;
        }
        return mark;
    }

    private List<CourseSpec.ModuleSpec> modules(Path dir, String displayDir, YamlMap yaml, String language,
                                                Set<String> assets) {
        String file = displayDir + "/course.yaml";
        List<YamlMap> moduleMaps = yaml.maps("modules");
        if (moduleMaps.isEmpty()) {
            problems.add(file, yaml.line("modules"), "a course needs at least one module");
        }
        Map<String, Integer> listed = new HashMap<>();
        Set<String> moduleIds = new HashSet<>();
        List<String[]> plan = new ArrayList<>();
        for (YamlMap module : moduleMaps) {
            module.rejectUnknownKeys(MODULE_KEYS);
            String moduleId = module.string("id", true);
            String moduleTitle = module.string("title", true);
            if (moduleId != null) {
                Slugs.check(file, module.line("id"), "module id", moduleId, problems);
                if (!moduleIds.add(moduleId)) {
                    problems.add(file, module.line("id"), "duplicate id: module '" + moduleId + "'");
                }
            }
            List<String> lessons = module.strings("lessons");
            List<Integer> lines = module.itemLines("lessons");
            if (lessons.isEmpty()) {
                problems.add(file, module.line("lessons"), "a module needs at least one lesson");
            }
            for (int i = 0; i < lessons.size(); i++) {
                String lessonId = lessons.get(i);
                int line = i < lines.size() ? lines.get(i) : module.line("lessons");
                if (listed.putIfAbsent(lessonId, line) != null) {
                    problems.add(file, line, "duplicate id: lesson '" + lessonId + "' is listed twice");
                } else if (!Files.isRegularFile(dir.resolve(lessonId + ".md"))) {
                    problems.add(file, line, "lesson file " + lessonId + ".md not found");
                }
                plan.add(new String[] {moduleId, moduleTitle, lessonId});
            }
        }
        reportUnlisted(dir, displayDir, listed.keySet());
        LessonReader lessonReader = new LessonReader(problems, listed.keySet(), assets);
        Map<String, List<CourseSpec.LessonSpec>> byModule = new java.util.LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (String[] step : plan) {
            titles.put(step[0], step[1]);
            Path lessonFile = dir.resolve(step[2] + ".md");
            if (step[0] == null || !Files.isRegularFile(lessonFile)) {
                continue;
            }
            String display = displayDir + "/" + step[2] + ".md";
            String text = ContentFiles.text(lessonFile, display, problems);
            CourseSpec.LessonSpec lesson = text == null ? null : lessonReader.read(display, step[2], text, language);
            if (lesson != null) {
                byModule.computeIfAbsent(step[0], k -> new ArrayList<>()).add(lesson);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<CourseSpec.ModuleSpec> modules = new ArrayList<>();
        byModule.forEach((moduleId, lessons) -> modules.add(new CourseSpec.ModuleSpec(moduleId, titles.get(moduleId), lessons)));
        return modules;
    }

    private void reportUnlisted(Path dir, String displayDir, Set<String> listed) {
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".md") && !name.equals("README.md"))
                    .filter(name -> !TranslationReader.isTranslation(name))
                    .filter(name -> !listed.contains(name.substring(0, name.length() - 3)))
                    .sorted()
                    .forEach(name -> problems.add(displayDir + "/" + name, 1,
                            "lesson is not listed in any module of course.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below the course folder that is not course.yaml, a top-level Markdown file or a quiz. */
    private Map<String, byte[]> assets(Path dir, String displayDir) {
        Map<String, byte[]> assets = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                boolean lessonOrCourse = !relative.contains("/") && (relative.endsWith(".md") || relative.equals("course.yaml")
                        || TranslationReader.isTranslation(relative) || QuizReader.isQuiz(relative));
                if (lessonOrCourse) {
                    continue;
                }
                if (Files.size(p) > MAX_ASSET_BYTES) {
                    problems.add(displayDir + "/" + relative, 1, "attachment is larger than 5 MB");
                    continue;
                }
                assets.put(relative, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return assets;
    }
}
