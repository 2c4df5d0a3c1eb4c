package io.partneracademy.library;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.partneracademy.support.ProblemLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the resource reader: any resource.yaml gives a resource or problems at real lines, never an exception.
 * Seed: a valid resource.yaml (ResourceFolderFuzzTestInputs).
 */
class ResourceFolderFuzzTest {

    private static final Path CONTENT = folder();
    private static final Path META = CONTENT.resolve("resources/battle-card/resource.yaml");

    @FuzzTest(maxDuration = "5s")
    @DictionaryEntries({"title: ", "type: battle-card", "tags: [", "language: en", "tier: REGISTERED", "owner: ",
            "review-by: 2027-06-30", "file: card.md", "file: ../", "\"\\0\"", "&a ", "*a"})
    void anyResourceYamlGivesAResourceOrProblemsAtRealLines(byte[] input) throws IOException {
        Files.write(META, input);

        ResourceFolder folder = new ResourceFolder();
        List<ResourceFolder.Shipped> shipped = folder.read(CONTENT.resolve("resources"));

        if (folder.problems().isEmpty()) {
            assertThat(shipped).hasSize(1);
        } else {
            assertThat(shipped).isEmpty();
            ProblemLines.assertAtRealLines(CONTENT, folder.problems());
        }
    }

    private static Path folder() {
        try {
            Path content = Files.createTempDirectory("pa-resources");
            Path dir = Files.createDirectories(content.resolve("resources/battle-card"));
            Files.writeString(dir.resolve("card.md"), "# Battle card\n");
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
