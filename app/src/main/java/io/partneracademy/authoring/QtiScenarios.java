package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns items that share a QTI stimulus into a scenario set: the stimulus text is the case, its items are the
 * scenario's questions (in package order, after the first of them), with the section and difficulty of the first.
 * A stimulus only one item refers to is not a set: its text goes above that item's stem.
 */
final class QtiScenarios {

    private QtiScenarios() {
    }

    static List<ExamSpec.Question> group(List<QtiItemReader.ReadItem> items, Function<String, String> stimulusText) {
        Map<String, List<QtiItemReader.ReadItem>> byStimulus = new LinkedHashMap<>();
        items.stream().filter(i -> i.stimulusHref() != null)
                .forEach(i -> byStimulus.computeIfAbsent(i.stimulusHref(), h -> new ArrayList<>()).add(i));
        Map<String, String> texts = new LinkedHashMap<>();
        byStimulus.keySet().forEach(h -> texts.put(h, stimulusText.apply(h)));
        List<ExamSpec.Question> questions = new ArrayList<>();
        for (QtiItemReader.ReadItem item : items) {
            ExamSpec.Question q = item.question();
            String href = item.stimulusHref();
            String text = href == null ? null : texts.get(href);
            if (text == null) {
                questions.add(q);
                continue;
            }
            List<QtiItemReader.ReadItem> set = byStimulus.get(href);
            if (set.size() == 1) {
                questions.add(new ExamSpec.Question(q.id(), q.section(), q.difficulty(), q.type(),
                        text + "\n\n" + q.stem(), q.options(), q.correct(), q.explanation(), q.item()));
            } else if (set.get(0) == item) {
                ExamSpec.Question first = item.question();
                for (int i = 0; i < set.size(); i++) {
                    ExamSpec.Question member = set.get(i).question();
                    questions.add(new ExamSpec.Question(member.id(), first.section(), first.difficulty(),
                            member.type(), member.stem(), member.options(), member.correct(), member.explanation(),
                            member.item().inScenario(item.stimulusId(), text, i)));
                }
            }
        }
        return questions;
    }
}
