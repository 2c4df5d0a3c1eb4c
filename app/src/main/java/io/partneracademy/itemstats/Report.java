package io.partneracademy.itemstats;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** Item statistics of one exam version over first (or all) attempts, as computed at {@code computedAt}. */
record Report(String examId, String title, int version, boolean allAttempts, Instant computedAt, long millis,
              int passMarkPercent, ItemCalculator.ExamFigures exam, @Nullable Double passRate, List<Bin> distribution,
              List<AttemptNumber> byAttemptNumber, List<Item> items) {

    Report {
        distribution = List.copyOf(distribution);
        byAttemptNumber = List.copyOf(byAttemptNumber);
        items = List.copyOf(items);
    }

    /** Attempts whose stored score lies in [from, to) percent (the last bin includes 100). */
    record Bin(int from, int to, int count) {
    }

    /** How the version's n-th attempts of each person went (all attempts, whatever the scope). */
    record AttemptNumber(int number, boolean orLater, int attempts, int passed) {

        double passRate() {
            return attempts == 0 ? 0 : 100.0 * passed / attempts;
        }
    }

    /** One question's figures, its options' use and its flags. */
    record Item(String questionId, String section, String difficulty, String type, String stem, int answers,
                @Nullable Double facility, @Nullable Double sd, @Nullable Double discrimination,
                @Nullable Double discriminativeEfficiency, @Nullable Double effectiveWeight, List<OptionUse> options,
                List<Flag> flags, List<LanguageFacility> languages) {

        Item {
            options = List.copyOf(options);
            flags = List.copyOf(flags);
            languages = List.copyOf(languages);
        }
    }

    /**
     * The question's facility among the answers given in one exam language.
     *
     * @param standsOut whether it differs from the other languages' enough to suspect the translation
     */
    record LanguageFacility(String language, int answers, double facility, boolean standsOut) {
    }

    /** How often an option was chosen overall and by the top and bottom 27% of attempts (null: group empty). */
    record OptionUse(String id, String text, boolean correct, int count, double share, @Nullable Double highShare,
                     @Nullable Double lowShare) {
    }

    /** Why a question needs an author's look; the code is what CSV and pages carry. */
    enum Flag {
        TOO_EASY("too-easy"), TOO_HARD("too-hard"), LOW_DISCRIMINATION("low-discrimination"),
        UNUSED_DISTRACTOR("unused-distractor"), DISTRACTOR_FAVOURS_HIGH("distractor-favours-high"),
        TRANSLATION("translation");

        private final String code;

        Flag(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
