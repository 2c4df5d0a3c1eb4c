package io.partneracademy.exams;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswersTest {

    private static final ExamSpec.Item ORDER = new ExamSpec.Item(List.of("a", "b", "c", "d"), List.of(), Map.of(),
            List.of(), false, null, null, 0);
    private static final ExamSpec.Item MATCH = new ExamSpec.Item(List.of(),
            List.of(new ExamSpec.Option("t1", "T1"), new ExamSpec.Option("t2", "T2"), new ExamSpec.Option("t3", "T3")),
            Map.of("p1", "t1", "p2", "t2"), List.of(), false, null, null, 0);

    private static ExamSpec.Item text(boolean caseSensitive, ExamSpec.Accepted... accepted) {
        return new ExamSpec.Item(List.of(), List.of(), Map.of(), List.of(accepted), caseSensitive, null, null, 0);
    }

    @Test
    void allOrNothingGivesOrderingAndMatchingNoShareForAPartlyRightAnswer() {
        double ordering = Answers.mark(ExamSpec.Type.ORDERING, ORDER, Set.of(), "a,b,d,c", ExamSpec.Scoring.ALL_OR_NOTHING);
        double orderingPartial = Answers.mark(ExamSpec.Type.ORDERING, ORDER, Set.of(), "a,b,d,c", ExamSpec.Scoring.PARTIAL);
        double matching = Answers.mark(ExamSpec.Type.MATCHING, MATCH, Set.of(), "p1=t1,p2=t3", ExamSpec.Scoring.ALL_OR_NOTHING);
        double matchingPartial = Answers.mark(ExamSpec.Type.MATCHING, MATCH, Set.of(), "p1=t1,p2=t3", ExamSpec.Scoring.PARTIAL);
        double allRight = Answers.mark(ExamSpec.Type.MATCHING, MATCH, Set.of(), "p1=t1,p2=t2", ExamSpec.Scoring.ALL_OR_NOTHING);
        double gaps = Answers.mark(ExamSpec.Type.ORDERING, ORDER, Set.of(), "a,,c,", ExamSpec.Scoring.PARTIAL);

        assertThat(List.of(ordering, orderingPartial, matching, matchingPartial, allRight, gaps))
                .containsExactly(0.0, 0.5, 0.0, 0.5, 1.0, 0.5);
    }

    @Test
    void shortTextIgnoresOuterAndRepeatedSpacesAndCaseUnlessCaseSensitive() {
        ExamSpec.Item insensitive = text(false, new ExamSpec.Accepted("Rollout  Undo", false));
        ExamSpec.Item sensitive = text(true, new ExamSpec.Accepted("ACME-42", false));

        assertThat(ShortText.accepted(insensitive, "  rollout \t undo ")).isTrue();
        assertThat(ShortText.accepted(insensitive, "rollout undone")).isFalse();
        assertThat(ShortText.accepted(sensitive, " ACME-42")).isTrue();
        assertThat(ShortText.accepted(sensitive, "acme-42")).isFalse();
        assertThat(ShortText.accepted(text(false, new ExamSpec.Accepted("caf\u00e9", false)), "cafe\u0301"))
                .as("NFC: é typed as e + combining accent").isTrue();
    }

    @Test
    void aRegexMatchesTheWholeAnswerAndACatastrophicPatternStaysLinear() {
        ExamSpec.Item regex = text(false, new ExamSpec.Accepted("kubectl\\s+rollout\\s+undo", true));
        // ((a+)+)+b backtracks exponentially in java.util.regex (JDK 17: 1.2 s for 20 a's, 2.9 s for 24, measured
        // on these machines); RE2 answers 200 characters in linear time.
        ExamSpec.Item evil = text(true, new ExamSpec.Accepted("((a+)+)+b", true));
        String attack = "a".repeat(ShortText.MAX_LENGTH - 1) + "!";

        long start = System.nanoTime();
        boolean evilMatched = ShortText.accepted(evil, attack);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(ShortText.accepted(regex, "KUBECTL rollout   undo")).isTrue();
        assertThat(ShortText.accepted(regex, "please kubectl rollout undo")).as("whole answer only").isFalse();
        assertThat(evilMatched).isFalse();
        assertThat(millis).as("milliseconds for a 200-character attack on ((a+)+)+b").isLessThan(2000);
    }

    @Test
    void forgedAnswersAreRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> Answers.canonical(ExamSpec.Type.ORDERING, ORDER, "c,a,d,b", List.of("a=1", "a=2"), null))
                .isInstanceOf(InvalidAnswerException.class).hasMessage("attempt.invalid-answer.step-twice");
        assertThatThrownBy(() -> Answers.canonical(ExamSpec.Type.SINGLE, ExamSpec.Item.NONE, "r,w", List.of("r", "w"), null))
                .hasMessage("attempt.invalid-answer.one");
        assertThatThrownBy(() -> Answers.canonical(ExamSpec.Type.SHORT_TEXT, ExamSpec.Item.NONE, "", List.of("r"), "x"))
                .hasMessage("attempt.invalid-answer.format");
        assertThatThrownBy(() -> Answers.canonical(ExamSpec.Type.SHORT_TEXT, ExamSpec.Item.NONE, "", null, "a\u0000b"))
                .hasMessage("attempt.invalid-answer.format");
        assertThat(Answers.canonical(ExamSpec.Type.ORDERING, ORDER, "c,a,d,b", List.of("c=3", "a=1"), null))
                .isEqualTo("a,,c,");
        assertThat(Answers.canonical(ExamSpec.Type.MATCHING, MATCH, "p2,p1|t3,t1,t2", List.of("p2=t3", "p1=t1", ""), null))
                .isEqualTo("p1=t1,p2=t3");
    }
}
