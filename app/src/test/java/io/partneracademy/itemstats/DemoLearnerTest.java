package io.partneracademy.itemstats;

import io.partneracademy.exams.ExamSpec;
import io.partneracademy.exams.QuestionBank;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's simulated candidates make exactly the deliberately bad questions earn their flags. */
class DemoLearnerTest {

    private static final ItemStatsSettings DEFAULTS = new ItemStatsSettings(0.2, 0.9, 15, 20, 0.05, false,
            Duration.ofMinutes(15));
    private static final List<DemoLearner.Behaviour> BEHAVIOURS = List.of(DemoLearner.Behaviour.NORMAL,
            DemoLearner.Behaviour.NORMAL, DemoLearner.Behaviour.NORMAL, DemoLearner.Behaviour.TOO_EASY,
            DemoLearner.Behaviour.TOO_HARD, DemoLearner.Behaviour.REVERSED, DemoLearner.Behaviour.UNUSED_DISTRACTOR);

    @Test
    void eachBadBehaviourEarnsItsFlag() {
        List<QuestionBank.Question> questions = new ArrayList<>();
        for (int q = 0; q < BEHAVIOURS.size(); q++) {
            questions.add(new QuestionBank.Question("q" + q, "s", "MEDIUM", "SINGLE", "Q" + q + "?",
                    List.of(new ExamSpec.Option("a", "A"), new ExamSpec.Option("b", "B"),
                            new ExamSpec.Option("c", "C"), new ExamSpec.Option("d", "D")), Set.of("a"), ""));
        }
        Random random = new Random(7);
        int people = 300;
        Responses responses = new Responses(people, questions.size(), questions.size());
        for (int p = 0; p < people; p++) {
            DemoLearner learner = new DemoLearner(random.nextGaussian(), random);
            for (int q = 0; q < questions.size(); q++) {
                String answer = learner.answer(questions.get(q), BEHAVIOURS.get(q));
                int mask = 1 << (answer.charAt(0) - 'a');
                responses.add(p, q, q, answer.equals("a") ? 1 : 0, mask);
            }
        }

        ItemCalculator.Figures figures = ItemCalculator.compute(responses, new int[] {4, 4, 4, 4, 4, 4, 4});
        List<List<Report.Flag>> flags = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            ItemCalculator.ItemFigures f = figures.items().get(q);
            List<Report.OptionUse> options = new ArrayList<>();
            for (int o = 0; o < 4; o++) {
                options.add(new Report.OptionUse(String.valueOf((char) ('a' + o)), "", o == 0, f.optionCounts()[o],
                        (double) f.optionCounts()[o] / f.answers(), (double) f.highCounts()[o] / f.highAnswers(),
                        (double) f.lowCounts()[o] / f.lowAnswers()));
            }
            flags.add(Flags.of(f, options, DEFAULTS));
        }

        assertThat(flags.get(3)).contains(Report.Flag.TOO_EASY);
        assertThat(flags.get(4)).contains(Report.Flag.TOO_HARD);
        assertThat(flags.get(5)).contains(Report.Flag.LOW_DISCRIMINATION, Report.Flag.DISTRACTOR_FAVOURS_HIGH);
        assertThat(figures.items().get(5).discrimination()).isNegative();
        assertThat(flags.get(6)).contains(Report.Flag.UNUSED_DISTRACTOR);
        assertThat(figures.items().get(0).discrimination()).isGreaterThan(15);
    }
}
