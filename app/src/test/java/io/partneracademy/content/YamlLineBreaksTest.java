package io.partneracademy.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A YAML file with a line end other than LF (a lone CR, NEL, LS or PS) is a problem at the line where an editor shows
 * it; the YAML reader counts those as line ends, so its own line numbers pointed past the end of the file (found by
 * the resource-folder fuzz test in CI).
 */
class YamlLineBreaksTest {

    @Test
    void anOtherLineBreakIsAProblemAtItsRealLine() {
        for (char lineBreak : new char[] {'\r', '\u0085', '\u2028', '\u2029'}) {
            Problems problems = new Problems();
            String text = "title: Battle card\nsummary: one" + lineBreak + "kind: \"\\E\"";

            assertThat(YamlMap.parse("resources/battle-card/resource.yaml", text, 0, problems)).isNull();

            assertThat(problems.sorted()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).as("the file has two lines").isEqualTo(2);
                assertThat(problem.message()).contains(String.format("U+%04X", (int) lineBreak), "LF");
            });
        }
    }

    @Test
    void windowsLineEndsStillParse() {
        Problems problems = new Problems();

        YamlMap map = YamlMap.parse("resources/deck/resource.yaml", "title: Deck\r\nsummary: Slides\r\n", 0, problems);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(map).isNotNull();
        assertThat(map.line("summary")).isEqualTo(2);
    }
}
