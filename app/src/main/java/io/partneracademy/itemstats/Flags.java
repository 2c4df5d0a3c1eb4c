package io.partneracademy.itemstats;

import java.util.ArrayList;
import java.util.List;

/** Decides which flags a question earns from its figures and the configured thresholds. */
final class Flags {

    private Flags() {
    }

    static List<Report.Flag> of(ItemCalculator.ItemFigures f, List<Report.OptionUse> options, ItemStatsSettings s) {
        List<Report.Flag> flags = new ArrayList<>();
        if (f.answers() < Math.max(1, s.minAnswers())) {
            return flags;
        }
        if (f.facility() != null && f.facility() > s.maxFacility()) {
            flags.add(Report.Flag.TOO_EASY);
        }
        if (f.facility() != null && f.facility() < s.minFacility()) {
            flags.add(Report.Flag.TOO_HARD);
        }
        if (f.discrimination() != null && f.discrimination() < s.minDiscrimination()) {
            flags.add(Report.Flag.LOW_DISCRIMINATION);
        }
        List<Report.OptionUse> distractors = options.stream().filter(o -> !o.correct()).toList();
        if (distractors.stream().anyMatch(o -> o.count() == 0)) {
            flags.add(Report.Flag.UNUSED_DISTRACTOR);
        }
        if (distractors.stream().anyMatch(o -> o.highShare() != null && o.lowShare() != null
                && o.highShare() > o.lowShare() + s.distractorMargin())) {
            flags.add(Report.Flag.DISTRACTOR_FAVOURS_HIGH);
        }
        return flags;
    }
}
