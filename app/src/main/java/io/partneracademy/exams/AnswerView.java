package io.partneracademy.exams;

import io.partneracademy.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a question's answer controls show, in an exam attempt and in a practice quiz alike, and never a key: choice
 * options with the learner's choices; ordering steps as placed (placed ones by position, then the rest as shown) with
 * their positions; matching prompts with their chosen targets and the targets as shown; the short-text answer as
 * typed with its length limit and case rule. One fragment, {@code views/exams/_answer.html}, renders it for both pages.
 */
public record AnswerView(ExamSpec.Type type, List<ExamViews.OptionView> options, List<ExamViews.StepView> steps,
                         List<ExamViews.PromptView> prompts, List<ExamViews.TargetView> targets, String text,
                         int textMax, boolean caseSensitive, boolean number) {

    /**
     * The view of a question shown in {@code shown} order (choice or step ids {@code "a,b,c"}, matching
     * {@code "prompts|targets"}) with the stored {@code answer} ({@code "a,c"}, {@code "a,c,b"}, {@code "p=t,..."}
     * or the typed text); {@code texts} are the option texts by id, in the learner's language.
     */
    public static AnswerView of(ExamSpec.Type type, ExamSpec.Item item, String shown, @io.micronaut.core.annotation.Nullable
                                String answer, Map<String, String> texts, MarkdownRenderer markdown) {
        String given = answer == null ? "" : answer;
        List<ExamViews.OptionView> options = List.of();
        List<ExamViews.StepView> steps = List.of();
        List<ExamViews.PromptView> prompts = List.of();
        List<ExamViews.TargetView> targets = List.of();
        switch (type) {
            case ORDERING -> steps = steps(shown, given, texts, markdown);
            case MATCHING -> {
                String[] parts = shown.split("\\|", -1);
                Map<String, String> chosen = new HashMap<>();
                for (String pair : given.isEmpty() ? new String[0] : given.split(",")) {
                    chosen.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
                prompts = Arrays.stream(parts[0].split(","))
                        .map(id -> new ExamViews.PromptView(id, markdown.render(texts.get(id)), chosen.get(id))).toList();
                Map<String, String> labels = new HashMap<>();
                item.targets().forEach(t -> labels.put(t.id(), t.text().strip()));
                targets = Arrays.stream(parts[1].split(",")).map(id -> new ExamViews.TargetView(id, labels.get(id)))
                        .toList();
            }
            case SHORT_TEXT -> { }
            default -> {
                Set<String> chosen = given.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(given.split(",")));
                options = Arrays.stream(shown.split(",")).map(id -> new ExamViews.OptionView(id,
                        markdown.render(texts.get(id)), chosen.contains(id))).toList();
            }
        }
        boolean number = !item.accepted().isEmpty() && item.accepted().stream().allMatch(ExamSpec.Accepted::numeric);
        return new AnswerView(type, options, steps, prompts, targets, type == ExamSpec.Type.SHORT_TEXT ? given : "",
                ShortText.MAX_LENGTH, item.caseSensitive(), number);
    }

    /** The name of the type for the template ("ORDERING"...). */
    public String typeName() {
        return type.name();
    }

    /** The positions a step can take: 1 to the number of steps. */
    public List<Integer> positions() {
        return java.util.stream.IntStream.rangeClosed(1, steps.size()).boxed().toList();
    }

    private static List<ExamViews.StepView> steps(String shown, String answer, Map<String, String> texts,
                                                  MarkdownRenderer markdown) {
        List<String> placed = answer.isEmpty() ? List.of() : Arrays.asList(answer.split(",", -1));
        List<ExamViews.StepView> steps = new ArrayList<>();
        for (String id : shown.split(",")) {
            int at = placed.indexOf(id);
            steps.add(new ExamViews.StepView(id, markdown.render(texts.get(id)), at < 0 ? null : at + 1));
        }
        steps.sort(Comparator.comparing((ExamViews.StepView s) -> s.position() == null ? Integer.MAX_VALUE
                : s.position()));
        return steps;
    }
}
