package io.partneracademy.support;

import io.partneracademy.content.ContentProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks problems from a fuzzed tree: each names a file and a line that exists in it (or 1 for a missing file). */
public final class ProblemLines {

    private ProblemLines() {
    }

    /** Asserts every problem is at a real line of its file, the file resolved against {@code root}. */
    public static void assertAtRealLines(Path root, List<ContentProblem> problems) {
        assertThat(problems).as("an invalid tree reports at least one problem").isNotEmpty();
        for (ContentProblem problem : problems) {
            assertThat(problem.file()).as(problem.toString()).isNotBlank();
            assertThat(problem.message()).as(problem.toString()).isNotBlank();
            Path file = root.resolve(problem.file());
            int lines = Files.isRegularFile(file) ? lines(file) : 1;
            assertThat(problem.line()).as(problem.toString()).isBetween(1, Math.max(1, lines));
        }
    }

    private static int lines(Path file) {
        try {
            int lines = 1;
            for (byte b : Files.readAllBytes(file)) {
                if (b == '\n') {
                    lines++;
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
