package io.partneracademy.authoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void aChangedLineIsRemovedThenAddedAndEqualLinesAreLeftOut() {
        assertThat(LineDiff.of("# Title\n\nRead the guide.\nThe end.\n", "# Title\n\nFirst read the guide.\nThe end.\n"))
                .containsExactly(new LineDiff.Change(false, 3, "Read the guide."),
                        new LineDiff.Change(true, 3, "First read the guide."));
    }

    @Test
    void linesAddedAndRemovedKeepTheirOwnLineNumbers() {
        assertThat(LineDiff.of("a\nb\nc", "a\nc\nd\ne")).containsExactly(new LineDiff.Change(false, 2, "b"),
                new LineDiff.Change(true, 3, "d"), new LineDiff.Change(true, 4, "e"));
        assertThat(LineDiff.of("same\ntext", "same\ntext")).isEmpty();
        assertThat(LineDiff.of("", "new")).containsExactly(new LineDiff.Change(false, 1, ""),
                new LineDiff.Change(true, 1, "new"));
    }
}
