package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.ItemTypesFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ItemTypesReaderTest {

    private static final String EXAM = """
            id: bad
            path: basics
            title: Bad
            time-limit-minutes: 10
            pass-mark-percent: 50
            retake:
              max-attempts: 1
              period-days: 1
              cooldown-hours: 0
            blueprint:
              - section: s
                title: S
                draw: 1
            """;

    @Test
    void theFixtureReadsIntoOrderingMatchingShortTextAndAScenario() {
        ExamSpec exam = ExamTree.read(ItemTypesFixture.create("partial"), null).exams().get(0);

        Map<String, ExamSpec.Question> byId = exam.questions().stream()
                .collect(Collectors.toMap(ExamSpec.Question::id, q -> q));
        assertThat(byId.get("o1").type()).isEqualTo(ExamSpec.Type.ORDERING);
        assertThat(byId.get("o1").item().order()).containsExactly("a", "b", "c", "d");
        assertThat(byId.get("m1").item().pairs()).containsExactlyInAnyOrderEntriesOf(
                Map.of("p1", "t1", "p2", "t2", "p3", "t3"));
        assertThat(byId.get("m1").item().targets()).extracting(ExamSpec.Option::id).containsExactly("t1", "t2", "t3", "t4");
        assertThat(byId.get("s1").item().accepted()).containsExactly(new ExamSpec.Accepted("rollout undo", false),
                new ExamSpec.Accepted("kubectl\\s+rollout\\s+undo( deployment/[a-z-]+)?", true));
        assertThat(byId.get("c2").item().caseSensitive()).isTrue();
        assertThat(byId.get("c1").section()).isEqualTo("case");
        assertThat(byId.get("c2").difficulty()).isEqualTo(ExamSpec.Difficulty.HARD);
        assertThat(byId.get("c2").item().scenarioId()).isEqualTo("acme");
        assertThat(byId.get("c2").item().scenarioIndex()).isEqualTo(1);
        assertThat(byId.get("c1").item().scenarioStem()).startsWith(ItemTypesFixture.SCENARIO_MARKER);
    }

    @Test
    void badItemsAreReportedAtTheirFileAndLine() throws IOException {
        Path root = exam("""
                questions:
                  - id: order-dup
                    section: s
                    difficulty: easy
                    type: ordering
                    stem: Order
                    options:
                      - id: a
                        text: A
                      - id: a
                        text: A again
                    explanation: x
                  - id: match-missing
                    section: s
                    difficulty: easy
                    type: matching
                    stem: Match
                    options:
                      - id: p1
                        text: P1
                        match: t1
                      - id: p2
                        text: P2
                      - id: p3
                        text: P3
                        match: t9
                    targets:
                      - id: t1
                        text: T1
                      - id: t2
                        text: T2
                    explanation: x
                  - id: regex-bad
                    section: s
                    difficulty: easy
                    type: short-text
                    stem: Type
                    accept:
                      - regex: '(a+)+\\1'
                      - regex: '.*'
                      - text: ok
                        regex: ok
                    explanation: x
                  - id: text-with-correct
                    section: s
                    difficulty: easy
                    type: short-text
                    stem: Type
                    correct: [a]
                    explanation: x
                """);

        assertThat(MalformedContentTest.examProblems(root)).containsExactly(
                "bad/questions/bank.yaml:10: duplicate id: option 'a'",
                "bad/questions/bank.yaml:22: matching option 'p2' has no match (the id of its target)",
                "bad/questions/bank.yaml:26: option 'p3' matches 't9', which is not one of the targets",
                "bad/questions/bank.yaml:39: bad regex '(a+)+\\1': invalid escape sequence"
                        + " (RE2 syntax: no back-references or look-around)",
                "bad/questions/bank.yaml:40: regex '.*' accepts an empty answer",
                "bad/questions/bank.yaml:41: an accepted answer has either text, regex or number",
                "bad/questions/bank.yaml:44: a short-text question needs at least one accepted answer (accept)",
                "bad/questions/bank.yaml:49: no correct here: a short-text question lists its accepted answers"
                        + " under 'accept'");
    }

    @Test
    void aScenarioTakesSectionAndDifficultyFromItselfAndNeedsTwoQuestions() throws IOException {
        Path root = exam("""
                questions:
                  - id: alone
                    section: s
                    difficulty: easy
                    type: true-false
                    stem: True?
                    correct: [true]
                    explanation: x
                scenarios:
                  - id: case-one
                    section: s
                    difficulty: easy
                    stem: A case.
                    questions:
                      - id: only
                        section: s
                        type: true-false
                        stem: True?
                        correct: [true]
                        explanation: x
                """);

        assertThat(MalformedContentTest.examProblems(root)).containsExactly(
                "bad/questions/bank.yaml:14: a scenario needs at least two questions",
                "bad/questions/bank.yaml:16: section is set on the scenario, not on its questions");
    }

    private static Path exam(String bank) throws IOException {
        Path root = Files.createTempDirectory("pa-bad-items");
        Files.createDirectories(root.resolve("bad/questions"));
        Files.writeString(root.resolve("bad/exam.yaml"), EXAM);
        Files.writeString(root.resolve("bad/questions/bank.yaml"), bank);
        return root;
    }
}
