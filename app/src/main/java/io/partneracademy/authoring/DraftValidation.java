package io.partneracademy.authoring;

import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Validates a draft with exactly the importer's rules by writing it as content files and reading them back,
 * which also proves that the course can be exported and re-imported unchanged.
 */
final class DraftValidation {

    private DraftValidation() {
    }

    static CourseSpec read(DraftCourse draft, Map<String, byte[]> assets) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("pa-draft");
            Path dir = CourseFiles.write(draft, assets, temp.resolve("courses"));
            Problems problems = new Problems();
            CourseSpec spec = new CourseReader(problems).read(dir, "courses/" + draft.id());
            if (!problems.isEmpty() || spec == null) {
                throw new ContentInvalidException(problems.sorted());
            }
            return spec;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(temp);
        }
    }

    /** Writes the course in the content/ format to a new folder (for export); the caller deletes it. */
    static Path export(CourseSpec spec) {
        try {
            Path temp = Files.createTempDirectory("pa-export");
            CourseFiles.write(DraftCourse.of(spec), spec.assets(), temp);
            CourseFiles.writeTranslations(spec, temp);
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
