package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes the exam's blueprint as a QTI 3.0 assessment test: one section per blueprint section (identifier and
 * title), each question as an item reference whose category is its difficulty, a scenario's questions in a
 * sub-section kept together. The draw itself is not written: QTI selection would count a scenario as one.
 */
final class QtiTestWriter {

    private QtiTestWriter() {
    }

    static Document write(ExamSpec exam) {
        Document doc = QtiDom.newDocument();
        Element test = QtiDom.root(doc, QtiDom.ASI, "qti-assessment-test", QtiDom.ASI_XSD);
        test.setAttribute("identifier", QtiDom.id(exam.id()));
        test.setAttribute("title", exam.title());
        Element part = QtiDom.add(test, "qti-test-part");
        part.setAttribute("identifier", "part-1");
        part.setAttribute("navigation-mode",
                exam.navigation() == ExamSpec.Navigation.SEQUENTIAL ? "linear" : "nonlinear");
        part.setAttribute("submission-mode", "simultaneous");
        for (ExamSpec.Section s : exam.blueprint()) {
            Element section = section(part, s.id(), s.title(), true);
            Element scenario = null;
            for (ExamSpec.Question q : exam.questions()) {
                if (!q.section().equals(s.id())) {
                    continue;
                }
                String scenarioId = q.item().scenarioId();
                if (scenarioId == null) {
                    scenario = null;
                } else if (scenario == null || !scenario.getAttribute("identifier").equals(QtiDom.id(scenarioId))) {
                    scenario = section(section, scenarioId, scenarioId, false);
                    scenario.setAttribute("keep-together", "true");
                }
                Element ref = QtiDom.add(scenario == null ? section : scenario, "qti-assessment-item-ref");
                ref.setAttribute("identifier", QtiDom.id(q.id()));
                ref.setAttribute("href", "items/" + q.id() + ".xml");
                ref.setAttribute("category", QtiItemWriter.lower(q.difficulty()));
            }
        }
        return doc;
    }

    private static Element section(Element parent, String id, String title, boolean visible) {
        Element section = QtiDom.add(parent, "qti-assessment-section");
        section.setAttribute("identifier", QtiDom.id(id));
        section.setAttribute("title", title);
        section.setAttribute("visible", Boolean.toString(visible));
        return section;
    }
}
