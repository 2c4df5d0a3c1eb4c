package io.partneracademy.authoring;

import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.PathSpec;
import io.partneracademy.catalog.PathTranslation;
import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.Problems;
import io.partneracademy.labs.LabTrackSpec;
import io.partneracademy.labs.LabTranslation;
import io.partneracademy.quizzes.QuizSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A whole content/ folder, read and validated: every problem in every file, or all paths, courses, labs and live
 * sessions ({@code live/<id>.yaml}), with the path and lab track translations by source id and the courses'
 * practice quizzes by course id (every course has an entry, empty when it has no quiz).
 */
public record ContentTree(List<PathSpec> paths, List<CourseSpec> courses, List<LabTrackSpec> labs,
                          Map<String, List<PathTranslation>> pathTranslations,
                          Map<String, List<LabTranslation>> labTranslations, List<LiveReader.LiveFile> sessions,
                          Map<String, List<QuizSpec>> quizzes) {

    public ContentTree {
        pathTranslations = Map.copyOf(pathTranslations);
        labTranslations = Map.copyOf(labTranslations);
        quizzes = Map.copyOf(quizzes);
    }

    /** Reads and validates the tree; throws with every problem found when anything is wrong. */
    public static ContentTree read(Path root) {
        Problems problems = new Problems();
        if (!Files.isDirectory(root)) {
            problems.add(root.toString(), 1, "content folder not found");
            throw new ContentInvalidException(problems.sorted());
        }
        List<CourseSpec> courses = new ArrayList<>();
        Map<String, List<QuizSpec>> quizzes = new java.util.HashMap<>();
        CourseReader courseReader = new CourseReader(problems);
        QuizReader quizReader = new QuizReader(problems);
        for (Path dir : list(root.resolve("courses"), Files::isDirectory)) {
            CourseSpec course = courseReader.read(dir, "courses/" + dir.getFileName());
            if (course != null) {
                courses.add(course);
                quizzes.put(course.id(), quizReader.read(dir, "courses/" + dir.getFileName(), course.id(),
                        course.modules().stream().map(CourseSpec.ModuleSpec::id).collect(Collectors.toSet())));
            }
        }
        PathReader pathReader = new PathReader(problems);
        List<PathSpec> paths = singleFiles(root, "paths", ContentTree::isSource, "path", pathReader::read, problems);
        Set<String> courseIds = list(root.resolve("courses"), Files::isDirectory).stream()
                .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        pathReader.checkReferences(paths, courseIds);
        LabReader labReader = new LabReader(problems);
        List<LabTrackSpec> labs = singleFiles(root, "labs", ContentTree::isSource, "lab", labReader::read, problems);
        Set<String> labIds = list(root.resolve("labs"), ContentTree::isSource).stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.yaml$", "")).collect(Collectors.toSet());
        pathReader.checkLabs(paths, labIds);
        labReader.checkPaths(paths.stream().map(PathSpec::id).collect(Collectors.toSet()),
                paths.stream().collect(Collectors.toMap(PathSpec::id, PathSpec::labs)));
        SideTranslationReader translations = new SideTranslationReader(problems);
        Map<String, List<PathTranslation>> pathTranslations = translations.paths(
                list(root.resolve("paths"), SideTranslationReader::isTranslation), paths);
        Map<String, List<LabTranslation>> labTranslations = translations.labs(
                list(root.resolve("labs"), SideTranslationReader::isTranslation), labs);
        List<LiveReader.LiveFile> sessions = sessions(root, courseIds,
                paths.stream().map(PathSpec::id).collect(Collectors.toSet()), problems);
        if (!problems.isEmpty()) {
            throw new ContentInvalidException(problems.sorted());
        }
        return new ContentTree(paths, courses, labs, pathTranslations, labTranslations, sessions, quizzes);
    }

    private static List<LiveReader.LiveFile> sessions(Path root, Set<String> courseIds, Set<String> pathIds,
                                                      Problems problems) {
        LiveReader reader = new LiveReader(problems);
        List<LiveReader.LiveFile> sessions = singleFiles(root, "live", p -> p.toString().endsWith(".yaml"),
                "live session", reader::read, problems);
        reader.checkReferences(courseIds, pathIds);
        return sessions;
    }

    /** Reads one spec from its file; null when the file has a problem (then added to the problems). */
    private interface SpecReader<T> {
        T read(String file, String id, String text);
    }

    /**
     * Every {@code <folder>/<id>.yaml} the filter takes, each read by {@code reader}: the id is the file's name, checked
     * as an id ("path file name 'X' is not a valid id …"), and a file that cannot be read or has a problem adds no
     * spec.
     */
    private static <T> List<T> singleFiles(Path root, String folder, java.util.function.Predicate<Path> filter,
                                           String kind, SpecReader<T> reader, Problems problems) {
        List<T> specs = new ArrayList<>();
        for (Path file : list(root.resolve(folder), filter)) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".yaml".length());
            String display = folder + "/" + name;
            Slugs.check(display, 1, kind + " file name", id, problems);
            String text = ContentFiles.text(file, display, problems);
            T spec = text == null ? null : reader.read(display, id, text);
            if (spec != null) {
                specs.add(spec);
            }
        }
        return specs;
    }

    /** A path or lab track file ({@code <id>.yaml}), not a translation ({@code <id>.<lang>.yaml}). */
    private static boolean isSource(Path file) {
        return file.toString().endsWith(".yaml") && !SideTranslationReader.isTranslation(file);
    }

    private static List<Path> list(Path dir, java.util.function.Predicate<Path> filter) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
