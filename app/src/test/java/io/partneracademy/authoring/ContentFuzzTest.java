package io.partneracademy.authoring;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.LabContent;
import io.partneracademy.support.ProblemLines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the content readers (paths, courses, lessons, lab tracks) through {@link ContentTree#read}: the first byte
 * picks a file of a small valid tree, the rest replaces it. The only outcomes allowed are a tree or problems at real
 * lines; any other exception is a finding. Seeds: the tree's own files (ContentFuzzTestInputs).
 */
class ContentFuzzTest {

    private static final ContentFixture FIXTURE = ContentFixture.create().write("labs/practice.yaml", LabContent.PRACTICE);
    private static final List<String> FILES = List.of("paths/basics.yaml", "paths/advanced.yaml",
            "courses/intro/course.yaml", "courses/intro/welcome.md", "courses/intro/second-lesson.md",
            "labs/practice.yaml");
    private static final Map<String, byte[]> ORIGINALS = originals();

    @FuzzTest(maxDuration = "5s")
    @DictionaryEntries({"---\n", "id: ", "title: ", "courses:", "lessons: [", "modules:", "tasks:", "check:",
            "type: answer", "prerequisite: ", "audience:", "&a ", "*a", "<<: ", "!!binary ", "? ", "- ", "](", "\t",
            "\uFEFF", "\r\n"})
    void anyFileGivesATreeOrProblemsAtRealLines(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        String target = FILES.get(Byte.toUnsignedInt(input[0]) % FILES.size());
        Path file = FIXTURE.root().resolve(target);
        Files.write(file, Arrays.copyOfRange(input, 1, input.length));
        try {
            ContentTree.read(FIXTURE.root());
        } catch (ContentInvalidException e) {
            ProblemLines.assertAtRealLines(FIXTURE.root(), e.problems());
        } finally {
            Files.write(file, ORIGINALS.get(target));
        }
    }

    private static Map<String, byte[]> originals() {
        Map<String, byte[]> originals = new LinkedHashMap<>();
        try {
            for (String file : FILES) {
                originals.put(file, Files.readAllBytes(FIXTURE.root().resolve(file)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return originals;
    }
}
