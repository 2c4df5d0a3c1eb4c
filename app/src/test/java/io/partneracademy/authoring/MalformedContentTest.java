package io.partneracademy.authoring;

import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.ExamFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Hostile or broken files in content/ and exams/: each is a {@code file:line} problem, never another exception. */
class MalformedContentTest {

    @Test
    void invalidUtf8InALessonIsReportedAtItsLine() throws IOException {
        ContentFixture fixture = ContentFixture.create();
        byte[] lesson = ContentFixture.lesson("Second lesson", "# Second\n\nMore text \u00e9.\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(fixture.root().resolve("courses/intro/second-lesson.md"), lesson);

        assertThat(problems(fixture.root())).containsExactly("courses/intro/second-lesson.md:9: not valid UTF-8 "
                + "(byte 0xE9 at offset 101); save the file as UTF-8");
    }

    @Test
    void invalidUtf8InAQuestionBankIsReportedAtItsLine() throws IOException {
        Path exams = ExamFixture.create();
        Path bank = exams.resolve("quiz/questions/bank.yaml");
        byte[] text = Files.readString(bank).replace("stem: Question a2?", "stem: Question a2\u00ff?")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(bank, text);

        assertThat(examProblems(exams)).contains("quiz/questions/bank.yaml:20: not valid UTF-8 (byte 0xFF at offset "
                + "378); save the file as UTF-8");
    }

    @Test
    void twoPathFilesWithTheSameIdAreReportedNotCrashed() {
        ContentFixture fixture = ContentFixture.create()
                .write("paths/copy.yaml", """
                        id: basics
                        title: Copy
                        level: FOUNDATION
                        description: A copy.
                        courses: [intro]
                        validity-months: 12
                        """);

        assertThat(problems(fixture.root()))
                .containsExactly("paths/copy.yaml:1: id 'basics' must equal the file name 'copy'");
    }

    @Test
    void aPathWithAnInvalidIdIsReportedNotCrashed() {
        ContentFixture fixture = ContentFixture.create()
                .replace("paths/basics.yaml", "id: basics", "id: Basics Path!");

        assertThat(problems(fixture.root()))
                .containsExactly("paths/basics.yaml:1: id 'Basics Path!' must equal the file name 'basics'");
    }

    @Test
    void aPathFileWithAnInvalidNameIsReported() {
        ContentFixture fixture = ContentFixture.create()
                .write("paths/Bad Name.yaml", """
                        id: Bad Name
                        title: Bad
                        level: FOUNDATION
                        description: Bad.
                        courses: [intro]
                        validity-months: 12
                        """);

        assertThat(problems(fixture.root())).containsExactly("paths/Bad Name.yaml:1: path file name 'Bad Name' is "
                + "not a valid id (lowercase letters, digits and single hyphens, at most 64 characters)");
    }

    @Test
    void aCourseWhoseIdIsAnotherFolderIsReportedOnce() {
        ContentFixture fixture = ContentFixture.create()
                .replace("courses/silver-only/course.yaml", "id: silver-only", "id: intro");

        assertThat(problems(fixture.root())).containsExactly(
                "courses/silver-only/course.yaml:1: id 'intro' must equal the folder name 'silver-only'");
    }

    @Test
    void aYamlAliasBombIsRefusedAtTheAliasLine() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        ContentFixture fixture = ContentFixture.create().write("paths/basics.yaml", bomb.toString());

        assertThat(problems(fixture.root())).contains(
                "paths/basics.yaml:4: more than 20 YAML aliases (*name); write the values out instead");
    }

    @Test
    void deepNestingIsRefusedAtTheLineWhereItGoesTooDeep() {
        String deep = "id: basics\ntitle: " + "[".repeat(30) + "x" + "]".repeat(30) + "\n";
        ContentFixture fixture = ContentFixture.create().write("paths/basics.yaml", deep);

        assertThat(problems(fixture.root())).contains("paths/basics.yaml:2: nested more than 20 levels deep");
    }

    @Test
    void deepBlockNestingInAQuestionBankIsRefused() throws IOException {
        Path exams = ExamFixture.create();
        StringBuilder deep = new StringBuilder("questions:\n");
        for (int i = 0; i < 25; i++) {
            deep.append("  ".repeat(i + 1)).append("- k").append(i).append(":\n");
        }
        deep.append("  ".repeat(26)).append("x\n");
        Files.writeString(exams.resolve("quiz/questions/bank.yaml"), deep);

        assertThat(examProblems(exams)).contains("quiz/questions/bank.yaml:11: nested more than 20 levels deep");
    }

    @Test
    void anOversizedLessonIsRefusedWithoutReadingItWhole() {
        ContentFixture fixture = ContentFixture.create().write("courses/intro/second-lesson.md",
                ContentFixture.lesson("Second lesson", "x".repeat(ContentFiles.MAX_TEXT_BYTES)));

        assertThat(problems(fixture.root()))
                .containsExactly("courses/intro/second-lesson.md:1: file is larger than 1024 KB");
    }

    @Test
    void aControlCharacterInYamlIsReportedAtItsLine() {
        ContentFixture fixture = ContentFixture.create()
                .replace("paths/basics.yaml", "description: The basics.", "description: The \u0001basics.");

        assertThat(problems(fixture.root())).contains(
                "paths/basics.yaml:4: invalid YAML: character U+0001 is not allowed");
    }

    @Test
    void aRecursiveAliasIsReportedNotCrashed() {
        ContentFixture fixture = ContentFixture.create()
                .replace("paths/basics.yaml", "validity-months: 12", "validity-months: 12\nlabs: &loop [*loop]");

        assertThat(problems(fixture.root())).singleElement().asString().startsWith("paths/basics.yaml:");
    }

    @Test
    void aByteOrderMarkIsNotAProblem() throws IOException {
        ContentFixture fixture = ContentFixture.create();
        Path file = fixture.root().resolve("paths/basics.yaml");
        byte[] text = Files.readAllBytes(file);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);

        assertThat(ContentTree.read(fixture.root()).paths()).hasSize(2);
    }

    static List<String> problems(Path content) {
        Throwable thrown = catchThrowable(() -> ContentTree.read(content));
        assertThat(thrown).as("the tree should be invalid").isInstanceOf(ContentInvalidException.class);
        return ((ContentInvalidException) thrown).problems().stream().map(ContentProblem::toString).toList();
    }

    static List<String> examProblems(Path exams) {
        Throwable thrown = catchThrowable(() -> ExamTree.read(exams, null));
        assertThat(thrown).as("the exams should be invalid").isInstanceOf(ContentInvalidException.class);
        return ((ContentInvalidException) thrown).problems().stream().map(ContentProblem::toString).toList();
    }
}
