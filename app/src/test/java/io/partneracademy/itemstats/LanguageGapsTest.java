package io.partneracademy.itemstats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a language's facility counts as standing out from the other languages'. */
class LanguageGapsTest {

    @Test
    void aLargeGapWithEnoughAnswersOnBothSidesStandsOut() {
        assertThat(LanguageGaps.standsOut(0, 35, 35, 35, 20)).isTrue();
        assertThat(LanguageGaps.standsOut(10, 40, 36, 40, 20)).isTrue();
    }

    @Test
    void tooFewAnswersASmallGapOrAGapChanceExplainsDoNotStandOut() {
        assertThat(LanguageGaps.standsOut(0, 10, 35, 35, 20)).as("10 answers in the language").isFalse();
        assertThat(LanguageGaps.standsOut(0, 35, 10, 10, 20)).as("10 answers elsewhere").isFalse();
        assertThat(LanguageGaps.standsOut(25, 35, 30, 35, 20)).as("71 % against 86 %: under 20 points").isFalse();
        // 57 % against 80 %: 23 points, but z = 2.06 with 35 answers each, which chance explains often enough
        assertThat(LanguageGaps.standsOut(20, 35, 28, 35, 20)).isFalse();
        assertThat(LanguageGaps.standsOut(35, 35, 35, 35, 20)).as("identical").isFalse();
    }
}
