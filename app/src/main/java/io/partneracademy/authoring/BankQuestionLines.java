package io.partneracademy.authoring;

import io.partneracademy.content.YamlMap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which form field each line of a question in a written bank came from, so that a problem the exam reader reports at
 * a line names the field to fix ("step-2", "tolerance-1"); a list's own key line names the whole list.
 */
final class BankQuestionLines {

    private static final Map<String, String> KEYS = Map.of("id", "id", "section", "section", "difficulty",
            "difficulty", "stem", "stem", "explanation", "explanation", "case-sensitive", "accepted");

    private BankQuestionLines() {
    }

    static Map<Integer, String> fields(YamlMap q, BankQuestionForm.Written written) {
        Map<Integer, String> fields = new HashMap<>();
        KEYS.forEach((key, field) -> {
            if (q.has(key)) {
                fields.put(q.line(key), field);
            }
        });
        String list = written.options().isEmpty() || written.options().get(0).startsWith("step") ? "steps" : "pairs";
        if (q.has("options")) {
            fields.put(q.line("options"), list);
        }
        if (q.has("targets")) {
            fields.put(q.line("targets"), "pairs");
        }
        if (q.has("accept")) {
            fields.put(q.line("accept"), "accepted");
        }
        parts(fields, q.maps("options"), written.options(), true);
        parts(fields, q.maps("targets"), written.targets(), false);
        List<YamlMap> accepted = q.maps("accept");
        for (int i = 0; i < accepted.size() && i < written.accepted().size(); i++) {
            YamlMap a = accepted.get(i);
            int row = written.accepted().get(i);
            String main = a.has("text") || a.has("regex") ? "accept-" + row : "number-" + row;
            fields.put(a.line(), main);
            for (String key : List.of("text", "regex", "number")) {
                if (a.has(key)) {
                    fields.put(a.line(key), main);
                }
            }
            if (a.has("tolerance")) {
                fields.put(a.line("tolerance"), "tolerance-" + row);
            }
            if (!a.has("text") && !a.has("regex") && !a.has("number")) {
                // A tolerance without its number: the problem is the missing number, reported at the answer's line.
                fields.put(a.line(), main);
            }
        }
        return fields;
    }

    /** Options name their step or prompt field (and a matching option's "match" its target field); targets theirs. */
    private static void parts(Map<Integer, String> fields, List<YamlMap> items, List<String> names, boolean options) {
        for (int i = 0; i < items.size() && i < names.size(); i++) {
            YamlMap item = items.get(i);
            String name = names.get(i);
            fields.put(item.line(), name);
            if (item.has("text")) {
                fields.put(item.line("text"), name);
            }
            if (options && item.has("match")) {
                fields.put(item.line("match"), name.replace("prompt-", "match-"));
            }
        }
    }
}
