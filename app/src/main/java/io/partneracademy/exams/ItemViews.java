package io.partneracademy.exams;

import io.partneracademy.markdown.MarkdownRenderer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds what the exam page shows of ordering, matching, short-text and scenario questions from a drawn item. */
final class ItemViews {

    private ItemViews() {
    }

    static ExamViews.ItemView of(ExamSpec.Type type, ExamSpec.Item item, AttemptQuestionRow drawn, int[] place,
                                 Map<String, String> texts, MarkdownRenderer markdown) {
        String scenario = item.scenarioStem() == null ? null : markdown.render(item.scenarioStem());
        String answer = drawn.answer() == null ? "" : drawn.answer();
        List<ExamViews.StepView> steps = List.of();
        List<ExamViews.PromptView> prompts = List.of();
        List<ExamViews.TargetView> targets = List.of();
        if (type == ExamSpec.Type.ORDERING) {
            steps = steps(drawn.optionOrder(), answer, texts, markdown);
        } else if (type == ExamSpec.Type.MATCHING) {
            String[] parts = drawn.optionOrder().split("\\|", -1);
            Map<String, String> chosen = new HashMap<>();
            for (String pair : answer.isEmpty() ? new String[0] : answer.split(",")) {
                chosen.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            prompts = Arrays.stream(parts[0].split(","))
                    .map(id -> new ExamViews.PromptView(id, markdown.render(texts.get(id)), chosen.get(id))).toList();
            Map<String, String> labels = new HashMap<>();
            item.targets().forEach(t -> labels.put(t.id(), t.text().strip()));
            targets = Arrays.stream(parts[1].split(","))
                    .map(id -> new ExamViews.TargetView(id, labels.get(id))).toList();
        }
        return new ExamViews.ItemView(scenario, place[0], place[1], steps, prompts, targets,
                type == ExamSpec.Type.SHORT_TEXT ? answer : "", ShortText.MAX_LENGTH, item.caseSensitive());
    }

    /** Steps as placed by the learner (placed ones by position, then the rest as shown), else as drawn. */
    private static List<ExamViews.StepView> steps(String shown, String answer, Map<String, String> texts,
                                                  MarkdownRenderer markdown) {
        List<String> order = Arrays.asList(shown.split(","));
        List<String> placed = answer.isEmpty() ? List.of() : Arrays.asList(answer.split(",", -1));
        List<ExamViews.StepView> steps = new ArrayList<>();
        for (String id : order) {
            int at = placed.indexOf(id);
            steps.add(new ExamViews.StepView(id, markdown.render(texts.get(id)), at < 0 ? null : at + 1));
        }
        steps.sort(Comparator.comparing((ExamViews.StepView s) -> s.position() == null ? Integer.MAX_VALUE
                : s.position()));
        return steps;
    }
}
