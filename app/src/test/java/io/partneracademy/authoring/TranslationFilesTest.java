package io.partneracademy.authoring;

import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Translation files beside a course's source: read with the source they were made from, or refused with file:line. */
class TranslationFilesTest {

    @Test
    void aTranslatedCourseAndLessonAreReadWithTheirSourceFingerprints() {
        ContentFixture fixture = ContentFixture.create();
        String lessonSource = fingerprintOfWelcome(fixture);
        fixture.write("courses/intro/course.ja.yaml", """
                title: はじめに
                summary: 誰もがここから始めます。
                source: 0123456789ab
                modules:
                  - id: first
                    title: 最初の一歩
                """);
        fixture.write("courses/intro/welcome.ja.md", "---\ntitle: ようこそ\nobjectives:\n  - ようこそを理解する\nsource: "
                + lessonSource + "\n---\n# ようこそ\n\n[次のレッスン](second-lesson.md)、![図](images/diagram.svg)\n");

        CourseSpec intro = course(ContentTree.read(fixture.root()), "intro");

        assertThat(intro.translations()).singleElement().satisfies(t -> {
            assertThat(t.language()).isEqualTo("ja");
            assertThat(t.title()).isEqualTo("はじめに");
            assertThat(t.moduleTitles()).containsEntry("first", "最初の一歩");
            assertThat(t.source()).isEqualTo("0123456789ab");
            assertThat(t.lessons()).singleElement().satisfies(l -> {
                assertThat(l.lessonId()).isEqualTo("welcome");
                assertThat(l.title()).isEqualTo("ようこそ");
                assertThat(l.source()).isEqualTo(lessonSource);
                assertThat(l.markdown()).startsWith("# ようこそ");
            });
        });
        assertThat(intro.assets()).containsOnlyKeys("images/diagram.svg");
        assertThat(intro.lessons()).extracting(CourseSpec.LessonSpec::id).containsExactly("welcome", "second-lesson");
    }

    @Test
    void badTranslationFilesAreReportedWithFileAndLineAndNothingIsRead() {
        ContentFixture fixture = ContentFixture.create();
        fixture.write("courses/intro/course.de.yaml", """
                title: Einführung
                summary: Hier beginnen alle.
                source: 0123456789ab
                modules:
                  - id: first
                    title: Erste Schritte
                  - id: nowhere
                    title: Nirgendwo
                """);
        fixture.write("courses/intro/ghost.de.md", ContentFixture.lesson("Geist", "# Geist\n"));
        fixture.write("courses/intro/welcome.x_y.md", ContentFixture.lesson("Welcome", "# Welcome\n"));
        fixture.write("courses/intro/second-lesson.de.md", "---\ntitle: Zweite\nobjectives: [Verstehen]\n"
                + "source: not-a-hash\n---\n# Zweite\n");
        fixture.write("courses/intro/second-lesson.fr.md", "---\ntitle: Deuxième\nobjectives: [Comprendre]\n"
                + "source: 0123456789ab\n---\n# Deuxième\n");
        fixture.write("courses/intro/welcome.en.md", ContentFixture.lesson("Welcome", "# Welcome\n"));

        List<String> problems = problems(fixture);

        assertThat(problems).containsExactlyInAnyOrder(
                "courses/intro/course.de.yaml:7: missing source: the course has no module 'nowhere'",
                "courses/intro/course.fr.yaml:1: missing course.fr.yaml: lessons are translated into 'fr' but the course is not",
                "courses/intro/ghost.de.md:1: missing source: the course has no lesson 'ghost'",
                "courses/intro/second-lesson.de.md:4: source must be the 12 hex digits of the source's fingerprint "
                        + "(shown on the authoring page), not 'not-a-hash'",
                "courses/intro/welcome.en.md:1: 'en' is the course's own language; a translation needs another one",
                "courses/intro/welcome.x_y.md:1: 'x_y' is not a valid BCP 47 language tag");
    }

    @Test
    void theShippedFoundationTranslationsAreCurrentAndJapaneseCoversEveryFoundationLesson() {
        ContentTree tree = ContentTree.read(ProjectDir.get().resolve("content"));
        assertThat(course(tree, "program-essentials").translations()).extracting(CourseSpec.CourseTranslation::language)
                .containsExactly("de", "fr", "ja");

        for (String id : List.of("program-essentials", "value-proposition", "deal-registration")) {
            CourseSpec course = course(tree, id);
            assertThat(course.translations()).as(id).extracting(CourseSpec.CourseTranslation::language).contains("ja");
            for (CourseSpec.CourseTranslation t : course.translations()) {
                assertThat(t.source()).as("%s/course.%s.yaml", id, t.language()).isEqualTo(SourceFingerprint.of(course));
                assertThat(t.moduleTitles().keySet()).as("%s/course.%s.yaml", id, t.language())
                        .containsExactlyInAnyOrderElementsOf(course.modules().stream().map(m -> m.id()).toList());
                assertThat(t.lessons()).isNotEmpty();
                for (CourseSpec.LessonTranslation l : t.lessons()) {
                    CourseSpec.LessonSpec source = course.lessons().stream()
                            .filter(s -> s.id().equals(l.lessonId())).findFirst().orElseThrow();
                    assertThat(l.source()).as("%s/%s.%s.md", id, l.lessonId(), t.language())
                            .isEqualTo(SourceFingerprint.of(source));
                }
                if (t.language().equals("ja")) {
                    assertThat(t.lessons()).as(id + " in Japanese").extracting(CourseSpec.LessonTranslation::lessonId)
                            .containsExactlyInAnyOrderElementsOf(course.lessons().stream().map(s -> s.id()).toList());
                }
            }
        }
    }

    @Test
    void aTranslatedQuestionBankMustKeepTheSourceQuestionAndOptionIds() throws java.io.IOException {
        java.nio.file.Path exams = io.partneracademy.support.ExamFixture.create();
        java.nio.file.Files.writeString(exams.resolve("quiz/questions/bank.de.yaml"), """
                questions:
                  - id: a1
                    stem: Frage a1?
                    options:
                      - id: r
                        text: Richtig
                      - id: w
                        text: Falsch
                      - id: y
                        text: Auch falsch
                  - id: zz
                    stem: Gibt es nicht
                    options: []
                """);
        java.nio.file.Files.writeString(exams.resolve("quiz/questions/bank.d_e.yaml"), "questions: []\n");

        ContentInvalidException e = catchThrowableOfType(ContentInvalidException.class,
                () -> ExamTree.read(exams, null));

        assertThat(e.problems().stream().map(ContentProblem::toString).toList()).containsExactlyInAnyOrder(
                "quiz/questions/bank.d_e.yaml:1: 'd_e' is not a valid BCP 47 language tag",
                "quiz/questions/bank.de.yaml:4: question 'a1': options must have the source's ids [r, w, x] in that "
                        + "order, not [r, w, y]",
                "quiz/questions/bank.de.yaml:11: missing source: the exam has no question 'zz'");
    }

    private static String fingerprintOfWelcome(ContentFixture fixture) {
        return SourceFingerprint.of(course(ContentTree.read(fixture.root()), "intro").lessons().get(0));
    }

    private static CourseSpec course(ContentTree tree, String id) {
        return tree.courses().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> problems(ContentFixture fixture) {
        ContentInvalidException e = catchThrowableOfType(ContentInvalidException.class,
                () -> ContentTree.read(fixture.root()));
        assertThat(e).as("the tree should be invalid").isNotNull();
        return e.problems().stream().map(ContentProblem::toString).toList();
    }
}
