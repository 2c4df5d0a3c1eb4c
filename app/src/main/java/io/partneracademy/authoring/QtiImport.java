package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports a QTI 3.0 content package into an exam folder as one new question bank ({@code questions/<name>.yaml}):
 * every item resource of {@code imsmanifest.xml} becomes a question ({@link QtiItemReader}); items sharing a
 * stimulus become a scenario set with the stimulus as its case text; the package's assessment test places each
 * item in the exam section its enclosing section names, with the difficulty its category names. Nothing is
 * written unless every item imports and the exam, with the new bank, passes every rule of exams/README.md.
 */
public final class QtiImport {

    private QtiImport() {
    }

    /** Imports the package {@code zip} (named {@code upload}) into {@code examDir}. */
    public static Path importInto(String upload, byte[] zip, Path examDir, @Nullable String defaultSection) {
        String examId = examDir.toAbsolutePath().normalize().getFileName().toString();
        List<String> sections = GiftImport.sections(examDir, examId);
        String base = GiftImport.slug(upload.replaceFirst("(?i)\\.zip$", ""), "imported");
        Problems problems = new Problems();
        if (defaultSection != null && !sections.contains(defaultSection)) {
            problems.add(upload, 1, "section '" + defaultSection + "' is not a section of " + examId + " " + sections);
        }
        QtiPackage pack = QtiPackage.read(upload, zip, problems);
        List<ExamSpec.Question> questions = pack == null ? List.of()
                : new Reading(pack, problems, sections, defaultSection).questions();
        Path target = examDir.resolve("questions").resolve(base + ".yaml");
        if (Files.exists(target)) {
            problems.add(upload, 1, examId + "/questions/" + base + ".yaml already exists; nothing is overwritten");
        }
        if (!problems.isEmpty()) {
            throw new ContentInvalidException(problems.sorted());
        }
        String yaml = GiftBankYaml.write(questions, "# Imported from the QTI 3.0 package " + upload
                + "; review before you commit it.\n");
        GiftImport.checkExamWith(examDir, examId, base + ".yaml", yaml);
        return GiftImport.writeNew(upload, examId, target, yaml);
    }

    /** One package being read: its manifest, test placement and items. */
    private static final class Reading {

        private final QtiPackage pack;
        private final Problems problems;
        private final List<String> sections;
        private final String defaultSection;
        private final Map<String, String[]> placement = new HashMap<>();

        Reading(QtiPackage pack, Problems problems, List<String> sections, String defaultSection) {
            this.pack = pack;
            this.problems = problems;
            this.sections = sections;
            this.defaultSection = defaultSection;
        }

        List<ExamSpec.Question> questions() {
            Document manifest = QtiXml.read(QtiPackage.MANIFEST, pack.files().get(QtiPackage.MANIFEST), problems);
            if (manifest == null) {
                return List.of();
            }
            List<Element> resources = QtiXml.descendants(manifest.getDocumentElement(), "resource");
            for (Element r : resources) {
                if (r.getAttribute("type").startsWith("imsqti_test_xmlv3p0")) {
                    readTest(r);
                }
            }
            List<QtiItemReader.ReadItem> items = new ArrayList<>();
            for (Element r : resources) {
                String type = r.getAttribute("type");
                if (type.startsWith("imsqti_item_xmlv3p0")) {
                    String href = resolve(QtiPackage.MANIFEST, r.getAttribute("href"), r);
                    Document doc = href == null ? null : document(href, r);
                    QtiItemReader.ReadItem item = doc == null ? null : new QtiItemReader(href, problems).read(doc);
                    if (item != null) {
                        items.add(place(item, href));
                    }
                } else if (type.startsWith("imsqti_item_xml") || type.startsWith("imsqti_test_xml")
                        && !type.startsWith("imsqti_test_xmlv3p0")) {
                    problems.add(QtiPackage.MANIFEST, QtiXml.line(r), "resource '" + r.getAttribute("identifier")
                            + "' is of type " + type + "; only QTI 3.0 (imsqti_item_xmlv3p0) items are imported");
                }
            }
            if (items.isEmpty() && problems.isEmpty()) {
                problems.add(QtiPackage.MANIFEST, 1, "no QTI 3.0 item (resource type imsqti_item_xmlv3p0) in the package");
            }
            return QtiScenarios.group(items, this::stimulusText);
        }

