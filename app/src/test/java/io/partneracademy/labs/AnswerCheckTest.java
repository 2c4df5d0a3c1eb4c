package io.partneracademy.labs;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerCheckTest {

    @Test
    void exactAnswersIgnoreCaseAndCollapseWhitespaceByDefault() {
        LabTrackSpec.Check check = LabTrackSpec.Check.answer(LabTrackSpec.Match.EXACT, List.of("Blue Falcon"), null,
                true, LabTrackSpec.Whitespace.COLLAPSE);

        assertThat(AnswerCheck.accepts(check, "  blue   FALCON ")).isTrue();
        assertThat(AnswerCheck.accepts(check, "bluefalcon")).isFalse();
        assertThat(AnswerCheck.accepts(check, "Blue Falcons")).isFalse();
    }

    @Test
    void exactAnswersCanBeCaseAndWhitespaceStrict() {
        LabTrackSpec.Check strict = LabTrackSpec.Check.answer(LabTrackSpec.Match.EXACT, List.of("sap.update_vendor_bank"),
                null, false, LabTrackSpec.Whitespace.EXACT);
        LabTrackSpec.Check ignoring = LabTrackSpec.Check.answer(LabTrackSpec.Match.EXACT, List.of("2027-03-10"), null,
                true, LabTrackSpec.Whitespace.IGNORE);

        assertThat(AnswerCheck.accepts(strict, "sap.update_vendor_bank")).isTrue();
        assertThat(AnswerCheck.accepts(strict, "SAP.update_vendor_bank")).isFalse();
        assertThat(AnswerCheck.accepts(strict, " sap.update_vendor_bank")).isFalse();
        assertThat(AnswerCheck.accepts(ignoring, "2027 - 03 - 10")).isTrue();
    }

    @Test
    void regularExpressionsMustMatchTheWholeAnswer() {
        LabTrackSpec.Check check = LabTrackSpec.Check.answer(LabTrackSpec.Match.REGEX, List.of("DR-[0-9]{6}"), null,
                true, LabTrackSpec.Whitespace.TRIM);

        assertThat(AnswerCheck.accepts(check, " dr-123456 ")).isTrue();
        assertThat(AnswerCheck.accepts(check, "DR-12345")).isFalse();
        assertThat(AnswerCheck.accepts(check, "DR-1234567")).isFalse();
        assertThat(AnswerCheck.accepts(check, "see DR-123456")).isFalse();
    }

    @Test
    void regularExpressionsAreCaseSensitiveWhenTheAuthorSaysSo() {
        LabTrackSpec.Check check = LabTrackSpec.Check.answer(LabTrackSpec.Match.REGEX, List.of("DR-[0-9]{6}"), null,
                false, LabTrackSpec.Whitespace.TRIM);

        assertThat(AnswerCheck.accepts(check, "DR-123456")).isTrue();
        assertThat(AnswerCheck.accepts(check, "dr-123456")).isFalse();
    }

    @Test
    void numbersAreAcceptedWithinTheTolerance() {
        LabTrackSpec.Check check = LabTrackSpec.Check.answer(LabTrackSpec.Match.NUMBER, List.of("850"),
                new BigDecimal("150"), true, LabTrackSpec.Whitespace.COLLAPSE);

        assertThat(AnswerCheck.accepts(check, "700")).isTrue();
        assertThat(AnswerCheck.accepts(check, "1,000")).isTrue();
        assertThat(AnswerCheck.accepts(check, "1.000")).as("as written in Germany").isTrue();
        assertThat(AnswerCheck.accepts(check, "849,5")).as("a decimal comma: 849.5, not 8495").isTrue();
        assertThat(AnswerCheck.accepts(check, "1.000,5")).isFalse();
        assertThat(AnswerCheck.accepts(check, "1000.01")).isFalse();
        assertThat(AnswerCheck.accepts(check, "699.9")).isFalse();
        assertThat(AnswerCheck.accepts(check, "about 800")).isFalse();
    }

    @Test
    void numbersWithoutToleranceMustBeEqualInValue() {
        LabTrackSpec.Check check = LabTrackSpec.Check.answer(LabTrackSpec.Match.NUMBER, List.of("30"), null, true,
                LabTrackSpec.Whitespace.COLLAPSE);

        assertThat(AnswerCheck.accepts(check, "30.0")).isTrue();
        assertThat(AnswerCheck.accepts(check, "3e1")).isTrue();
        assertThat(AnswerCheck.accepts(check, "31")).isFalse();
    }

    @Test
    void overlongAnswersAreRefusedBeforeAnyPatternRuns() {
        LabTrackSpec.Check check = LabTrackSpec.Check.answer(LabTrackSpec.Match.REGEX, List.of("(a+)+b"), null,
                false, LabTrackSpec.Whitespace.EXACT);

        assertThat(AnswerCheck.accepts(check, "a".repeat(AnswerCheck.MAX_LENGTH + 1))).isFalse();
    }
}
