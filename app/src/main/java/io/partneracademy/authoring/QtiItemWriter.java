package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Locale;

/**
 * Writes one question as a QTI 3.0 assessment item: the stem in the item body, the interaction of its type (choice,
 * order, match, text entry), the key as the correct response, response processing that scores it as the exam does
 * (all-or-nothing, or the exam's partial-credit rule) and the explanation as modal feedback shown after responding.
 * Text is written as it is authored (Markdown source), so an import gives back exactly the same question.
 */
final class QtiItemWriter {

    static final String RESPONSE = "RESPONSE";

    private QtiItemWriter() {
    }

    static Document write(ExamSpec.Question q, ExamSpec.Scoring scoring, String stimulusHref) {
        Document doc = QtiDom.newDocument();
        Element item = QtiDom.root(doc, QtiDom.ASI, "qti-assessment-item", QtiDom.ASI_XSD);
        item.setAttribute("identifier", QtiDom.id(q.id()));
        item.setAttribute("title", q.id());
        item.setAttribute("adaptive", "false");
        item.setAttribute("time-dependent", "false");
        response(item, q, scoring);
        outcome(item, "SCORE", "float", "0");
        outcome(item, "MAXSCORE", "float", "1");
        outcome(item, "FEEDBACK", "identifier", null);
        if (q.item().scenarioId() != null) {
            Element ref = QtiDom.add(item, "qti-assessment-stimulus-ref");
            ref.setAttribute("identifier", QtiDom.id(q.item().scenarioId()));
            ref.setAttribute("href", stimulusHref);
        }
        body(QtiDom.add(item, "qti-item-body"), q);
        processing(QtiDom.add(item, "qti-response-processing"), q, scoring);
        if (!q.explanation().isBlank()) {
            Element feedback = QtiDom.add(item, "qti-modal-feedback");
            feedback.setAttribute("outcome-identifier", "FEEDBACK");
            feedback.setAttribute("identifier", "EXPLANATION");
            feedback.setAttribute("show-hide", "show");
            QtiDom.text(QtiDom.add(feedback, "qti-content-body"), "div", q.explanation());
        }
        return doc;
    }

    private static void response(Element item, ExamSpec.Question q, ExamSpec.Scoring scoring) {
        Element declaration = QtiDom.add(item, "qti-response-declaration");
        declaration.setAttribute("identifier", RESPONSE);
        boolean partial = scoring == ExamSpec.Scoring.PARTIAL;
        Element correct = QtiDom.document(item).createElementNS(QtiDom.ASI, "qti-correct-response");
        switch (q.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> {
                declaration.setAttribute("cardinality", q.type() == ExamSpec.Type.MULTIPLE ? "multiple" : "single");
                declaration.setAttribute("base-type", "identifier");
                declaration.appendChild(correct);
                q.options().stream().map(ExamSpec.Option::id).filter(q.correct()::contains)
                        .forEach(id -> QtiDom.text(correct, "qti-value", QtiDom.id(id)));
                if (q.type() == ExamSpec.Type.MULTIPLE && partial) {
                    Element mapping = mapping(declaration, "0", "0", "1");
                    double share = 1.0 / q.correct().size();
                    q.options().forEach(o -> entry(mapping, QtiDom.id(o.id()),
                            q.correct().contains(o.id()) ? share : -share));
                }
            }
            case ORDERING -> {
                declaration.setAttribute("cardinality", "ordered");
                declaration.setAttribute("base-type", "identifier");
                declaration.appendChild(correct);
                q.item().order().forEach(id -> QtiDom.text(correct, "qti-value", QtiDom.id(id)));
            }
            case MATCHING -> {
                declaration.setAttribute("cardinality", "multiple");
                declaration.setAttribute("base-type", "directedPair");
                declaration.appendChild(correct);
                q.options().forEach(o -> QtiDom.text(correct, "qti-value", pair(q, o)));
                if (partial) {
                    Element mapping = mapping(declaration, "0", "0", "1");
                    q.options().forEach(o -> entry(mapping, pair(q, o), 1.0 / q.options().size()));
                }
            }
            case SHORT_TEXT -> {
                declaration.setAttribute("cardinality", "single");
                if (q.item().accepted().get(0).numeric()) {
                    declaration.setAttribute("base-type", "float");
                    declaration.appendChild(correct);
                    QtiDom.text(correct, "qti-value", q.item().accepted().get(0).text());
                    return;
                }
                declaration.setAttribute("base-type", "string");
                List<ExamSpec.Accepted> literal = q.item().accepted().stream().filter(a -> !a.regex()).toList();
                if (!literal.isEmpty()) {
                    declaration.appendChild(correct);
                    QtiDom.text(correct, "qti-value", literal.get(0).text());
                    Element mapping = mapping(declaration, "0", null, null);
                    literal.forEach(a -> entry(mapping, a.text(), 1).setAttribute("case-sensitive",
                            Boolean.toString(q.item().caseSensitive())));
                }
            }
            default -> throw new IllegalStateException("no QTI form for " + q.type());
        }
    }

