package io.partneracademy.authoring;

import io.partneracademy.content.ContentProblem;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.exams.ShortText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GiftItemTypesTest {

    @Test
    void moodleMatchingBecomesAMatchingQuestionWithItsExtraMatchAsADistractor() {
        Problems problems = new Problems();

        List<GiftQuestion> questions = new GiftParser("m.gift", problems).parse("""
                ::acts::Match the activity to the description.{
                    =An activity supporting asynchronous discussions. -> Forum
                    =A bank of record entries which participants can add to. -> Database
                    =A collection of web pages that anyone can add to or edit. -> Wiki
                    = -> Chat
                    ####Forums are asynchronous.
                }
                """);

        assertThat(problems.sorted()).isEmpty();
        GiftQuestion q = questions.get(0);
        assertThat(q.type()).isEqualTo(ExamSpec.Type.MATCHING);
        assertThat(q.options()).extracting(ExamSpec.Option::id).containsExactly("a", "b", "c");
        assertThat(q.item().targets()).extracting(ExamSpec.Option::text).containsExactly("Forum", "Database", "Wiki", "Chat");
        assertThat(q.item().pairs()).containsExactlyInAnyOrderEntriesOf(Map.of("a", "t1", "b", "t2", "c", "t3"));
        assertThat(q.explanation()).isEqualTo("Forums are asynchronous.");
    }

    @Test
    void moodleShortAnswerBecomesShortTextWithTheWildcardAsARegex() {
        Problems problems = new Problems();

        List<GiftQuestion> questions = new GiftParser("s.gift", problems).parse("""
                ::animal::Which is the best animal?{
                    =Frog#Good!
                    =Tree fr*g
                }
                """);

        assertThat(problems.sorted()).isEmpty();
        ExamSpec.Item item = questions.get(0).item();
        assertThat(item.accepted()).containsExactly(new ExamSpec.Accepted("Frog", false),
                new ExamSpec.Accepted("Tree fr.*g", true));
        assertThat(ShortText.accepted(item, "tree   FROG")).isTrue();
        assertThat(ShortText.accepted(item, "tree frag")).isTrue();
        assertThat(questions.get(0).explanation()).isEqualTo("- Frog: Good!");
        assertThat(GiftMoreAnswers.unwildcard("Tree fr.*g")).isEqualTo("Tree fr*g");
        assertThat(GiftMoreAnswers.unwildcard("change-mode\\s*:\\s*locked")).isNull();
    }

    @Test
    void partialCreditInAShortAnswerIsRefusedAtItsLine() {
        Problems problems = new Problems();

        new GiftParser("p.gift", problems).parse("""
                ::animal::Which is the best animal?{
                    =Frog#Good!
                    =%50%Cat#Cats.
                }
                """);

        assertThat(problems.sorted()).extracting(ContentProblem::toString).containsExactly(
                "p.gift:3: partial credit (=%50%) in a short answer is not supported: an accepted answer scores 100%");
    }

    @Test
    void questionsGiftCannotHoldAreNamedInTheExportInsteadOfWritten() {
        ExamSpec.Question ordering = new ExamSpec.Question("o1", "s", ExamSpec.Difficulty.EASY, ExamSpec.Type.ORDERING,
                "Order", List.of(new ExamSpec.Option("a", "A"), new ExamSpec.Option("b", "B")), java.util.Set.of(), "x",
                new ExamSpec.Item(List.of("a", "b"), List.of(), Map.of(), List.of(), false, null, null, 0));
        ExamSpec.Question matching = new ExamSpec.Question("m1", "s", ExamSpec.Difficulty.EASY, ExamSpec.Type.MATCHING,
                "Match", List.of(new ExamSpec.Option("a", "A")), java.util.Set.of(), "Because.",
                new ExamSpec.Item(List.of(), List.of(new ExamSpec.Option("t1", "One"), new ExamSpec.Option("t2", "Two")),
                        Map.of("a", "t1"), List.of(), false, null, null, 0));

        assertThat(GiftExport.notInGift(ordering)).isEqualTo("GIFT has no ordering questions");
        assertThat(GiftExport.notInGift(matching)).isNull();
        assertThat(GiftExport.question(matching)).isEqualTo("""
                ::m1::[markdown]Match {
                =A -> One
                = -> Two
                ####Because.
                }
                """);
    }
}
