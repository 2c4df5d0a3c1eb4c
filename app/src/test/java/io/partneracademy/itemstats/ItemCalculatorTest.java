package io.partneracademy.itemstats;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reproduces Moodle's own quiz statistics fixture (results00.csv → qstats00.csv) and the exam-level figures. */
class ItemCalculatorTest {

    private static final double TOLERANCE = 1e-3;

    @Test
    void reproducesMoodlesQuestionStatisticsForTheReferenceAttempts() throws IOException {
        ItemCalculator.Figures figures = ItemCalculator.compute(reference(), new int[] {1, 1, 1, 1, 1, 1, 1});
        List<String[]> expected = csv("qstats00.csv");

        assertThat(expected).hasSize(7);
        for (String[] row : expected) {
            ItemCalculator.ItemFigures item = figures.items().get(Integer.parseInt(row[0]) - 1);
            String slot = "slot " + row[0];
            assertThat(item.answers()).as(slot).isEqualTo(25);
            assertThat(item.facility()).as(slot + " facility").isCloseTo(d(row[1]), within(TOLERANCE));
            assertThat(item.sd()).as(slot + " sd").isCloseTo(d(row[2]), within(TOLERANCE));
            assertThat(item.effectiveWeight()).as(slot + " effective weight").isCloseTo(d(row[3]), within(TOLERANCE));
            assertThat(item.covariance()).as(slot + " covariance").isCloseTo(d(row[4]), within(TOLERANCE));
            assertThat(item.markVariance()).as(slot + " mark variance").isCloseTo(d(row[5]), within(TOLERANCE));
            assertThat(item.otherMarkVariance()).as(slot + " other").isCloseTo(d(row[6]), within(TOLERANCE));
            assertThat(item.discrimination()).as(slot + " discrimination").isCloseTo(d(row[7]), within(TOLERANCE));
            assertThat(item.covarianceMax()).as(slot + " covariance max").isCloseTo(d(row[8]), within(TOLERANCE));
            assertThat(item.discriminativeEfficiency()).as(slot + " efficiency").isCloseTo(d(row[9]), within(TOLERANCE));
        }
    }

    @Test
    void examFiguresFollowMoodlesDefinitionsInPercentOfTheMaximum() throws IOException {
        ItemCalculator.ExamFigures exam = ItemCalculator.compute(reference(), new int[] {1, 1, 1, 1, 1, 1, 1}).exam();

        // Worked out by hand from results00.csv: total marks out of 7, sample SD, Cronbach's alpha over 7 slots.
        assertThat(exam.attempts()).isEqualTo(25);
        assertThat(exam.mean()).isCloseTo(65.9619, within(TOLERANCE));
        assertThat(exam.median()).isCloseTo(64.2857, within(TOLERANCE));
        assertThat(exam.sd()).isCloseTo(11.5961, within(TOLERANCE));
        assertThat(exam.cic()).isCloseTo(-87.2231, within(TOLERANCE));
        assertThat(exam.errorRatio()).isCloseTo(136.8295, within(TOLERANCE));
        assertThat(exam.standardError()).isCloseTo(15.8669, within(TOLERANCE));
    }

    @Test
    void aPerfectlyConsistentPaperHasACoefficientOfOneHundred() {
        Responses r = new Responses(4, 2, 2);
        double[] marks = {0, 0, 1, 1};
        for (int a = 0; a < 4; a++) {
            r.add(a, 0, 0, marks[a], marks[a] == 1 ? 1 : 2);
            r.add(a, 1, 1, marks[a], marks[a] == 1 ? 1 : 2);
        }

        ItemCalculator.Figures figures = ItemCalculator.compute(r, new int[] {2, 2});

        assertThat(figures.exam().cic()).isCloseTo(100, within(1e-9));
        assertThat(figures.exam().standardError()).isCloseTo(0, within(1e-9));
        assertThat(figures.items().get(0).discrimination()).isCloseTo(100, within(1e-9));
        assertThat(figures.items().get(0).optionCounts()).containsExactly(2, 2);
        assertThat(figures.items().get(0).highCounts()).containsExactly(1, 0);
        assertThat(figures.items().get(0).lowCounts()).containsExactly(0, 1);
    }

    static Responses reference() throws IOException {
        List<String[]> rows = csv("results00.csv");
        Responses r = new Responses(rows.size(), 7, 7);
        for (int a = 0; a < rows.size(); a++) {
            for (int s = 0; s < 7; s++) {
                r.add(a, s, s, d(rows.get(a)[s + 1]), 1);
            }
        }
        return r;
    }

    private static List<String[]> csv(String name) throws IOException {
        try (InputStream in = ItemCalculatorTest.class.getResourceAsStream("/itemstats/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n")).skip(1).filter(l -> !l.isBlank()).map(l -> l.strip().split(","))
                    .toList();
        }
    }

    private static double d(String value) {
        return Double.parseDouble(value);
    }
}
