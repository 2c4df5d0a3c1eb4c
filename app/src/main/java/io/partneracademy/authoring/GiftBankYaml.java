package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes questions as a question bank of exams/ ({@code questions/*.yaml}), multi-line text as literal blocks. */
final class GiftBankYaml {

    private GiftBankYaml() {
    }

    static String write(List<ExamSpec.Question> questions) {
        return write(questions, "# Imported from GIFT by ExamBankCommand import-gift; review before you commit it.\n");
    }

    /**
     * The bank of {@code questions} under {@code header}: questions outside scenarios under {@code questions:},
     * those of a scenario (adjacent, in order) under {@code scenarios:} with the scenario's section, difficulty and
     * shared stem.
     */
    static String write(List<ExamSpec.Question> questions, String header) {
        Map<String, Object> bank = new LinkedHashMap<>();
        List<Map<String, Object>> standalone = questions.stream().filter(q -> q.item().scenarioId() == null)
                .map(GiftBankYaml::map).toList();
        if (!standalone.isEmpty()) {
            bank.put("questions", standalone);
        }
        Map<String, Map<String, Object>> scenarios = new LinkedHashMap<>();
        for (ExamSpec.Question q : questions) {
            if (q.item().scenarioId() != null) {
                Map<String, Object> scenario = scenarios.computeIfAbsent(q.item().scenarioId(), id -> {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("id", id);
                    s.put("section", q.section());
                    s.put("difficulty", q.difficulty().name().toLowerCase(Locale.ROOT));
                    s.put("stem", q.item().scenarioStem());
                    s.put("questions", new java.util.ArrayList<Map<String, Object>>());
                    return s;
                });
                Map<String, Object> question = map(q);
                question.remove("section");
                question.remove("difficulty");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> list = (List<Map<String, Object>>) scenario.get("questions");
                list.add(question);
            }
        }
        if (!scenarios.isEmpty()) {
            bank.put("scenarios", List.copyOf(scenarios.values()));
        }
        return header + yaml().dump(bank);
    }

    /** A bank of questions outside scenarios, each given as the map of its keys (as {@link #map} writes them). */
    static String writeMaps(List<Map<String, Object>> questions, String header) {
        return header + yaml().dump(Map.of("questions", questions));
    }

    /** Any map of keys as a bank file writes it (block style, multi-line text as literal blocks). */
    static String dump(Map<String, Object> document) {
        return yaml().dump(document);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        return new Yaml(new MultiLineRepresenter(options), options);
    }

    /** The keys of one question of a bank, in the order a hand-written bank has them. */
    static Map<String, Object> map(ExamSpec.Question q) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", q.id());
        map.put("section", q.section());
        map.put("difficulty", q.difficulty().name().toLowerCase(Locale.ROOT));
        map.put("type", q.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        map.put("stem", q.stem());
        if (q.type() != ExamSpec.Type.TRUE_FALSE && q.type() != ExamSpec.Type.SHORT_TEXT) {
            map.put("options", q.options().stream().map(o -> {
                Map<String, Object> option = new LinkedHashMap<>();
                option.put("id", o.id());
                option.put("text", o.text());
                if (q.type() == ExamSpec.Type.MATCHING) {
                    option.put("match", q.item().pairs().get(o.id()));
                }
                return option;
            }).toList());
        }
        if (q.type() == ExamSpec.Type.MATCHING) {
            map.put("targets", q.item().targets().stream().map(t -> {
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("id", t.id());
                target.put("text", t.text());
                return target;
            }).toList());
        }
        if (q.type() == ExamSpec.Type.SHORT_TEXT) {
            if (q.item().caseSensitive()) {
                map.put("case-sensitive", true);
            }
            map.put("accept", q.item().accepted().stream().map(GiftBankYaml::accepted).toList());
        }
        if (q.type().choice()) {
            map.put("correct", q.options().stream().map(ExamSpec.Option::id).filter(q.correct()::contains).toList());
        }
        map.put("explanation", q.explanation());
        return map;
    }

    private static Map<String, Object> accepted(ExamSpec.Accepted a) {
        if (!a.numeric()) {
            return Map.of(a.regex() ? "regex" : "text", a.text());
        }
        Map<String, Object> number = new java.util.LinkedHashMap<>();
        number.put("number", a.text());
        if (a.tolerance().signum() != 0) {
            number.put("tolerance", a.tolerance().toPlainString());
        }
        return number;
    }

    /** Strings with line breaks as literal blocks, so an imported bank reads like a hand-written one. */
    private static final class MultiLineRepresenter extends Representer {

        MultiLineRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(Tag.STR, text, text.contains("\n")
                        ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN);
            });
        }
    }
}
