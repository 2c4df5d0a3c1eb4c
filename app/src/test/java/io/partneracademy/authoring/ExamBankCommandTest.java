package io.partneracademy.authoring;

import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExamBankCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importOfTheMoodleFixturePrintsEveryRefusalExitsOneAndWritesNothing() throws IOException {
        Path exam = Files.createDirectories(Files.createTempDirectory("exams").resolve("foundation-exam")
                .resolve("questions")).getParent();
        Files.copy(ProjectDir.get().resolve("exams/foundation-exam/exam.yaml"), exam.resolve("exam.yaml"));
        String fixture = ProjectDir.get().resolve("app/src/test/resources/gift/questions.gift.txt").toString();

        int code = run("import-gift", fixture, exam.toString(), "--section", "value");

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).startsWith("questions.gift.txt:2: essay question 'Q8' is not supported")
                .endsWith("7 problem(s); nothing written\n");
        assertThat(exam.resolve("questions")).isEmptyDirectory();
    }

    @Test
    void exportWritesTheExamAsGift() throws IOException {
        Path gift = Files.createTempDirectory("gift").resolve("architect.gift");

        int code = run("export-gift", ProjectDir.get().resolve("exams/architect-exam").toString(), gift.toString());

        assertThat(code).isZero();
        assertThat(text(out)).isEqualTo("wrote " + gift + "\n");
        assertThat(Files.readString(gift)).startsWith("// ").contains("$CATEGORY: architect-exam/");
    }

    @Test
    void qtiExportThenImportWritesThePackageAndTheBank() throws IOException {
        Path zip = Files.createTempDirectory("qti").resolve("architect-exam.zip");
        Path exam = Files.createDirectories(Files.createTempDirectory("exams").resolve("architect-exam")
                .resolve("questions")).getParent();
        Files.copy(ProjectDir.get().resolve("exams/architect-exam/exam.yaml"), exam.resolve("exam.yaml"));

        int exported = run("export-qti", ProjectDir.get().resolve("exams/architect-exam").toString(), zip.toString());
        int imported = run("import-qti", zip.toString(), exam.toString());

        assertThat(exported).isZero();
        assertThat(imported).isZero();
        assertThat(text(out)).isEqualTo("wrote " + zip + "\nwrote " + exam.resolve("questions/architect-exam.yaml")
                + "\n");
    }

    @Test
    void aWrongCommandLineExitsTwoWithTheUsage() {
        int code = run("import-gift", "only-one-argument");

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).startsWith("usage: ExamBankCommand import-gift");
    }

    private int run(String... args) {
        return ExamBankCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
