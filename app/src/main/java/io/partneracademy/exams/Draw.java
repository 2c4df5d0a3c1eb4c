package io.partneracademy.exams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws an attempt's questions from the pool per the blueprint: seeded per attempt, so the same seed always
 * gives the same paper; questions the person did not see in their previous attempt come first.
 */
final class Draw {

    private Draw() {
    }

    /** A drawn question with the order its options are shown in. */
    record Drawn(QuestionRow question, List<String> optionOrder) {
    }

    static List<Drawn> draw(List<ExamSpec.Section> blueprint, List<QuestionRow> pool, Set<String> seenLastTime,
                            long seed, java.util.function.Function<QuestionRow, List<String>> optionIds) {
        Random random = new Random(seed);
        List<Drawn> paper = new ArrayList<>();
        for (ExamSpec.Section section : blueprint) {
            List<QuestionRow> candidates = pool.stream().filter(q -> q.section().equals(section.id())).toList();
            List<QuestionRow> chosen = new ArrayList<>();
            if (section.mix().isEmpty()) {
                chosen.addAll(pick(section.draw(), candidates, seenLastTime, random));
            } else {
                for (ExamSpec.Difficulty difficulty : ExamSpec.Difficulty.values()) {
                    int n = section.mix().getOrDefault(difficulty, 0);
                    List<QuestionRow> ofDifficulty = candidates.stream()
                            .filter(q -> q.difficulty().equals(difficulty.name())).toList();
                    chosen.addAll(pick(n, ofDifficulty, seenLastTime, random));
                }
            }
            Collections.shuffle(chosen, random);
            for (QuestionRow question : chosen) {
                List<String> options = new ArrayList<>(optionIds.apply(question));
                if (question.typeValue() != ExamSpec.Type.TRUE_FALSE) {
                    Collections.shuffle(options, random);
                }
                paper.add(new Drawn(question, options));
            }
        }
        return paper;
    }

    /** True when the pool holds enough questions of each section (and difficulty) for the blueprint. */
    static boolean fits(List<ExamSpec.Section> blueprint, List<QuestionRow> pool) {
        for (ExamSpec.Section section : blueprint) {
            List<QuestionRow> candidates = pool.stream().filter(q -> q.section().equals(section.id())).toList();
            if (section.mix().isEmpty() && candidates.size() < section.draw()) {
                return false;
            }
            for (var entry : section.mix().entrySet()) {
                if (candidates.stream().filter(q -> q.difficulty().equals(entry.getKey().name())).count()
                        < entry.getValue()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<QuestionRow> pick(int n, List<QuestionRow> candidates, Set<String> seen, Random random) {
        List<QuestionRow> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        shuffled.sort(Comparator.comparing(q -> seen.contains(q.questionId())));
        if (shuffled.size() < n) {
            throw new IllegalStateException("pool too small for the blueprint: " + shuffled.size() + " < " + n);
        }
        return shuffled.subList(0, n);
    }
}
