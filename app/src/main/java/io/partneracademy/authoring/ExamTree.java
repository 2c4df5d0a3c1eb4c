package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A whole exams/ folder, read and validated: every problem in every file, or all exams. */
public record ExamTree(List<ExamSpec> exams) {

    /**
     * Reads and validates the folder; {@code knownPaths} are the certification paths exams may refer to
     * (null skips that check, e.g. for a files-only check).
     */
    public static ExamTree read(Path root, Set<String> knownPaths) {
        Problems problems = new Problems();
        if (!Files.isDirectory(root)) {
            problems.add(root.toString(), 1, "exams folder not found");
            throw new ContentInvalidException(problems.sorted());
        }
        List<ExamSpec> exams = new ArrayList<>();
        ExamReader reader = new ExamReader(problems);
        for (Path dir : list(root, Files::isDirectory)) {
            ExamSpec exam = reader.read(dir, dir.getFileName().toString());
            if (exam != null) {
                if (knownPaths != null && !knownPaths.contains(exam.pathId())) {
                    problems.add(exam.id() + "/exam.yaml", 1, "unknown path '" + exam.pathId() + "'");
                }
                exams.add(exam);
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentInvalidException(problems.sorted());
        }
        return new ExamTree(exams);
    }

    private static List<Path> list(Path dir, Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
