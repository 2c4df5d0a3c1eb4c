package io.partneracademy.exams;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one place that turns what a learner sends into the stored answer of a question, and stored answers into
 * marks. The page and the autosave script post the same fields, so an answer is stored (and graded) the same
 * however it arrives. Stored forms: choice types "a,c" (ids sorted); ordering the ids by position, "c,a,,b" (an
 * empty place for a position not given); matching "p1=t2,p3=t1" (sorted by option id); short text the text as
 * typed, trimmed.
 */
final class Answers {

    private Answers() {
    }

    /**
     * The stored form of an answer to a drawn question, or null when nothing is answered. {@code values} are the
     * posted "answer" fields: option ids for choice types, "id=position" for ordering, "id=target" for matching;
     * {@code text} is the short-text field. Throws {@link InvalidAnswerException} saying what is wrong.
     */
    static @Nullable String canonical(ExamSpec.Type type, ExamSpec.Item item, String optionOrder,
                                      @Nullable List<String> values, @Nullable String text) {
        List<String> given = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(String::strip).toList();
        return switch (type) {
            // a choice answer may also come as one comma-separated value ("a,c"), as scripts have always sent it
            case SINGLE, TRUE_FALSE, MULTIPLE -> choice(type, optionIds(optionOrder), given.stream()
                    .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                    .filter(v -> !v.isEmpty()).toList());
            case ORDERING -> ordering(optionIds(optionOrder), given);
            case MATCHING -> matching(item, optionIds(optionOrder.split("\\|", -1)[0]), given);
            case SHORT_TEXT -> shortText(text, given);
        };
    }

    /** The mark from 0 to 1 of a stored answer (null or empty: unanswered). */
    static double mark(ExamSpec.Type type, ExamSpec.Item item, Set<String> correct, @Nullable String stored,
                       ExamSpec.Scoring scoring) {
        boolean partial = scoring == ExamSpec.Scoring.PARTIAL;
        String answer = stored == null ? "" : stored;
        return switch (type) {
            case SINGLE, TRUE_FALSE -> ids(answer).equals(correct) ? 1 : 0;
            case MULTIPLE -> {
                Set<String> chosen = ids(answer);
                if (!partial) {
                    yield chosen.equals(correct) ? 1 : 0;
                }
                long right = chosen.stream().filter(correct::contains).count();
                yield Math.max(0, (double) (right - (chosen.size() - right)) / correct.size());
            }
            case ORDERING -> {
                List<String> placed = answer.isEmpty() ? List.of() : Arrays.asList(answer.split(",", -1));
                int inPlace = 0;
                for (int i = 0; i < item.order().size() && i < placed.size(); i++) {
                    inPlace += item.order().get(i).equals(placed.get(i)) ? 1 : 0;
                }
                yield share(inPlace, item.order().size(), partial);
            }
            case MATCHING -> {
                int right = 0;
                for (String pair : answer.isEmpty() ? new String[0] : answer.split(",")) {
                    int eq = pair.indexOf('=');
                    right += pair.substring(eq + 1).equals(item.pairs().get(pair.substring(0, eq))) ? 1 : 0;
                }
                yield share(right, item.pairs().size(), partial);
            }
            case SHORT_TEXT -> !answer.isEmpty() && ShortText.accepted(item, answer) ? 1 : 0;
        };
    }

    /** The chosen option ids of a stored choice answer. */
    static Set<String> ids(@Nullable String stored) {
        return stored == null || stored.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(stored.split(",")));
    }

    private static double share(int right, int of, boolean partial) {
        if (of == 0) {
            return 0;
        }
        return partial ? (double) right / of : right == of ? 1 : 0;
    }

    private static List<String> optionIds(String order) {
        return order.isEmpty() ? List.of() : Arrays.asList(order.split(","));
    }

    private static @Nullable String choice(ExamSpec.Type type, List<String> options, List<String> given) {
        Set<String> chosen = new TreeSet<>(given);
        for (String id : chosen) {
            if (!options.contains(id)) {
                throw new InvalidAnswerException();
            }
        }
        if (chosen.size() != given.size()) {
            throw new InvalidAnswerException("duplicate", given.size() - chosen.size());
        }
        if (type != ExamSpec.Type.MULTIPLE && chosen.size() > 1) {
            throw new InvalidAnswerException("one", chosen.size());
        }
        return chosen.isEmpty() ? null : String.join(",", chosen);
    }

    private static @Nullable String ordering(List<String> steps, List<String> given) {
        if (given.size() > steps.size()) {
            throw new InvalidAnswerException("count", steps.size(), given.size());
        }
        String[] placed = new String[steps.size()];
        Set<String> seen = new HashSet<>();
        for (String value : given) {
            String[] pair = pair(value);
            int position = position(pair[1], steps.size());
            if (!steps.contains(pair[0])) {
                throw new InvalidAnswerException();
            }
            if (!seen.add(pair[0])) {
                throw new InvalidAnswerException("step-twice");
            }
            if (placed[position - 1] != null) {
                throw new InvalidAnswerException("position-twice", position, steps.size());
            }
            placed[position - 1] = pair[0];
        }
        if (seen.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String id : placed) {
            out.add(id == null ? "" : id);
        }
        return String.join(",", out);
    }

    private static @Nullable String matching(ExamSpec.Item item, List<String> prompts, List<String> given) {
        if (given.size() > prompts.size()) {
            throw new InvalidAnswerException("count", prompts.size(), given.size());
        }
        Map<String, String> pairs = new TreeMap<>();
        for (String value : given) {
            String[] pair = pair(value);
            if (!prompts.contains(pair[0]) || item.targets().stream().noneMatch(t -> t.id().equals(pair[1]))) {
                throw new InvalidAnswerException();
            }
            if (pairs.put(pair[0], pair[1]) != null) {
                throw new InvalidAnswerException("match-twice");
            }
        }
        return pairs.isEmpty() ? null : String.join(",", pairs.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static @Nullable String shortText(@Nullable String text, List<String> given) {
        if (!given.isEmpty()) {
            throw new InvalidAnswerException("format");
        }
        String answer = text == null ? "" : text.strip();
        if (answer.length() > ShortText.MAX_LENGTH) {
            throw new InvalidAnswerException("too-long", ShortText.MAX_LENGTH);
        }
        if (answer.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new InvalidAnswerException("format");
        }
        return answer.isEmpty() ? null : answer;
    }

    private static String[] pair(String value) {
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw new InvalidAnswerException("format");
        }
        return new String[] {value.substring(0, eq), value.substring(eq + 1)};
    }

    private static int position(String text, int count) {
        try {
            int position = Integer.parseInt(text);
            if (position >= 1 && position <= count) {
                return position;
            }
        } catch (NumberFormatException e) {
            // a position that is not a number is reported below like one out of range
        }
        throw new InvalidAnswerException("position", count);
    }
}