    private static String pair(ExamSpec.Question q, ExamSpec.Option o) {
        return QtiDom.id(o.id()) + " " + QtiDom.id(q.item().pairs().get(o.id()));
    }

    private static Element mapping(Element declaration, String defaultValue, String lower, String upper) {
        Element mapping = QtiDom.add(declaration, "qti-mapping");
        mapping.setAttribute("default-value", defaultValue);
        if (lower != null) {
            mapping.setAttribute("lower-bound", lower);
            mapping.setAttribute("upper-bound", upper);
        }
        return mapping;
    }

    private static Element entry(Element mapping, String key, double value) {
        Element entry = QtiDom.add(mapping, "qti-map-entry");
        entry.setAttribute("map-key", key);
        entry.setAttribute("mapped-value", QtiDom.number(value));
        return entry;
    }

    private static void outcome(Element item, String id, String baseType, String defaultValue) {
        Element outcome = QtiDom.add(item, "qti-outcome-declaration");
        outcome.setAttribute("identifier", id);
        outcome.setAttribute("cardinality", "single");
        outcome.setAttribute("base-type", baseType);
        if (defaultValue != null) {
            QtiDom.text(QtiDom.add(outcome, "qti-default-value"), "qti-value", defaultValue);
        }
    }

    private static void body(Element body, ExamSpec.Question q) {
        QtiDom.text(body, "div", q.stem()).setAttribute("class", "stem");
        switch (q.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> {
                Element choice = interaction(body, "qti-choice-interaction", q.type() == ExamSpec.Type.MULTIPLE);
                choice.setAttribute("max-choices", q.type() == ExamSpec.Type.MULTIPLE ? "0" : "1");
                q.options().forEach(o -> QtiDom.text(choice, "qti-simple-choice", o.text())
                        .setAttribute("identifier", QtiDom.id(o.id())));
            }
            case ORDERING -> {
                Element order = interaction(body, "qti-order-interaction", true);
                q.options().forEach(o -> QtiDom.text(order, "qti-simple-choice", o.text())
                        .setAttribute("identifier", QtiDom.id(o.id())));
            }
            case MATCHING -> {
                Element match = interaction(body, "qti-match-interaction", true);
                match.setAttribute("max-associations", Integer.toString(q.options().size()));
                Element items = QtiDom.add(match, "qti-simple-match-set");
                q.options().forEach(o -> associable(items, o, 1));
                Element targets = QtiDom.add(match, "qti-simple-match-set");
                q.item().targets().forEach(t -> associable(targets, t, q.options().size()));
            }
            case SHORT_TEXT -> {
                Element entry = QtiDom.add(QtiDom.add(body, "p"), "qti-text-entry-interaction");
                entry.setAttribute("response-identifier", RESPONSE);
                entry.setAttribute("expected-length", "40");
            }
            default -> throw new IllegalStateException("no QTI form for " + q.type());
        }
    }

    private static Element interaction(Element body, String name, boolean shuffle) {
        Element interaction = QtiDom.add(body, name);
        interaction.setAttribute("response-identifier", RESPONSE);
        interaction.setAttribute("shuffle", Boolean.toString(shuffle));
        return interaction;
    }

    private static void associable(Element set, ExamSpec.Option option, int matchMax) {
        Element choice = QtiDom.text(set, "qti-simple-associable-choice", option.text());
        choice.setAttribute("identifier", QtiDom.id(option.id()));
        choice.setAttribute("match-max", Integer.toString(matchMax));
    }

    private static void processing(Element rp, ExamSpec.Question q, ExamSpec.Scoring scoring) {
        boolean partial = scoring == ExamSpec.Scoring.PARTIAL;
        switch (q.type()) {
            case MULTIPLE, MATCHING -> {
                if (partial) {
                    QtiDom.add(set(rp, "SCORE"), "qti-map-response").setAttribute("identifier", RESPONSE);
                } else {
                    QtiRules.matchCorrect(rp);
                }
            }
            case ORDERING -> {
                if (partial) {
                    QtiRules.positions(rp, q.item().order().stream().map(QtiDom::id).toList());
                } else {
                    QtiRules.matchCorrect(rp);
                }
            }
            case SHORT_TEXT -> QtiRules.accepted(rp, q.item().accepted(), q.item().caseSensitive());
            default -> QtiRules.matchCorrect(rp);
        }
        QtiDom.text(set(rp, "FEEDBACK"), "qti-base-value", "EXPLANATION").setAttribute("base-type", "identifier");
    }

    static Element set(Element parent, String outcome) {
        Element set = QtiDom.add(parent, "qti-set-outcome-value");
        set.setAttribute("identifier", outcome);
        return set;
    }

    static String lower(ExamSpec.Difficulty difficulty) {
        return difficulty.name().toLowerCase(Locale.ROOT);
    }
}
