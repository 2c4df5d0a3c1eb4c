package io.partneracademy.itemstats;

import io.partneracademy.exams.ExamSpec;
import io.partneracademy.exams.QuestionBank;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A simulated candidate for demo data: answers right with the two-parameter logistic model of item response
 * theory, P = 1 / (1 + e^(−1.7·a·(ability − difficulty))), and otherwise picks a plausible wrong answer.
 */
record DemoLearner(double ability, Random random) {

    /** How a question behaves in the demo. */
    enum Behaviour { NORMAL, TOO_EASY, TOO_HARD, REVERSED, UNUSED_DISTRACTOR }

    DemoLearner improved(double gain) {
        return new DemoLearner(ability + gain, random);
    }

    String answer(QuestionBank.Question question, Behaviour behaviour) {
        double difficulty = switch (behaviour) {
            case TOO_EASY -> -4.5;
            case TOO_HARD -> 3.5;
            default -> switch (question.difficulty()) {
                case "EASY" -> -1.6;
                case "HARD" -> 0.2;
                default -> -0.7;
            };
        };
        double discrimination = behaviour == Behaviour.REVERSED ? -1.2 : 1.1;
        double p = 1 / (1 + Math.exp(-1.7 * discrimination * (ability - difficulty)));
        if (random.nextDouble() < p) {
            return String.join(",", new TreeSet<>(question.correct()));
        }
        return wrong(question, behaviour);
    }

    private String wrong(QuestionBank.Question question, Behaviour behaviour) {
        List<String> distractors = new ArrayList<>();
        question.options().stream().map(ExamSpec.Option::id).filter(id -> !question.correct().contains(id))
                .forEach(distractors::add);
        if (question.type().equals("MULTIPLE")) {
            TreeSet<String> chosen = new TreeSet<>(question.correct());
            chosen.remove(chosen.first());
            if (!distractors.isEmpty()) {
                chosen.add(distractors.get(random.nextInt(distractors.size())));
            }
            return chosen.isEmpty() ? distractors.get(0) : String.join(",", chosen);
        }
        if (behaviour == Behaviour.REVERSED && distractors.size() > 1) {
            // Strong candidates fall for the first distractor (a trap for people who know the product well).
            return ability > 0 ? distractors.get(0) : distractors.get(1 + random.nextInt(distractors.size() - 1));
        }
        if (behaviour == Behaviour.UNUSED_DISTRACTOR && distractors.size() > 1) {
            distractors.remove(distractors.size() - 1);
        }
        return distractors.get(random.nextInt(distractors.size()));
    }
}
