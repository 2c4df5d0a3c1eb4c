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
        List<PathSpec> paths = new ArrayList<>();
        for (Path file : list(root.resolve("paths"), ContentTree::isSource)) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".yaml".length());
            String display = "paths/" + name;
            Slugs.check(display, 1, "path file name", id, problems);
            String text = ContentFiles.text(file, display, problems);
            PathSpec path = text == null ? null : pathReader.read(display, id, text);
            if (path != null) {
                paths.add(path);
            }
        }
        Set<String> courseIds = list(root.resolve("courses"), Files::isDirectory).stream()
                .map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        pathReader.checkReferences(paths, courseIds);
        LabReader labReader = new LabReader(problems);
        List<LabTrackSpec> labs = labs(root, labReader, problems);
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

    private static List<LabTrackSpec> labs(Path root, LabReader reader, Problems problems) {
        List<LabTrackSpec> labs = new ArrayList<>();
        for (Path file : list(root.resolve("labs"), ContentTree::isSource)) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".yaml".length());
            String display = "labs/" + name;
            Slugs.check(display, 1, "lab file name", id, problems);
            String text = ContentFiles.text(file, display, problems);
            LabTrackSpec lab = text == null ? null : reader.read(display, id, text);
            if (lab != null) {
                labs.add(lab);
            }
        }
        return labs;
    }

    private static List<LiveReader.LiveFile> sessions(Path root, Set<String> courseIds, Set<String> pathIds,
                                                      Problems problems) {
        LiveReader reader = new LiveReader(problems);
        List<LiveReader.LiveFile> sessions = new ArrayList<>();
        for (Path file : list(root.resolve("live"), p -> p.toString().endsWith(".yaml"))) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".yaml".length());
            String display = "live/" + name;
            Slugs.check(display, 1, "live session file name", id, problems);
            String text = ContentFiles.text(file, display, problems);
            LiveReader.LiveFile session = text == null ? null : reader.read(display, id, text);
            if (session != null) {
                sessions.add(session);
            }
        }
        reader.checkReferences(courseIds, pathIds);
        return sessions;
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
