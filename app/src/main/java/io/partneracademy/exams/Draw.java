package io.partneracademy.exams;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Draws an attempt's questions from the pool per the blueprint: seeded per attempt, so the same seed always
 * gives the same paper; questions the person did not see in their previous attempt come first. The questions of
 * a scenario are one unit: drawn whole, in their authored order, next to each other on the paper, and only when
 * the whole set fits in what is left of the section's (or difficulty's) draw. The exam reader makes sure the
 * questions outside scenarios can fill every draw on their own, so a draw never falls short.
 */
final class Draw {

    private Draw() {
    }

    /** A drawn question with the order its options are shown in (see {@link #optionOrder}). */
    record Drawn(QuestionRow question, List<String> optionOrder) {
    }

    static List<Drawn> draw(List<ExamSpec.Section> blueprint, List<QuestionRow> pool, Set<String> seenLastTime,
                            long seed, Function<QuestionRow, List<String>> optionIds,
                            Function<QuestionRow, ExamSpec.Item> items) {
        Random random = new Random(seed);
        List<Drawn> paper = new ArrayList<>();
        for (ExamSpec.Section section : blueprint) {
            List<QuestionRow> candidates = pool.stream().filter(q -> q.section().equals(section.id())).toList();
            List<List<QuestionRow>> chosen = new ArrayList<>();
            if (section.mix().isEmpty()) {
                chosen.addAll(pick(section.draw(), units(candidates, items), seenLastTime, random));
            } else {
                for (ExamSpec.Difficulty difficulty : ExamSpec.Difficulty.values()) {
                    int n = section.mix().getOrDefault(difficulty, 0);
                    List<QuestionRow> ofDifficulty = candidates.stream()
                            .filter(q -> q.difficulty().equals(difficulty.name())).toList();
                    chosen.addAll(pick(n, units(ofDifficulty, items), seenLastTime, random));
                }
            }
            Collections.shuffle(chosen, random);
            for (List<QuestionRow> unit : chosen) {
                for (QuestionRow question : unit) {
                    paper.add(new Drawn(question, optionOrder(question, items.apply(question),
                            optionIds.apply(question), random)));
                }
            }
        }
        return paper;
    }

    /**
     * The order a question's parts are shown in: shuffled option ids (true-false as authored); for ordering never
     * the right order; for matching the shuffled options, '|', then the shuffled targets; nothing for short text.
     */
    private static List<String> optionOrder(QuestionRow question, ExamSpec.Item item, List<String> ids, Random random) {
        List<String> options = new ArrayList<>(ids);
        switch (question.typeValue()) {
            case TRUE_FALSE -> {
                return options;
            }
            case SHORT_TEXT -> {
                return List.of();
            }
            case ORDERING -> {
                Collections.shuffle(options, random);
                if (options.equals(item.order()) && options.size() > 1) {
                    Collections.rotate(options, 1);
                }
                return options;
            }
            case MATCHING -> {
                Collections.shuffle(options, random);
                List<String> targets = new ArrayList<>(item.targets().stream().map(ExamSpec.Option::id).toList());
                Collections.shuffle(targets, random);
                return List.of(String.join(",", options) + "|" + String.join(",", targets));
            }
            default -> {
                Collections.shuffle(options, random);
                return options;
            }
        }
    }

    /**
     * True when the pool's questions outside scenarios are enough for each section (and difficulty) of the
     * blueprint: then every draw can be filled, whichever scenario sets it takes.
     */
    static boolean fits(List<ExamSpec.Section> blueprint, List<QuestionRow> pool,
                        Function<QuestionRow, ExamSpec.Item> items) {
        for (ExamSpec.Section section : blueprint) {
            List<QuestionRow> candidates = pool.stream().filter(q -> q.section().equals(section.id())).toList();
            if (section.mix().isEmpty() && !fills(candidates, section.draw(), items)) {
                return false;
            }
            for (var entry : section.mix().entrySet()) {
                if (!fills(candidates.stream().filter(q -> q.difficulty().equals(entry.getKey().name())).toList(),
                        entry.getValue(), items)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every draw of n from these questions fills: enough outside scenarios, or exactly n in all. */
    private static boolean fills(List<QuestionRow> questions, int n, Function<QuestionRow, ExamSpec.Item> items) {
        long standalone = questions.stream().filter(q -> items.apply(q).scenarioId() == null).count();
        return standalone >= n || questions.size() == n;
    }

    /** Questions grouped into draw units: each standalone question alone, each scenario's questions in order. */
    private static List<List<QuestionRow>> units(List<QuestionRow> questions, Function<QuestionRow, ExamSpec.Item> items) {
        Map<String, List<QuestionRow>> units = new LinkedHashMap<>();
        for (QuestionRow q : questions) {
            String scenario = items.apply(q).scenarioId();
            units.computeIfAbsent(scenario == null ? "q:" + q.questionId() : "s:" + scenario, k -> new ArrayList<>())
                    .add(q);
        }
        units.values().forEach(u -> u.sort(Comparator.comparingInt(q -> items.apply(q).scenarioIndex())));
        return new ArrayList<>(units.values());
    }

    private static List<List<QuestionRow>> pick(int n, List<List<QuestionRow>> units, Set<String> seen,
                                                Random random) {
        List<List<QuestionRow>> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, random);
        shuffled.sort(Comparator.comparing(u -> u.stream().anyMatch(q -> seen.contains(q.questionId()))));
        List<List<QuestionRow>> chosen = new ArrayList<>();
        int left = n;
        for (List<QuestionRow> unit : shuffled) {
            if (unit.size() <= left) {
                chosen.add(unit);
                left -= unit.size();
            }
        }
        if (left > 0) {
            throw new IllegalStateException("pool too small for the blueprint: " + (n - left) + " < " + n);
        }
        return chosen;
    }
}
