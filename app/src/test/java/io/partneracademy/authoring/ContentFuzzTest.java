package io.partneracademy.authoring;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.content.Problems;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.LabContent;
import io.partneracademy.support.ProblemLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the content readers: the first byte picks what the rest is (a path, a lab track, a lesson, a course.yaml
 * read with its lessons, or a path file read as part of a whole tree with its cross-file checks). The only outcomes
 * allowed are a result or problems at real lines; any other exception is a finding. Text readers get the text
 * directly, which keeps each run fast; seeds are the fixture's own files (ContentFuzzTestInputs).
 */
class ContentFuzzTest {

    private static final ContentFixture FIXTURE = ContentFixture.create().write("labs/practice.yaml", LabContent.PRACTICE);
    private static final Path COURSE = FIXTURE.root().resolve("courses/intro");
    private static final Path PATH = FIXTURE.root().resolve("paths/advanced.yaml");
    private static final byte[] COURSE_ORIGINAL = read(COURSE.resolve("course.yaml"));
    private static final byte[] PATH_ORIGINAL = read(PATH);

    @FuzzTest(maxDuration = "5s")
    @DictionaryEntries({"---", "id: ", "title: ", "courses:", "lessons: [", "modules:", "tasks:", "check:",
            "type: answer", "prerequisite: ", "audience:", "&a ", "*a", "<<: ", "!!binary ", "? ", "- ", "](", "]: "})
    void anyFileGivesAResultOrProblemsAtRealLines(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        switch (Byte.toUnsignedInt(input[0]) % 5) {
            case 0 -> text("paths/basics.yaml", bytes, (text, problems) ->
                    new PathReader(problems).read("paths/basics.yaml", "basics", text));
            case 1 -> text("labs/practice.yaml", bytes, (text, problems) ->
                    new LabReader(problems).read("labs/practice.yaml", "practice", text));
            case 2 -> text("courses/intro/welcome.md", bytes, (text, problems) ->
                    new LessonReader(problems, Set.of("welcome", "second-lesson"), Set.of("images/diagram.svg"))
                            .read("courses/intro/welcome.md", "welcome", text, "en"));
            case 3 -> course(bytes);
            default -> tree(bytes);
        }
    }

    private interface Reader {
        void read(String text, Problems problems);
    }

    private static void text(String file, byte[] bytes, Reader reader) {
        Problems problems = new Problems();
        String text = ContentFiles.decode(bytes, file, problems);
        if (text != null) {
            reader.read(text, problems);
        }
        int lines = (text == null ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) : text)
                .split("\n", -1).length;
        for (ContentProblem problem : problems.sorted()) {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.message()).isNotBlank();
            assertThat(problem.line()).as(problem.toString()).isBetween(1, lines);
        }
    }

    private static void course(byte[] bytes) throws IOException {
        Files.write(COURSE.resolve("course.yaml"), bytes);
        try {
            Problems problems = new Problems();
            new CourseReader(problems).read(COURSE, "courses/intro");
            if (!problems.isEmpty()) {
                ProblemLines.assertAtRealLines(FIXTURE.root(), problems.sorted());
            }
        } finally {
            Files.write(COURSE.resolve("course.yaml"), COURSE_ORIGINAL);
        }
    }

    private static void tree(byte[] bytes) throws IOException {
        Files.write(PATH, bytes);
        try {
            ContentTree.read(FIXTURE.root());
        } catch (ContentInvalidException e) {
            ProblemLines.assertAtRealLines(FIXTURE.root(), e.problems());
        } finally {
            Files.write(PATH, PATH_ORIGINAL);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
