package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an exam's question banks as a QTI 3.0 content package: {@code imsmanifest.xml}, one item per question
 * ({@code items/<id>.xml}), one shared stimulus per scenario ({@code stimuli/<id>.xml}, referenced by each of its
 * questions) and an assessment test ({@code assessment.xml}) with one section per blueprint section, a scenario
 * as a sub-section kept together, and each question's difficulty as the category of its item reference. The same
 * exam gives the same bytes.
 */
public final class QtiExport {

    private QtiExport() {
    }

    /** The package of the exam in {@code examDir}, which must be valid. */
    public static byte[] export(Path examDir) {
        String examId = examDir.toAbsolutePath().normalize().getFileName().toString();
        Problems problems = new Problems();
        ExamSpec exam = new ExamReader(problems).read(examDir, examId);
        if (exam == null || !problems.isEmpty()) {
            throw new ContentInvalidException(problems.sorted());
        }
        return zip(files(exam));
    }

    /** The package's files by path, in the order they are zipped. */
    static Map<String, byte[]> files(ExamSpec exam) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Document manifest = QtiDom.newDocument();
        Element root = QtiDom.root(manifest, QtiDom.CP, "manifest", QtiDom.CP_XSD);
        root.setAttribute("identifier", "MANIFEST-" + QtiDom.id(exam.id()));
        Element metadata = QtiDom.add(root, "metadata");
        QtiDom.text(metadata, "schema", "QTI Package");
        QtiDom.text(metadata, "schemaversion", "3.0.0");
        QtiDom.add(root, "organizations");
        Element resources = QtiDom.add(root, "resources");
        Element test = resource(resources, "test-" + exam.id(), "imsqti_test_xmlv3p0", "assessment.xml");
        files.put("assessment.xml", QtiDom.bytes(QtiTestWriter.write(exam)));
        Map<String, Element> stimuli = new LinkedHashMap<>();
        for (ExamSpec.Question q : exam.questions()) {
            String href = "items/" + q.id() + ".xml";
            Element item = resource(resources, "item-" + q.id(), "imsqti_item_xmlv3p0", href);
            dependency(test, "item-" + q.id());
            String scenario = q.item().scenarioId();
            if (scenario != null) {
                String stimulusHref = "stimuli/" + scenario + ".xml";
                stimuli.computeIfAbsent(scenario, s -> {
                    files.put(stimulusHref, QtiDom.bytes(stimulus(s, q.item().scenarioStem())));
                    return null;
                });
                dependency(item, "stimulus-" + scenario);
            }
            files.put(href, QtiDom.bytes(QtiItemWriter.write(q, exam.scoring(), "../stimuli/" + scenario + ".xml")));
        }
        exam.questions().stream().map(q -> q.item().scenarioId()).filter(java.util.Objects::nonNull).distinct()
                .forEach(s -> resource(resources, "stimulus-" + s, "imsqti_stimulus_xmlv3p0", "stimuli/" + s + ".xml"));
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(QtiPackage.MANIFEST, QtiDom.bytes(manifest));
        ordered.putAll(files);
        return ordered;
    }

    private static Element resource(Element resources, String id, String type, String href) {
        Element resource = QtiDom.add(resources, "resource");
        resource.setAttribute("identifier", QtiDom.id(id));
        resource.setAttribute("type", type);
        resource.setAttribute("href", href);
        QtiDom.add(resource, "file").setAttribute("href", href);
        return resource;
    }

    private static void dependency(Element resource, String id) {
        QtiDom.add(resource, "dependency").setAttribute("identifierref", QtiDom.id(id));
    }

    private static Document stimulus(String id, String stem) {
        Document doc = QtiDom.newDocument();
        Element root = QtiDom.root(doc, QtiDom.ASI, "qti-assessment-stimulus", QtiDom.ASI_XSD);
        root.setAttribute("identifier", QtiDom.id(id));
        root.setAttribute("title", id);
        QtiDom.text(QtiDom.add(root, "qti-stimulus-body"), "div", stem).setAttribute("class", "case");
        return doc;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
