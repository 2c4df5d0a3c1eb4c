package io.partneracademy.itemstats;

import java.util.Arrays;
import java.util.List;

/**
 * The answers the statistics are computed from, in flat arrays (2 million answers fit in about 40 MB): per answer
 * its attempt, slot (position on the paper), question, mark from 0 to 1 and the chosen options as a bit mask over
 * the question's options in authored order.
 */
final class Responses {

    final int attempts;
    final int slots;
    final int questions;
    private int size;
    private int[] attempt;
    private int[] slot;
    private int[] question;
    private double[] mark;
    private int[] chosen;

    Responses(int attempts, int slots, int questions) {
        this(attempts, slots, questions, attempts * slots);
    }

    /** With room for the expected number of answers, so two million answers are not copied while growing. */
    Responses(int attempts, int slots, int questions, int expected) {
        this.attempts = attempts;
        this.slots = slots;
        this.questions = questions;
        int capacity = Math.max(16, expected);
        attempt = new int[capacity];
        slot = new int[capacity];
        question = new int[capacity];
        mark = new double[capacity];
        chosen = new int[capacity];
    }

    /** All answers of the parts in one set, in the parts' order. */
    static Responses concat(int attempts, int slots, int questions, List<Responses> parts) {
        Responses all = new Responses(attempts, slots, questions, parts.stream().mapToInt(Responses::size).sum());
        for (Responses part : parts) {
            System.arraycopy(part.attempt, 0, all.attempt, all.size, part.size);
            System.arraycopy(part.slot, 0, all.slot, all.size, part.size);
            System.arraycopy(part.question, 0, all.question, all.size, part.size);
            System.arraycopy(part.mark, 0, all.mark, all.size, part.size);
            System.arraycopy(part.chosen, 0, all.chosen, all.size, part.size);
            all.size += part.size;
        }
        return all;
    }

    void add(int attemptIndex, int slotIndex, int questionIndex, double markValue, int chosenMask) {
        if (size == attempt.length) {
            int grown = size * 2;
            attempt = Arrays.copyOf(attempt, grown);
            slot = Arrays.copyOf(slot, grown);
            question = Arrays.copyOf(question, grown);
            mark = Arrays.copyOf(mark, grown);
            chosen = Arrays.copyOf(chosen, grown);
        }
        attempt[size] = attemptIndex;
        slot[size] = slotIndex;
        question[size] = questionIndex;
        mark[size] = markValue;
        chosen[size] = chosenMask;
        size++;
    }

    int size() {
        return size;
    }

    int attempt(int i) {
        return attempt[i];
    }

    int slot(int i) {
        return slot[i];
    }

    int question(int i) {
        return question[i];
    }

    double mark(int i) {
        return mark[i];
    }

    int chosen(int i) {
        return chosen[i];
    }
}
