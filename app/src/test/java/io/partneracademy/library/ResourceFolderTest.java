package io.partneracademy.library;

import io.partneracademy.partners.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceFolderTest {

    private static final String VALID = """
            title: "Battle Card: Mesh OS vs. DIY"
            type: battle-card
            tags: [competitive, sales]
            language: en
            tier: REGISTERED
            owner: author@partneracademy.example
            review-by: 2027-06-30
            file: card.md
            """;

    @TempDir
    Path root;

    @Test
    void aValidFolderIsReadIntoItsForm() throws IOException {
        write("battle-card", VALID);

        ResourceFolder folder = new ResourceFolder();
        List<ResourceFolder.Shipped> shipped = folder.read(root);

        assertThat(folder.problems()).isEmpty();
        assertThat(shipped).singleElement().satisfies(s -> {
            assertThat(s.form().id()).isEqualTo("battle-card");
            assertThat(s.form().title()).isEqualTo("Battle Card: Mesh OS vs. DIY");
            assertThat(s.form().tags()).isEqualTo("competitive,sales");
            assertThat(s.form().minTier()).isEqualTo(Tier.REGISTERED);
            assertThat(s.form().reviewBy()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(s.fileName()).isEqualTo("card.md");
        });
    }

    @Test
    void aProblemNamesTheLineOfItsKeyEvenWhenTheKeyIsQuoted() throws IOException {
        write("battle-card", VALID.replace("tier: REGISTERED", "\"tier\": DIAMOND"));

        ResourceFolder folder = new ResourceFolder();
        List<ResourceFolder.Shipped> shipped = folder.read(root);

        assertThat(shipped).isEmpty();
        assertThat(folder.problems()).singleElement().hasToString(
                "resources/battle-card/resource.yaml:5: unknown tier 'DIAMOND'; expected one of "
                        + List.of(Tier.values()));
    }

    @Test
    void invalidYamlNamesTheLineWhereItBreaks() throws IOException {
        write("battle-card", VALID.replace("language: en", "language: [en"));

        ResourceFolder folder = new ResourceFolder();
        folder.read(root);

        assertThat(folder.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("resources/battle-card/resource.yaml");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("invalid YAML");
        });
    }

    @Test
    void aMissingKeyAndAnUnknownKeyAreBothReportedAndNothingIsShipped() throws IOException {
        write("battle-card", VALID.replace("owner: author@partneracademy.example\n", "") + "colour: blue\n");

        ResourceFolder folder = new ResourceFolder();
        List<ResourceFolder.Shipped> shipped = folder.read(root);

        assertThat(shipped).isEmpty();
        assertThat(folder.problems()).extracting(Object::toString).containsExactly(
                "resources/battle-card/resource.yaml:1: 'owner' is required",
                "resources/battle-card/resource.yaml:8: unknown key 'colour'; expected one of "
                        + "[file, language, owner, review-by, tags, tier, title, type]");
    }

    @Test
    void aFileNameNoFileCanHaveIsAProblemNotACrash() throws IOException {
        write("battle-card", VALID.replace("file: card.md", "file: \"card\\0.md\""));

        ResourceFolder folder = new ResourceFolder();
        List<ResourceFolder.Shipped> shipped = folder.read(root);

        assertThat(shipped).isEmpty();
        assertThat(folder.problems()).extracting(Object::toString).containsExactly(
                "resources/battle-card/resource.yaml:8: file 'card\u0000.md' not found next to resource.yaml");
    }

    @Test
    void aResourceFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        write("battle-card", VALID);
        Files.write(root.resolve("battle-card/card.md"), new byte[ResourceFolder.MAX_FILE_BYTES + 1]);

        ResourceFolder folder = new ResourceFolder();
        List<ResourceFolder.Shipped> shipped = folder.read(root);

        assertThat(shipped).isEmpty();
        assertThat(folder.problems()).extracting(Object::toString).containsExactly(
                "resources/battle-card/resource.yaml:8: file 'card.md' is larger than 50 MB");
    }

    private void write(String id, String yaml) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        Files.writeString(dir.resolve(ResourceFolder.META), yaml);
        Files.writeString(dir.resolve("card.md"), "# Card\n");
    }
}
