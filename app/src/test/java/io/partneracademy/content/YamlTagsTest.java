package io.partneracademy.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A YAML tag the reader cannot build (e.g. {@code !%0}) is a problem at its line, not an exception (fuzz finding). */
class YamlTagsTest {

    @Test
    void aTagTheComposerRefusesIsAProblemAtItsLine() {
        Problems problems = new Problems();

        assertThat(YamlMap.parse("resources/deck/resource.yaml", "title: Deck\nsummary: !%0", 0, problems)).isNull();

        assertThat(problems.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).startsWith("invalid YAML tag");
        });
    }

    @Test
    void aWholeFileOfJustSuchATagIsAProblemToo() {
        Problems problems = new Problems();

        assertThat(YamlMap.parse("resources/deck/resource.yaml", "!%0", 0, problems)).isNull();

        assertThat(problems.sorted()).singleElement().satisfies(problem -> assertThat(problem.line()).isEqualTo(1));
    }
}
