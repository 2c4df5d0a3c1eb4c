package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.exams.ExamSpec;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The question each supported QTI interaction makes, with its key; a key we cannot hold is a problem. */
final class QtiKeys {

    private QtiKeys() {
    }

    static @Nullable ExamSpec.Question choice(QtiItemReader reader, String id, String stem, Element interaction,
                                              Element declaration, List<String> correct) {
        List<ExamSpec.Option> options = options(reader, interaction, "qti-simple-choice");
        Set<String> key = ids(correct);
        if (!known(reader, interaction, options, key)) {
            return null;
        }
        boolean multiple = "multiple".equals(declaration.getAttribute("cardinality"));
        Set<String> optionIds = new HashSet<>(options.stream().map(ExamSpec.Option::id).toList());
        ExamSpec.Type type = multiple ? ExamSpec.Type.MULTIPLE
                : optionIds.equals(Set.of("true", "false")) ? ExamSpec.Type.TRUE_FALSE : ExamSpec.Type.SINGLE;
        if (key.isEmpty() || !multiple && key.size() != 1) {
            reader.problem(declaration, "item '" + id + "' needs " + (multiple ? "at least one" : "exactly one")
                    + " value in qti-correct-response (it has " + key.size() + ")");
            return null;
        }
        return new ExamSpec.Question(id, "", ExamSpec.Difficulty.MEDIUM, type, stem, options, key, "");
    }

    static @Nullable ExamSpec.Question order(QtiItemReader reader, String id, String stem, Element interaction,
                                             List<String> correct) {
        List<ExamSpec.Option> options = options(reader, interaction, "qti-simple-choice");
        List<String> order = correct.stream().map(QtiDom::ours).toList();
        if (!new HashSet<>(order).equals(new HashSet<>(options.stream().map(ExamSpec.Option::id).toList()))
                || order.size() != options.size()) {
            reader.problem(interaction, "item '" + id + "': the correct response " + order
                    + " is not an order of all its choices; an ordering question orders every step");
            return null;
        }
        Map<String, ExamSpec.Option> byId = new LinkedHashMap<>();
        options.forEach(o -> byId.put(o.id(), o));
        List<ExamSpec.Option> inOrder = order.stream().map(byId::get).toList();
        ExamSpec.Item item = new ExamSpec.Item(order, List.of(), Map.of(), List.of(), false, null, null, 0);
        return new ExamSpec.Question(id, "", ExamSpec.Difficulty.MEDIUM, ExamSpec.Type.ORDERING, stem, inOrder,
                Set.of(), "", item);
    }

    static @Nullable ExamSpec.Question match(QtiItemReader reader, String id, String stem, Element interaction,
                                             List<String> correct) {
        List<Element> sets = QtiXml.children(interaction, "qti-simple-match-set");
        if (sets.size() != 2) {
            reader.problem(interaction, "item '" + id + "': a match interaction has two qti-simple-match-set");
            return null;
        }
        List<ExamSpec.Option> options = options(reader, sets.get(0), "qti-simple-associable-choice");
        List<ExamSpec.Option> targets = options(reader, sets.get(1), "qti-simple-associable-choice");
        Map<String, String> pairs = new LinkedHashMap<>();
        Set<String> targetIds = new HashSet<>(targets.stream().map(ExamSpec.Option::id).toList());
        for (String value : correct) {
            String[] pair = value.trim().split("\\s+");
            String option = pair.length == 2 ? QtiDom.ours(pair[0]) : "";
            String target = pair.length == 2 ? QtiDom.ours(pair[1]) : "";
            if (options.stream().noneMatch(o -> o.id().equals(option)) || !targetIds.contains(target)
                    || pairs.put(option, target) != null) {
                reader.problem(interaction, "item '" + id + "': the correct pair '" + value + "' does not pair one"
                        + " choice of the first set with one of the second (each first-set choice has one match)");
                return null;
            }
        }
        if (pairs.size() != options.size()) {
            reader.problem(interaction, "item '" + id + "': every choice of the first set needs its match in"
                    + " qti-correct-response (" + pairs.size() + " of " + options.size() + " have one)");
            return null;
        }
        ExamSpec.Item item = new ExamSpec.Item(List.of(), targets, pairs, List.of(), false, null, null, 0);
        return new ExamSpec.Question(id, "", ExamSpec.Difficulty.MEDIUM, ExamSpec.Type.MATCHING, stem, options,
                Set.of(), "", item);
    }

