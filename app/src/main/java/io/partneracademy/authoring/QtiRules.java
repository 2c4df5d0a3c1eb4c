package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;
import org.w3c.dom.Element;

import java.util.List;

/** The response-processing rules a QTI item is exported with, each scoring as the exam's grader does. */
final class QtiRules {

    private QtiRules() {
    }

    /** 1 when the response is the correct response, else 0 (QTI's match_correct template, written out). */
    static void matchCorrect(Element rp) {
        Element condition = QtiDom.add(rp, "qti-response-condition");
        Element ifRule = QtiDom.add(condition, "qti-response-if");
        Element match = QtiDom.add(ifRule, "qti-match");
        variable(match);
        QtiDom.add(match, "qti-correct").setAttribute("identifier", QtiItemWriter.RESPONSE);
        score(QtiItemWriter.set(ifRule, "SCORE"), 1);
        score(QtiItemWriter.set(QtiDom.add(condition, "qti-response-else"), "SCORE"), 0);
    }

    /** Each step in its right position earns its share (Moodle's ordering "absolute position"). */
    static void positions(Element rp, List<String> order) {
        score(QtiItemWriter.set(rp, "SCORE"), 0);
        for (int i = 0; i < order.size(); i++) {
            Element ifRule = QtiDom.add(QtiDom.add(rp, "qti-response-condition"), "qti-response-if");
            Element match = QtiDom.add(ifRule, "qti-match");
            Element index = QtiDom.add(match, "qti-index");
            index.setAttribute("n", Integer.toString(i + 1));
            variable(index);
            QtiDom.text(match, "qti-base-value", order.get(i)).setAttribute("base-type", "identifier");
            Element sum = QtiDom.add(QtiItemWriter.set(ifRule, "SCORE"), "qti-sum");
            QtiDom.add(sum, "qti-variable").setAttribute("identifier", "SCORE");
            score(sum, 1.0 / order.size());
        }
    }

    /** 1 when the answer is one of the accepted texts (case rule as authored) or matches one of the patterns. */
    static void accepted(Element rp, List<ExamSpec.Accepted> accepted, boolean caseSensitive) {
        Element condition = QtiDom.add(rp, "qti-response-condition");
        Element ifRule = QtiDom.add(condition, "qti-response-if");
        Element or = QtiDom.add(ifRule, "qti-or");
        for (ExamSpec.Accepted a : accepted) {
            if (a.numeric()) {
                Element equal = QtiDom.add(or, "qti-equal");
                equal.setAttribute("tolerance-mode", "absolute");
                equal.setAttribute("tolerance", a.tolerance().toPlainString() + " " + a.tolerance().toPlainString());
                variable(equal);
                QtiDom.text(equal, "qti-base-value", a.text()).setAttribute("base-type", "float");
            } else if (a.regex()) {
                Element pattern = QtiDom.add(or, "qti-pattern-match");
                pattern.setAttribute("pattern", a.text());
                variable(pattern);
            } else {
                Element match = QtiDom.add(or, "qti-string-match");
                match.setAttribute("case-sensitive", Boolean.toString(caseSensitive));
                variable(match);
                QtiDom.text(match, "qti-base-value", a.text()).setAttribute("base-type", "string");
            }
        }
        score(QtiItemWriter.set(ifRule, "SCORE"), 1);
        score(QtiItemWriter.set(QtiDom.add(condition, "qti-response-else"), "SCORE"), 0);
    }

    private static void variable(Element parent) {
        QtiDom.add(parent, "qti-variable").setAttribute("identifier", QtiItemWriter.RESPONSE);
    }

    private static void score(Element parent, double value) {
        QtiDom.text(parent, "qti-base-value", QtiDom.number(value)).setAttribute("base-type", "float");
    }
}
