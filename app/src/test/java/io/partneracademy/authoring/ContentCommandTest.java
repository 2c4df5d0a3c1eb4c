package io.partneracademy.authoring;

import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ContentCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void checkOfTheShippedFoldersValidatesContentAndExams() {
        int code = run("check", ProjectDir.get().resolve("content").toString());

        assertThat(code).isZero();
        assertThat(text(out)).contains("content: valid (").contains("exams: valid (4 exams)");
    }

    @Test
    void checkOfABrokenExamsFolderPrintsFileAndLineAndExitsOne() throws IOException {
        Path exams = ExamFixture.create();
        Path bank = exams.resolve("quiz/questions/bank.yaml");
        Files.writeString(bank, Files.readString(bank).replace("correct: [r]", "correct: [nope]"));

        int code = run("check", ContentFixture.create().root().toString(), exams.toString());

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).contains("exams/quiz/questions/bank.yaml:")
                .contains("correct option 'nope' is not one of the options")
                .endsWith("problem(s); nothing imported\n");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void checkOfAnExamForAPathTheContentLacksFails() {
        Path exams = ExamFixture.addExam(ExamFixture.create(), "other-quiz", "no-such-path");

        int code = run("check", ContentFixture.create().root().toString(), exams.toString());

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).startsWith("exams/other-quiz/exam.yaml:1: unknown path 'no-such-path'\n");
    }

    @Test
    void checkOfInvalidUtf8ExitsOneWithTheLine() throws IOException {
        ContentFixture content = ContentFixture.create();
        Files.write(content.root().resolve("paths/basics.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, '\n'});

        int code = run("check", content.root().toString(), ExamFixture.create().toString());

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).contains("paths/basics.yaml:1: not valid UTF-8 (byte 0xC3 at offset 4)");
    }

    @Test
    void aWrongCommandLineExitsTwo() {
        assertThat(run("check")).isEqualTo(2);
        assertThat(text(err)).startsWith("usage: ContentCommand check|import");
    }

    private int run(String... args) {
        return ContentCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
