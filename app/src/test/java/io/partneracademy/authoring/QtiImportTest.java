package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QtiImportTest {

    private static final String ITEM_HEAD = "<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\""
            + " identifier=\"q1\" title=\"q1\" time-dependent=\"false\">";

    @Test
    void officialExampleItemsReadAsTheirTypesWithTheirKeys() throws IOException {
        Map<String, ExamSpec.Question> read = new LinkedHashMap<>();
        Problems problems = new Problems();
        for (String f : List.of("QTI3-order.xml", "QTI3-match.xml", "QTI3multiplechoice2.xml", "BG007.xml")) {
            byte[] bytes = resource("/qti/1edtech/" + f);
            read.put(f, new QtiItemReader(f, problems).read(QtiXml.read(f, bytes, problems)).question());
        }

        assertThat(problems.sorted()).isEmpty();
        ExamSpec.Question order = read.get("QTI3-order.xml");
        assertThat(order.type()).isEqualTo(ExamSpec.Type.ORDERING);
        assertThat(order.item().order()).containsExactly("DriverC", "DriverA", "DriverB");
        assertThat(order.stem()).isEqualTo("The following F1 drivers finished on the podium in the first ever"
                + " Grand Prix of Bahrain.\n\nRearrange them into the correct finishing order.");
        ExamSpec.Question match = read.get("QTI3-match.xml");
        assertThat(match.type()).isEqualTo(ExamSpec.Type.MATCHING);
        assertThat(match.item().pairs()).isEqualTo(Map.of("C", "R", "D", "M", "L", "M", "P", "T"));
        assertThat(match.item().targets()).extracting(ExamSpec.Option::text)
                .containsExactly("A Midsummer-Night's Dream", "Romeo and Juliet", "The Tempest");
        ExamSpec.Question multiple = read.get("QTI3multiplechoice2.xml");
        assertThat(multiple.type()).isEqualTo(ExamSpec.Type.MULTIPLE);
        assertThat(multiple.correct()).containsExactlyInAnyOrder("H", "O");
        assertThat(multiple.stem()).isEqualTo("Which of the following elements are used to form water?");
        ExamSpec.Question trueFalse = read.get("BG007.xml");
        assertThat(trueFalse.type()).isEqualTo(ExamSpec.Type.TRUE_FALSE);
        assertThat(trueFalse.correct()).containsExactly("true");
    }

    @Test
    void theOfficialBbqsPackageIsRefusedWithOneProblemForEachItemWeCannotHoldAndNothingIsWritten() throws IOException {
        Path exam = exam();

        ContentInvalidException refused = catchThrowableOfType(ContentInvalidException.class,
                () -> QtiImport.importInto("BBQsTest.zip", resource("/qti/1edtech/BBQsTest.zip"), exam, "design"));

        // 21 of the 22 items are refused, each for what it is (checked by hand against the files, see README.md);
        // only TF-choice.xml could be imported: a file with errors writes nothing.
        assertThat(refused.problems()).extracting(ContentProblem::toString).containsExactlyElementsOf(
                new String(resource("/qti/1edtech/BBQsTest.report.txt"), StandardCharsets.UTF_8).lines().toList());
        assertThat(written(exam)).isEmpty();
    }

    @Test
    void malformedXmlIsReportedAtItsLine() throws IOException {
        Path exam = exam();
        byte[] zip = zip(Map.of("imsmanifest.xml", manifest("items/q1.xml"),
                "items/q1.xml", (ITEM_HEAD + "\n<qti-item-body>\n<p>unclosed</qti-item-body>").getBytes()));

        assertThat(problems(zip, exam)).singleElement().asString()
                .startsWith("items/q1.xml:3: not well-formed XML: The element type \"p\" must be terminated");
        assertThat(written(exam)).isEmpty();
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefusedBeforeAnythingIsResolved() throws IOException {
        Path exam = exam();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + ITEM_HEAD + "&secret;</qti-assessment-item>";
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n" + ITEM_HEAD
                + "&c;</qti-assessment-item>";
        byte[] zip = zip(Map.of("imsmanifest.xml", manifest("items/q1.xml", "items/q2.xml"),
                "items/q1.xml", xxe.getBytes(), "items/q2.xml", laughs.getBytes()));

        assertThat(problems(zip, exam)).containsExactly(
                "items/q1.xml:2: not well-formed XML: a DOCTYPE (document type declaration) is not accepted in a QTI"
                        + " package",
                "items/q2.xml:2: not well-formed XML: a DOCTYPE (document type declaration) is not accepted in a QTI"
                        + " package");
        assertThat(written(exam)).isEmpty();
    }

    @Test
    void aZipBombStopsAtTheLimitWhileInflating() throws IOException {
        Path exam = exam();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("imsmanifest.xml"));
            out.write(manifest("items/q1.xml"));
            out.putNextEntry(new ZipEntry("items/q1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan(200_000);

        assertThat(problems(bytes.toByteArray(), exam)).containsExactly(
                "bomb.zip:1: entry 'items/q1.xml' unpacks to more than 4 MiB; nothing imported");
        assertThat(written(exam)).isEmpty();
    }

    @Test
    void entriesAndReferencesThatLeaveThePackageAreRefused() throws IOException {
        Path exam = exam();
        byte[] slip = zip(Map.of("imsmanifest.xml", manifest("items/q1.xml"), "../../evil.yaml", "x".getBytes()));
        byte[] href = zip(Map.of("imsmanifest.xml", manifest("../../../etc/passwd")));

        assertThat(problems(slip, exam)).containsExactly(
                "bomb.zip:1: entry '../../evil.yaml' would be written outside the package; nothing imported");
        assertThat(problems(href, exam)).containsExactly(
                "imsmanifest.xml:1: href '../../../etc/passwd' points outside the package; only files inside it are read");
        assertThat(written(exam)).isEmpty();
    }

    @Test
    void aFileThatIsNoZipOrHasNoManifestSaysSo() throws IOException {
        Path exam = exam();

        assertThat(problems("just text".getBytes(), exam)).containsExactly(
                "bomb.zip:1: not a zip file with files in it; a QTI package is a zip with imsmanifest.xml");
        assertThat(problems(zip(Map.of("items/q1.xml", "<x/>".getBytes())), exam)).containsExactly(
                "bomb.zip:1: no imsmanifest.xml at the root of the package");
    }

    @Test
    void anUnsupportedInteractionIsNamedWithItsPathAndLine() throws IOException {
        Path exam = exam();
        byte[] zip = zip(Map.of("imsmanifest.xml", manifest("items/q1.xml"), "items/q1.xml", (ITEM_HEAD
                + "\n<qti-response-declaration identifier=\"RESPONSE\" cardinality=\"single\" base-type=\"float\"/>"
                + "\n<qti-item-body>\n<qti-slider-interaction response-identifier=\"RESPONSE\" lower-bound=\"0\""
                + " upper-bound=\"10\"/>\n</qti-item-body></qti-assessment-item>").getBytes()));

        assertThat(problems(zip, exam)).containsExactly("items/q1.xml:4: /qti-assessment-item/qti-item-body/"
                + "qti-slider-interaction: qti-slider-interaction is not supported (supported: choice, order, match"
                + " and text entry interactions)");
        assertThat(written(exam)).isEmpty();
    }

    @Test
    void aFloatEntryWithAnAbsoluteToleranceReadsAsANumberQuestion() {
        Problems problems = new Problems();
        byte[] item = numberItem("""
                <qti-equal tolerance-mode="absolute" tolerance="0.5">
                <qti-variable identifier="RESPONSE"/><qti-base-value base-type="float">43.2</qti-base-value>
                </qti-equal>""");

        ExamSpec.Question q = new QtiItemReader("q1.xml", problems).read(QtiXml.read("q1.xml", item, problems))
                .question();

        assertThat(problems.sorted()).isEmpty();
        assertThat(q.type()).isEqualTo(ExamSpec.Type.SHORT_TEXT);
        assertThat(q.item().accepted()).containsExactly(
                new ExamSpec.Accepted("43.2", false, new java.math.BigDecimal("0.5")));
        assertThat(io.partneracademy.exams.ShortText.accepted(q.item(), "43.7")).isTrue();
        assertThat(io.partneracademy.exams.ShortText.accepted(q.item(), "43.71")).isFalse();
    }

    @Test
    void aNumberRuleOurGraderCannotHoldIsNamedAtItsLineAndNothingIsWritten() throws IOException {
        Path exam = exam();
        byte[] zip = zip(Map.of("imsmanifest.xml", manifest("items/q1.xml", "items/q2.xml", "items/q3.xml"),
                "items/q1.xml", numberItem("""
                        <qti-equal tolerance-mode="relative" tolerance="5">
                        <qti-variable identifier="RESPONSE"/><qti-base-value base-type="float">40</qti-base-value>
                        </qti-equal>"""),
                "items/q2.xml", numberItem("""
                        <qti-equal tolerance-mode="absolute" tolerance="1 2">
                        <qti-variable identifier="RESPONSE"/><qti-base-value base-type="float">40</qti-base-value>
                        </qti-equal>"""),
                "items/q3.xml", numberItem("""
                        <qti-match>
                        <qti-variable identifier="RESPONSE"/><qti-base-value base-type="float">forty</qti-base-value>
                        </qti-match>""")));

        assertThat(problems(zip, exam)).containsExactly(
                "items/q1.xml:6: item 'q1': tolerance-mode 'relative' is not supported (a number answer has an"
                        + " absolute tolerance: tolerance-mode 'absolute' or 'exact')",
                "items/q2.xml:6: item 'q1': the tolerance '1 2' is not supported (a number answer has one tolerance"
                        + " of 0 or more, the same below and above)",
                "items/q3.xml:7: item 'q1': 'forty' is not a number");
        assertThat(written(exam)).isEmpty();
    }

    /** A text entry item whose float response is scored by the given condition, with an explanation. */
    private static byte[] numberItem(String condition) {
        return (ITEM_HEAD + "\n<qti-response-declaration identifier=\"RESPONSE\" cardinality=\"single\""
                + " base-type=\"float\"/>\n<qti-item-body><p>How many minutes?</p>"
                + "\n<p><qti-text-entry-interaction response-identifier=\"RESPONSE\"/></p></qti-item-body>"
                + "\n<qti-response-processing><qti-response-condition><qti-response-if>\n" + condition
                + "\n<qti-set-outcome-value identifier=\"SCORE\"><qti-base-value base-type=\"float\">1</qti-base-value>"
                + "</qti-set-outcome-value></qti-response-if></qti-response-condition></qti-response-processing>"
                + "\n<qti-modal-feedback outcome-identifier=\"FEEDBACK\" identifier=\"E\" show-hide=\"show\">"
                + "43.2 minutes.</qti-modal-feedback></qti-assessment-item>").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> problems(byte[] zip, Path exam) {
        ContentInvalidException refused = catchThrowableOfType(ContentInvalidException.class,
                () -> QtiImport.importInto("bomb.zip", zip, exam, "design"));
        assertThat(refused).as("refused").isNotNull();
        return refused.problems().stream().map(ContentProblem::toString).toList();
    }

    static byte[] manifest(String... hrefs) {
        StringBuilder resources = new StringBuilder();
        for (int i = 0; i < hrefs.length; i++) {
            resources.append("<resource identifier=\"r").append(i).append("\" type=\"imsqti_item_xmlv3p0\" href=\"")
                    .append(hrefs[i]).append("\"/>");
        }
        return ("<manifest xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\" identifier=\"m\"><resources>"
                + resources + "</resources></manifest>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> files) {
        return QtiExport.zip(new java.util.TreeMap<>(files));
    }

    private static Path exam() throws IOException {
        return QtiRoundTripTest.emptyCopy(ProjectDir.get().resolve("exams").resolve("architect-exam"), "architect-exam");
    }

    private static List<Path> written(Path exam) throws IOException {
        try (Stream<Path> files = Files.list(exam.resolve("questions"))) {
            return files.toList();
        }
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

}
