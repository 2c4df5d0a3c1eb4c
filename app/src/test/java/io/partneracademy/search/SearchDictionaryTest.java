package io.partneracademy.search;

import io.partneracademy.bench.SearchBenchmark;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The authors' dictionary (content/synonyms.txt): every entry parses, is reachable from a query and is used. */
class SearchDictionaryTest {

    private static final Path FILE = ProjectDir.get().resolve("content/synonyms.txt");

    @Test
    void everyPhraseTypedAloneIsReadAsItsOwnGroup() {
        Synonyms dictionary = Synonyms.read(FILE);

        dictionary.phrases().forEach((phrase, line) -> {
            List<Synonyms.Concept> concepts = dictionary.concepts(phrase);
            assertThat(concepts).as("\"%s\" (line %d)", phrase, line).hasSize(1);
            assertThat(concepts.get(0).line()).as("\"%s\" is shadowed by another line", phrase).isEqualTo(line);
        });
        assertThat(dictionary.phrases()).containsKeys("tco", "poc", "se", "qbr", "mdf", "si", "msp", "arr", "nfr",
                "spiff", "rfp");
    }

    @Test
    void everyGroupHasAPhraseThatOccursInTheShippedContent() throws Exception {
        Synonyms dictionary = Synonyms.read(FILE);
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(ProjectDir.get().resolve("content"))) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(md|txt|html|yaml)$"))
                    .filter(p -> !p.endsWith("synonyms.txt")).toList()) {
                text.append(Files.readString(f)).append('\n');
            }
        }
        SearchBenchmark.demoResources(ProjectDir.get().resolve("content/resources"))
                .forEach(d -> text.append(d.body()).append('\n'));

        Set<Integer> used = dictionary.concepts(text.toString()).stream().flatMap(c -> c.lines().stream())
                .collect(Collectors.toCollection(TreeSet::new));

        Set<Integer> unused = new TreeSet<>(dictionary.lines());
        unused.removeAll(used);
        assertThat(unused).as("lines of content/synonyms.txt whose phrases occur nowhere in content/").isEmpty();
    }

    @Test
    void anAbbreviationWithTwoMeaningsFindsBoth() {
        Synonyms dictionary = Synonyms.read(FILE);

        List<Synonyms.Concept> nfr = dictionary.concepts("NFR for the demo");

        assertThat(nfr.get(0).typed()).isEqualTo("nfr");
        assertThat(nfr.get(0).alternatives()).contains("not for resale", "non functional requirement")
                .doesNotContain("nfr");
        assertThat(nfr.get(0).lines()).hasSize(2);
    }

    @Test
    void aGroupWithOnePhraseIsRejectedWithItsLine() {
        assertThatThrownBy(() -> Synonyms.parse(List.of("# ok", "tco, total cost of ownership", "spiff"), "synonyms.txt"))
                .hasMessage("synonyms.txt:3: a group needs at least two different phrases separated by commas: \"spiff\"");
        assertThatThrownBy(() -> Synonyms.parse(List.of("poc,, proof of concept"), "synonyms.txt"))
                .hasMessageStartingWith("synonyms.txt:1: empty phrase");
    }
}
