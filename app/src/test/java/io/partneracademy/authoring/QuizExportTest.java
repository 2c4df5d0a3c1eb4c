package io.partneracademy.authoring;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.quizzes.QuizPublisher;
import io.partneracademy.quizzes.QuizSpec;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.QuizFixture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class QuizExportTest extends DatabaseTest {

    @Inject
    ContentImporter importer;
    @Inject
    CourseExport export;
    @Inject
    QuizPublisher quizzes;

    @Test
    void anExportedCourseHoldsItsQuizFilesAndReimportingThemChangesNothing() throws IOException {
        importer.importTree(QuizFixture.counting().write("courses/intro/numbers-check.quiz.yaml", """
                title: Numbers check
                module: first
                questions:
                  - id: downtime
                    type: short-text
                    stem: |
                      How many minutes of downtime does 99.9% availability allow
                      in a 30-day month?
                    accept:
                      - number: 43.2
                        tolerance: 0.5
                      - number: 43
                    explanation: 0.1% of 43,200 minutes is 43.2 minutes.
                """).root(), null);
        List<QuizSpec> published = quizzes.published("intro");
        Path root = Files.createTempDirectory("pa-quiz-export");

        BrowserAuthoringTest.unzip(export.zip("intro"), root);
        ImportReport report = importer.importTree(root, null);

        assertThat(root.resolve("courses/intro/first-check.quiz.yaml")).exists();
        assertThat(root.resolve("courses/intro/numbers-check.quiz.yaml")).exists();
        assertThat(published).extracting(QuizSpec::id).containsExactly("first-check", "numbers-check");
        assertThat(report.coursesChanged()).isZero();
        // The same quizzes, every question type with its key, still published (a missing file would retire them).
        assertThat(quizzes.published("intro")).isEqualTo(published);
        assertThat(Files.readString(root.resolve("courses/intro/numbers-check.quiz.yaml"))).isEqualTo("""
                title: Numbers check
                module: first
                questions:
                  - id: downtime
                    type: short-text
                    stem: |-
                      How many minutes of downtime does 99.9% availability allow
                      in a 30-day month?
                    accept:
                      - number: '43.2'
                        tolerance: '0.5'
                      - number: '43'
                    explanation: 0.1% of 43,200 minutes is 43.2 minutes.
                """);
    }
}
