package io.partneracademy.itemstats;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Flag thresholds: the defaults from the issue, and that each one is configurable. */
class FlagsTest {

    private static final ItemStatsSettings DEFAULTS = new ItemStatsSettings(0.2, 0.9, 15, 20, 0.05, false,
            Duration.ofMinutes(15));

    @Test
    void facilityOutsideTwentyToNinetyPercentIsTooHardOrTooEasy() {
        assertThat(Flags.of(figures(100, 0.19, 30.0), options(), DEFAULTS)).containsExactly(Report.Flag.TOO_HARD);
        assertThat(Flags.of(figures(100, 0.2, 30.0), options(), DEFAULTS)).isEmpty();
        assertThat(Flags.of(figures(100, 0.9, 30.0), options(), DEFAULTS)).isEmpty();
        assertThat(Flags.of(figures(100, 0.91, 30.0), options(), DEFAULTS)).containsExactly(Report.Flag.TOO_EASY);
    }

    @Test
    void discriminationBelowFifteenIsFlaggedIncludingNegative() {
        assertThat(Flags.of(figures(100, 0.5, 14.99), options(), DEFAULTS))
                .containsExactly(Report.Flag.LOW_DISCRIMINATION);
        assertThat(Flags.of(figures(100, 0.5, -20.0), options(), DEFAULTS))
                .containsExactly(Report.Flag.LOW_DISCRIMINATION);
        assertThat(Flags.of(figures(100, 0.5, 15.0), options(), DEFAULTS)).isEmpty();
    }

    @Test
    void anUnusedDistractorAndOneChosenMoreByTheTopGroupAreFlagged() {
        List<Report.OptionUse> unused = List.of(option("r", true, 60, 0.9, 0.3), option("w", false, 40, 0.1, 0.7),
                option("x", false, 0, 0.0, 0.0));
        List<Report.OptionUse> favoursHigh = List.of(option("r", true, 50, 0.5, 0.6), option("w", false, 30, 0.4, 0.2),
                option("x", false, 20, 0.1, 0.2));
        List<Report.OptionUse> withinMargin = List.of(option("r", true, 50, 0.5, 0.5), option("w", false, 30, 0.24, 0.2),
                option("x", false, 20, 0.26, 0.3));

        assertThat(Flags.of(figures(100, 0.6, 40.0), unused, DEFAULTS)).containsExactly(Report.Flag.UNUSED_DISTRACTOR);
        assertThat(Flags.of(figures(100, 0.5, 40.0), favoursHigh, DEFAULTS))
                .containsExactly(Report.Flag.DISTRACTOR_FAVOURS_HIGH);
        assertThat(Flags.of(figures(100, 0.5, 40.0), withinMargin, DEFAULTS)).isEmpty();
    }

    @Test
    void thresholdsAreConfigurableAndFewAnswersAreNeverFlagged() {
        ItemStatsSettings strict = new ItemStatsSettings(0.3, 0.8, 25, 50, 0.0, false, Duration.ofMinutes(15));

        assertThat(Flags.of(figures(100, 0.25, 20.0), options(), strict))
                .containsExactly(Report.Flag.TOO_HARD, Report.Flag.LOW_DISCRIMINATION);
        assertThat(Flags.of(figures(100, 0.85, 30.0), options(), strict)).containsExactly(Report.Flag.TOO_EASY);
        assertThat(Flags.of(figures(49, 0.05, -50.0), options(), strict)).isEmpty();
        assertThat(Flags.of(figures(19, 0.05, -50.0), options(), DEFAULTS)).isEmpty();
    }

    private static ItemCalculator.ItemFigures figures(int answers, double facility, Double discrimination) {
        return new ItemCalculator.ItemFigures(answers, facility, 0.4, 0.1, 0.2, 0.3, discrimination, 0.2, 50.0, 10.0,
                new int[0], 0, new int[0], 0, new int[0]);
    }

    private static List<Report.OptionUse> options() {
        return List.of(option("r", true, 50, 0.7, 0.3), option("w", false, 30, 0.2, 0.4),
                option("x", false, 20, 0.1, 0.3));
    }

    private static Report.OptionUse option(String id, boolean correct, int count, double high, double low) {
        return new Report.OptionUse(id, id, correct, count, count / 100.0, high, low);
    }
}
