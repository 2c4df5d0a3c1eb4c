package io.partneracademy.authoring;

import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the translations beside a course's source files: {@code course.<lang>.yaml} (title, summary, module titles)
 * and {@code <lesson-id>.<lang>.md} (a lesson header and body), each naming the {@link SourceFingerprint} of the
 * source it was made from. A language tag that is not valid BCP 47, a lesson or module the source does not have, or
 * a lesson translation without its course file is a {@code file:line} problem.
 */
final class TranslationReader {

    /** {@code course.ja.yaml}: the tag between the dots. */
    static final Pattern COURSE_FILE = Pattern.compile("course\\.([^./]+)\\.yaml");
    /** {@code program-tiers.ja.md}: lesson id, then the tag. */
    static final Pattern LESSON_FILE = Pattern.compile("([^./]+)\\.([^./]+)\\.md");
    private static final Set<String> COURSE_KEYS = Set.of("title", "summary", "source", "modules");
    private static final Set<String> MODULE_KEYS = Set.of("id", "title");
    private static final Set<String> LESSON_KEYS = Set.of("title", "objectives", "source");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{" + SourceFingerprint.LENGTH + "}");

    private final Problems problems;

    TranslationReader(Problems problems) {
        this.problems = problems;
    }

    /** True for a file name this reader owns, so the course reader does not take it for a lesson or attachment. */
    static boolean isTranslation(String name) {
        return COURSE_FILE.matcher(name).matches() || LESSON_FILE.matcher(name).matches();
    }

    List<CourseSpec.CourseTranslation> read(Path dir, String displayDir, String sourceLanguage,
                                            List<CourseSpec.ModuleSpec> modules, Set<String> assets) {
        Set<String> moduleIds = new java.util.HashSet<>();
        Set<String> lessonIds = new java.util.HashSet<>();
        modules.forEach(m -> {
            moduleIds.add(m.id());
            m.lessons().forEach(l -> lessonIds.add(l.id()));
        });
        Map<String, CourseHead> heads = new LinkedHashMap<>();
        Set<String> courseFiles = new java.util.HashSet<>();
        Map<String, List<CourseSpec.LessonTranslation>> lessons = new TreeMap<>();
        for (String name : names(dir)) {
            String file = displayDir + "/" + name;
            Matcher course = COURSE_FILE.matcher(name);
            Matcher lesson = LESSON_FILE.matcher(name);
            if (course.matches() && language(file, course.group(1), sourceLanguage)) {
                courseFiles.add(course.group(1));
                String text = ContentFiles.text(dir.resolve(name), file, problems);
                CourseHead head = text == null ? null : course(file, text, moduleIds);
                if (head != null) {
                    heads.put(course.group(1), head);
                }
            } else if (lesson.matches() && language(file, lesson.group(2), sourceLanguage)) {
                if (!lessonIds.contains(lesson.group(1))) {
                    problems.add(file, 1, "missing source: the course has no lesson '" + lesson.group(1) + "'");
                    continue;
                }
                String text = ContentFiles.text(dir.resolve(name), file, problems);
                CourseSpec.LessonTranslation read = text == null ? null
                        : lesson(file, lesson.group(1), text, lessonIds, assets);
                if (read != null) {
                    lessons.computeIfAbsent(lesson.group(2), k -> new ArrayList<>()).add(read);
                }
            }
        }
        lessons.keySet().stream().filter(tag -> !courseFiles.contains(tag)).forEach(tag -> problems.add(
                displayDir + "/course." + tag + ".yaml", 1,
                "missing course." + tag + ".yaml: lessons are translated into '" + tag + "' but the course is not"));
        List<CourseSpec.CourseTranslation> translations = new ArrayList<>();
        heads.forEach((tag, head) -> translations.add(new CourseSpec.CourseTranslation(tag, head.title, head.summary,
                head.modules, head.source, lessons.getOrDefault(tag, List.of()))));
        return translations;
    }

    /** A course translation's own text: title, summary, module titles and the source fingerprint it names. */
    record CourseHead(String title, String summary, Map<String, String> modules, String source) {
    }

    /** Reads the text of a {@code course.<lang>.yaml}; null when it has a problem (then added to the problems). */
    CourseHead course(String file, String text, Set<String> moduleIds) {
        YamlMap yaml = YamlMap.parse(file, text, 0, problems);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(COURSE_KEYS);
        String title = yaml.string("title", true);
        String summary = yaml.string("summary", true);
        String source = source(file, yaml);
        Map<String, String> titles = new TreeMap<>();
        for (YamlMap module : yaml.maps("modules")) {
            module.rejectUnknownKeys(MODULE_KEYS);
            String id = module.string("id", true);
            String moduleTitle = module.string("title", true);
            if (id != null && !moduleIds.contains(id)) {
                problems.add(file, module.line("id"), "missing source: the course has no module '" + id + "'");
            } else if (id != null && moduleTitle != null) {
                titles.put(id, moduleTitle);
            }
        }
        return title == null || summary == null || source == null ? null
                : new CourseHead(title, summary, titles, source);
    }

    /** Reads the text of a {@code <lesson-id>.<lang>.md}; null when it has a problem (then added to the problems). */
    CourseSpec.LessonTranslation lesson(String file, String id, String text, Set<String> lessonIds,
                                        Set<String> assets) {
        FrontMatter lesson = FrontMatter.split(file, text, problems);
        if (lesson == null) {
            return null;
        }
        YamlMap yaml = lesson.yaml();
        yaml.rejectUnknownKeys(LESSON_KEYS);
        String title = yaml.string("title", true);
        List<String> objectives = lesson.objectives(file, problems);
        String source = source(file, yaml);
        lesson.checkBody(file, lessonIds, assets, problems);
        return title == null || source == null ? null
                : new CourseSpec.LessonTranslation(id, title, objectives, lesson.body(), source);
    }

    private String source(String file, YamlMap yaml) {
        String source = yaml.string("source", true);
        if (source != null && !FINGERPRINT.matcher(source).matches()) {
            problems.add(file, yaml.line("source"), "source must be the " + SourceFingerprint.LENGTH
                    + " hex digits of the source's fingerprint (shown on the authoring page), not '" + source + "'");
            return null;
        }
        return source;
    }

    /** True when the tag may be a translation's language ({@link TranslationLanguage}); else a problem. */
    private boolean language(String file, String tag, String sourceLanguage) {
        java.util.Optional<String> problem = TranslationLanguage.problem(tag, sourceLanguage,
                "the course's own language");
        problem.ifPresent(message -> problems.add(file, 1, message));
        return problem.isEmpty();
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md"))
                    .filter(TranslationReader::isTranslation).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