        private void readTest(Element resource) {
            String href = resolve(QtiPackage.MANIFEST, resource.getAttribute("href"), resource);
            Document test = href == null ? null : document(href, resource);
            if (test == null) {
                return;
            }
            for (Element ref : QtiXml.descendants(test.getDocumentElement(), "qti-assessment-item-ref")) {
                String section = null;
                for (org.w3c.dom.Node n = ref.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
                    String id = QtiDom.ours(e.getAttribute("identifier"));
                    if (section == null && "qti-assessment-section".equals(e.getLocalName()) && sections.contains(id)) {
                        section = id;
                    }
                }
                String item = resolve(href, ref.getAttribute("href"), ref);
                if (item != null) {
                    placement.put(item, new String[] {section, ref.getAttribute("category")});
                }
            }
        }

        private QtiItemReader.ReadItem place(QtiItemReader.ReadItem read, String href) {
            if (read.question().explanation().isEmpty()) {
                problems.add(href, read.line(), "item '" + read.question().id() + "' has no explanation to keep (a"
                        + " qti-modal-feedback, or feedback on its correct choices): Partner Academy shows one after"
                        + " each practice question");
            }
            String[] placed = placement.getOrDefault(href, new String[] {null, ""});
            String section = placed[0] != null ? placed[0] : defaultSection;
            if (section == null) {
                problems.add(href, read.line(), "item '" + read.question().id() + "' has no section: no section of"
                        + " the package's test is one of " + sections + " and no default section was given");
            }
            ExamSpec.Difficulty difficulty = ExamSpec.Difficulty.MEDIUM;
            for (String category : placed[1].split("\\s+")) {
                for (ExamSpec.Difficulty d : ExamSpec.Difficulty.values()) {
                    difficulty = d.name().toLowerCase(Locale.ROOT).equals(category) ? d : difficulty;
                }
            }
            ExamSpec.Question q = read.question();
            String stimulus = read.stimulusHref() == null ? null : resolve(href, read.stimulusHref(), null);
            return new QtiItemReader.ReadItem(new ExamSpec.Question(q.id(), section == null ? "" : section,
                    difficulty, q.type(), q.stem(), q.options(), q.correct(), q.explanation(), q.item()), read.line(),
                    read.stimulusId() == null ? null : QtiDom.ours(read.stimulusId()), stimulus);
        }

        private @Nullable String stimulusText(String href) {
            Document doc = href == null ? null : document(href, null);
            Element body = doc == null ? null : QtiXml.child(doc.getDocumentElement(), "qti-stimulus-body");
            if (body == null) {
                if (doc != null) {
                    problems.add(href, 1, "no qti-stimulus-body in this stimulus");
                }
                return null;
            }
            return QtiText.of(body, href, problems);
        }

        private @Nullable Document document(String path, @Nullable Element from) {
            byte[] bytes = pack.files().get(path);
            if (bytes == null) {
                problems.add(from == null ? path : QtiPackage.MANIFEST, from == null ? 1 : QtiXml.line(from),
                        "'" + path + "' is not in the package");
                return null;
            }
            return QtiXml.read(path, bytes, problems);
        }

        /** {@code href} relative to the file {@code from}, as a path inside the package; null when it leaves it. */
        private @Nullable String resolve(String from, String href, @Nullable Element where) {
            String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
            List<String> parts = new ArrayList<>();
            boolean escapes = href.startsWith("/") || href.contains(":") || href.contains("\\");
            for (String part : (dir + href).split("/")) {
                if (part.equals("..")) {
                    escapes |= parts.isEmpty();
                    if (!parts.isEmpty()) {
                        parts.remove(parts.size() - 1);
                    }
                } else if (!part.isEmpty() && !part.equals(".")) {
                    parts.add(part);
                }
            }
            if (escapes) {
                problems.add(from, where == null ? 1 : QtiXml.line(where), "href '" + href
                        + "' points outside the package; only files inside it are read");
                return null;
            }
            return String.join("/", parts);
        }
    }
}