    static @Nullable ExamSpec.Question text(QtiItemReader reader, String id, String stem, Element itemRoot,
                                            Element declaration, List<String> correct) {
        String responseId = declaration.getAttribute("identifier");
        String baseType = declaration.getAttribute("base-type");
        if (baseType.equals("float") || baseType.equals("integer")) {
            return QtiNumbers.read(reader, id, stem, itemRoot, declaration, correct);
        }
        if (!"string".equals(baseType)) {
            reader.problem(declaration, "item '" + id + "': a text entry of base-type " + baseType
                    + " is not supported (answers are strings, floats or integers)");
            return null;
        }
        List<ExamSpec.Accepted> accepted = new ArrayList<>();
        Boolean caseSensitive = null;
        Element rp = QtiXml.child(itemRoot, "qti-response-processing");
        for (Element e : rp == null ? List.<Element>of() : QtiXml.descendants(rp, "qti-string-match")) {
            Element base = QtiXml.child(e, "qti-base-value");
            if (base != null && refersTo(e, responseId)) {
                accepted.add(new ExamSpec.Accepted(base.getTextContent().strip(), false));
                caseSensitive = "true".equals(e.getAttribute("case-sensitive")) || Boolean.TRUE.equals(caseSensitive);
            }
        }
        for (Element e : rp == null ? List.<Element>of() : QtiXml.descendants(rp, "qti-pattern-match")) {
            if (refersTo(e, responseId)) {
                accepted.add(new ExamSpec.Accepted(e.getAttribute("pattern"), true));
            }
        }
        if (!accepted.isEmpty() && caseSensitive == null) {
            // Only patterns: QTI has no case rule for them; ours defaults to ignoring case.
            caseSensitive = false;
        }
        if (accepted.isEmpty()) {
            correct.forEach(c -> accepted.add(new ExamSpec.Accepted(c, false)));
            Element mapping = QtiXml.child(declaration, "qti-mapping");
            for (Element entry : mapping == null ? List.<Element>of() : QtiXml.children(mapping, "qti-map-entry")) {
                double value = Double.parseDouble(entry.getAttribute("mapped-value"));
                String key = entry.getAttribute("map-key");
                if (value > 0 && value < 1) {
                    reader.problem(entry, "item '" + id + "': the answer '" + key + "' earns " + entry.getAttribute(
                            "mapped-value") + " of a point; short text scores 1 or 0 (partial answers are not kept)");
                    return null;
                }
                if (value >= 1 && accepted.stream().noneMatch(a -> a.text().equals(key))) {
                    accepted.add(new ExamSpec.Accepted(key, false));
                }
                caseSensitive = !"false".equals(entry.getAttribute("case-sensitive"));
            }
        }
        if (accepted.isEmpty()) {
            reader.problem(declaration, "item '" + id + "' accepts no answer (no correct response, mapping or match)");
            return null;
        }
        ExamSpec.Item item = new ExamSpec.Item(List.of(), List.of(), Map.of(), accepted,
                caseSensitive == null || caseSensitive, null, null, 0);
        return new ExamSpec.Question(id, "", ExamSpec.Difficulty.MEDIUM, ExamSpec.Type.SHORT_TEXT, stem, List.of(),
                Set.of(), "", item);
    }

    static boolean refersTo(Element operator, String responseId) {
        return QtiXml.children(operator, "qti-variable").stream()
                .anyMatch(v -> v.getAttribute("identifier").equals(responseId));
    }

    private static List<ExamSpec.Option> options(QtiItemReader reader, Element parent, String name) {
        return QtiXml.children(parent, name).stream()
                .map(c -> new ExamSpec.Option(QtiDom.ours(c.getAttribute("identifier")), reader.text(c))).toList();
    }

    private static boolean known(QtiItemReader reader, Element interaction, List<ExamSpec.Option> options,
                                 Set<String> key) {
        Set<String> ids = new HashSet<>(options.stream().map(ExamSpec.Option::id).toList());
        for (String k : key) {
            if (!ids.contains(k)) {
                reader.problem(interaction, "the correct response '" + k + "' is not a choice of the interaction");
                return false;
            }
        }
        return true;
    }

    private static Set<String> ids(List<String> values) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        values.forEach(v -> ids.add(QtiDom.ours(v)));
        return ids;
    }
}
