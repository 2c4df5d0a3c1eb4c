package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one QTI 3.0 assessment item as a question: a choice interaction (single, multiple or true/false), an order
 * interaction, a match interaction or a text entry interaction, with its key from the correct response (accepted
 * short answers also from the mapping and the response processing's string and pattern matches), its explanation
 * from the modal feedback (or the feedback of the correct choices). Anything else is a problem at its line.
 */
final class QtiItemReader {

    /** A question read from an item (its explanation may be empty), and the shared stimulus it refers to. */
    record ReadItem(ExamSpec.Question question, int line, @Nullable String stimulusId, @Nullable String stimulusHref) {
    }

    private static final Set<String> SUPPORTED = Set.of("qti-choice-interaction", "qti-order-interaction",
            "qti-match-interaction", "qti-text-entry-interaction");

    private final String file;
    private final Problems problems;

    QtiItemReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    @Nullable ReadItem read(Document doc) {
        Element item = doc.getDocumentElement();
        if (!"qti-assessment-item".equals(item.getLocalName()) || !QtiDom.ASI.equals(item.getNamespaceURI())) {
            problems.add(file, QtiXml.line(item), "not a QTI 3.0 item: the root is <" + item.getTagName()
                    + "> in namespace " + item.getNamespaceURI() + " (expected qti-assessment-item in " + QtiDom.ASI + ")");
            return null;
        }
        String id = QtiDom.ours(item.getAttribute("identifier"));
        Element body = QtiXml.child(item, "qti-item-body");
        List<Element> interactions = body == null ? List.of() : interactions(body);
        if (interactions.size() != 1) {
            problems.add(file, QtiXml.line(body == null ? item : body), "item '" + id + "' has "
                    + interactions.size() + " interactions; a question has exactly one");
            return null;
        }
        Element interaction = interactions.get(0);
        if (!SUPPORTED.contains(interaction.getLocalName())) {
            problems.add(file, QtiXml.line(interaction), QtiXml.path(interaction) + ": "
                    + interaction.getLocalName() + " is not supported (supported: choice, order, match and text entry"
                    + " interactions)");
            return null;
        }
        String responseId = interaction.getAttribute("response-identifier");
        Element declaration = QtiXml.children(item, "qti-response-declaration").stream()
                .filter(d -> d.getAttribute("identifier").equals(responseId)).findFirst().orElse(null);
        if (declaration == null) {
            problems.add(file, QtiXml.line(interaction), "no qti-response-declaration for '" + responseId + "'");
            return null;
        }
        List<String> correct = correct(declaration);
        int before = problems.count();
        String stem = stem(body, interaction);
        ExamSpec.Question q = switch (interaction.getLocalName()) {
            case "qti-choice-interaction" -> QtiKeys.choice(this, id, stem, interaction, declaration, correct);
            case "qti-order-interaction" -> QtiKeys.order(this, id, stem, interaction, correct);
            case "qti-match-interaction" -> QtiKeys.match(this, id, stem, interaction, correct);
            default -> QtiKeys.text(this, id, stem, item, declaration, correct);
        };
        if (q == null || problems.count() > before) {
            return null;
        }
        String explanation = explanation(item, interaction, q);
        q = new ExamSpec.Question(q.id(), q.section(), q.difficulty(), q.type(), q.stem(), q.options(), q.correct(),
                explanation, q.item());
        Element stimulus = QtiXml.child(item, "qti-assessment-stimulus-ref");
        return new ReadItem(q, QtiXml.line(item), stimulus == null ? null : stimulus.getAttribute("identifier"),
                stimulus == null ? null : stimulus.getAttribute("href"));
    }

    private static List<Element> interactions(Element body) {
        List<Element> found = new ArrayList<>();
        for (Element e : QtiXml.children(body, null)) {
            if (e.getLocalName().endsWith("-interaction")) {
                found.add(e);
            } else {
                found.addAll(interactions(e));
            }
        }
        return found;
    }

    private static List<String> correct(Element declaration) {
        Element correct = QtiXml.child(declaration, "qti-correct-response");
        return correct == null ? List.of() : QtiXml.children(correct, "qti-value").stream()
                .map(v -> v.getTextContent().strip()).toList();
    }

    /** The item body's text without the interaction, then the interaction's prompt. */
    private String stem(Element body, Element interaction) {
        List<Element> parts = QtiXml.children(body, null);
        if (parts.size() == 2 && "div".equals(parts.get(0).getLocalName())
                && QtiXml.children(parts.get(0), null).isEmpty() && QtiXml.child(interaction, "qti-prompt") == null
                && (parts.get(1) == interaction || parts.get(1) == interaction.getParentNode()
                && QtiXml.children(parts.get(1), null).size() == 1 && parts.get(1).getTextContent().isBlank())) {
            // The form we export: the authored Markdown, line breaks and indentation kept, then the interaction.
            return parts.get(0).getTextContent().strip();
        }
        Element prompt = QtiXml.child(interaction, "qti-prompt");
        String text = QtiText.of(body, interaction, file, problems);
        String promptText = prompt == null ? "" : QtiText.of(prompt, file, problems);
        return (text + "\n\n" + promptText).strip();
    }

    private String explanation(Element item, Element interaction, ExamSpec.Question q) {
        List<String> texts = new ArrayList<>();
        for (Element feedback : QtiXml.children(item, "qti-modal-feedback")) {
            Element body = QtiXml.child(feedback, "qti-content-body");
            texts.add(QtiText.of(body == null ? feedback : body, file, problems));
        }
        if (texts.isEmpty() && q.type().choice()) {
            for (Element choice : QtiXml.children(interaction, "qti-simple-choice")) {
                if (q.correct().contains(QtiDom.ours(choice.getAttribute("identifier")))) {
                    QtiXml.descendants(choice, "qti-feedback-inline").forEach(f -> texts.add(QtiText.of(f, file, problems)));
                }
            }
        }
        return String.join("\n\n", new LinkedHashSet<>(texts.stream().filter(t -> !t.isBlank()).toList())).strip();
    }

    String file() {
        return file;
    }

    void problem(Element where, String message) {
        problems.add(file, QtiXml.line(where), message);
    }

    String text(Element element) {
        return QtiText.of(element, file, problems);
    }
}
