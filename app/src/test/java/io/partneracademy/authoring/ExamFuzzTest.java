package io.partneracademy.authoring;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.Problems;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.ProblemLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fuzzes the exam readers: the first byte picks exam.yaml, a question bank, or a GIFT file, the rest is its
 * content. An exam folder gives exams or problems at real lines; GIFT text gives questions or problems; nothing
 * else may happen. Seeds: the fixture's own files (ExamFuzzTestInputs).
 */
class ExamFuzzTest {

    private static final Path ROOT = onlyQuiz(ExamFixture.create());
    private static final Path EXAM = ROOT.resolve("quiz/exam.yaml");
    private static final Path BANK = ROOT.resolve("quiz/questions/bank.yaml");
    private static final byte[] EXAM_ORIGINAL = read(EXAM);
    private static final byte[] BANK_ORIGINAL = read(BANK);

    @FuzzTest(maxDuration = "5s")
    @DictionaryEntries({"questions:", "- id: ", "section: ", "difficulty: ", "type: single", "type: multiple",
            "type: true-false", "options:", "correct: [", "blueprint:", "draw: ", "retake:", "window:", "opens: ",
            "&a ", "*a", "::", "{=", "~%50%", "$CATEGORY: ", "// ", "\\{", "#", "->", "}"})
    void anyFileGivesExamsOrProblemsAtRealLines(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        switch (Byte.toUnsignedInt(input[0]) % 3) {
            case 0 -> readWith(EXAM, content, EXAM_ORIGINAL);
            case 1 -> readWith(BANK, content, BANK_ORIGINAL);
            default -> {
                Problems problems = new Problems();
                String text = ContentFiles.decode(content, "fuzz.gift", problems);
                if (text != null) {
                    new GiftParser("fuzz.gift", problems).parse(text);
                }
            }
        }
    }

    private static void readWith(Path file, byte[] content, byte[] original) throws IOException {
        Files.write(file, content);
        try {
            ExamTree.read(ROOT, Set.of("basics"));
        } catch (ContentInvalidException e) {
            ProblemLines.assertAtRealLines(ROOT, e.problems());
        } finally {
            Files.write(file, original);
        }
    }

    private static Path onlyQuiz(Path root) {
        try (Stream<Path> exams = Files.list(root)) {
            for (Path exam : exams.filter(p -> !p.getFileName().toString().equals("quiz")).toList()) {
                try (Stream<Path> files = Files.walk(exam)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
