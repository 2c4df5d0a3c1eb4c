package io.partneracademy.authoring;

import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.catalog.PathSpec;
import io.partneracademy.catalog.PathTranslation;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.labs.LabTrackSpec;
import io.partneracademy.labs.LabTranslation;
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
    void theShippedFoundationTranslationsAreCurrentAndEachLanguageCoversEveryFoundationLesson() {
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
                assertThat(t.lessons()).as(id + " in " + t.language()).extracting(CourseSpec.LessonTranslation::lessonId)
                        .containsExactlyInAnyOrderElementsOf(course.lessons().stream().map(s -> s.id()).toList());
            }
        }
    }

    @Test
    void pathAndLabTrackTranslationsAreReadWithTheirSourcesAndTaskTexts() {
        ContentFixture fixture = io.partneracademy.support.LabContent.create()
                .write("paths/basics.ja.yaml", "title: 基礎パス\ndescription: 基礎です。\nsource: 0123456789ab\n")
                .write("labs/ordered.de.yaml", """
                        title: Geordneter Track
                        summary: Der Reihe nach.
                        source: 0123456789ab
                        tasks:
                          - id: first
                            title: Erste Aufgabe
                            instructions: Erstens.
                          - id: second
                            title: Zweite Aufgabe
                            instructions: Zweitens.
                            hints: [Erst die erste.]
                        """);

        ContentTree tree = ContentTree.read(fixture.root());

        assertThat(tree.paths()).extracting(PathSpec::id).containsExactlyInAnyOrder("basics", "advanced");
        assertThat(tree.labs()).extracting(LabTrackSpec::id).containsExactlyInAnyOrder("practice", "ordered");
        assertThat(tree.pathTranslations()).containsOnlyKeys("basics");
        assertThat(tree.pathTranslations().get("basics")).containsExactly(
                new PathTranslation("ja", "基礎パス", "基礎です。", "0123456789ab"));
        assertThat(tree.labTranslations().get("ordered")).containsExactly(new LabTranslation("de", "Geordneter Track",
                "Der Reihe nach.", "0123456789ab", List.of(new LabTranslation.Task("first", "Erste Aufgabe", "Erstens.",
                List.of()), new LabTranslation.Task("second", "Zweite Aufgabe", "Zweitens.",
                List.of("Erst die erste.")))));
    }

    @Test
    void badPathAndLabTranslationsAreReportedWithFileAndLineAndNothingIsRead() {
        ContentFixture fixture = io.partneracademy.support.LabContent.create()
                .write("paths/basics.x_y.yaml", "title: X\ndescription: X\nsource: 0123456789ab\n")
                .write("paths/basics.en.yaml", "title: X\ndescription: X\nsource: 0123456789ab\n")
                .write("paths/nowhere.de.yaml", "title: Nirgends\ndescription: Nirgends\nsource: 0123456789ab\n")
                .write("paths/basics.fr.yaml", "title: Bases\nsource: abc\n")
                .write("labs/ordered.ja.yaml", """
                        title: 順番のトラック
                        summary: 順番に。
                        source: 0123456789ab
                        tasks:
                          - id: third
                            title: 三番目
                            instructions: 三番目。
                        """);

        List<String> problems = problems(fixture);

        assertThat(problems).containsExactlyInAnyOrder(
                "paths/basics.x_y.yaml:1: 'x_y' is not a valid BCP 47 language tag",
                "paths/basics.en.yaml:1: 'en' is the source's own language (paths are written in English); "
                        + "a translation needs another one",
                "paths/nowhere.de.yaml:1: missing source: there is no paths/nowhere.yaml",
                "paths/basics.fr.yaml:1: missing description",
                "paths/basics.fr.yaml:2: source must be the 12 hex digits of the source's fingerprint (the import "
                        + "logs it for each outdated translation), not 'abc'",
                "labs/ordered.ja.yaml:5: missing source: the lab track has no task 'third'",
                "labs/ordered.ja.yaml:4: task 'first' is not translated: a lab track translation covers every task",
                "labs/ordered.ja.yaml:4: task 'second' is not translated: a lab track translation covers every task");
    }

    @Test
    void theShippedFoundationPathAndItsLabTrackAreInGermanFrenchAndJapaneseWithCurrentSources() {
        ContentTree tree = ContentTree.read(ProjectDir.get().resolve("content"));
        PathSpec foundation = tree.paths().stream().filter(p -> p.id().equals("foundation")).findFirst().orElseThrow();
        LabTrackSpec lab = tree.labs().stream().filter(l -> l.id().equals("deal-registration-walkthrough"))
                .findFirst().orElseThrow();

        assertThat(tree.pathTranslations().get("foundation")).extracting(PathTranslation::language)
                .containsExactly("de", "fr", "ja");
        assertThat(tree.pathTranslations().get("foundation")).allSatisfy(t -> assertThat(t.source())
                .as("paths/foundation.%s.yaml", t.language()).isEqualTo(SourceFingerprint.of(foundation)));
        assertThat(tree.labTranslations().get(lab.id())).extracting(LabTranslation::language)
                .containsExactly("de", "fr", "ja");
        for (LabTranslation t : tree.labTranslations().get(lab.id())) {
            assertThat(t.source()).as("labs/%s.%s.yaml", lab.id(), t.language()).isEqualTo(lab.sourceFingerprint());
            assertThat(t.tasks()).as("labs/%s.%s.yaml", lab.id(), t.language()).extracting(LabTranslation.Task::id)
                    .containsExactlyElementsOf(lab.tasks().stream().map(LabTrackSpec.TaskSpec::id).toList());
            for (LabTranslation.Task task : t.tasks()) {
                LabTrackSpec.TaskSpec source = lab.tasks().stream().filter(s -> s.id().equals(task.id()))
                        .findFirst().orElseThrow();
                assertThat(task.hints()).as("hints of %s in %s", task.id(), t.language())
                        .hasSameSizeAs(source.hints());
            }
        }
    }

    @Test
    void aTranslatedQuestionBankMustKeepTheSourceQuestionAndOptionIdsAndNameItsSource() throws java.io.IOException {
        java.nio.file.Path exams = io.partneracademy.support.ExamFixture.create();
        java.nio.file.Files.writeString(exams.resolve("quiz/questions/bank.de.yaml"), """
                questions:
                  - id: a1
                    source: 0123456789ab
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
                  - id: a2
                    source: a2
                    stem: Frage a2?
                    options:
                      - id: r
                        text: Richtig
                      - id: w
                        text: Falsch
                      - id: x
                        text: Auch falsch
                  - id: a3
                    stem: Frage a3?
                    options:
                      - id: r
                        text: Richtig
                      - id: w
                        text: Falsch
                      - id: x
                        text: Auch falsch
                """);
        java.nio.file.Files.writeString(exams.resolve("quiz/questions/bank.d_e.yaml"), "questions: []\n");

        ContentInvalidException e = catchThrowableOfType(ContentInvalidException.class,
                () -> ExamTree.read(exams, null));

        assertThat(e.problems().stream().map(ContentProblem::toString).toList()).containsExactlyInAnyOrder(
                "quiz/questions/bank.d_e.yaml:1: 'd_e' is not a valid BCP 47 language tag",
                "quiz/questions/bank.de.yaml:5: question 'a1': options must have the source's ids [r, w, x] in that "
                        + "order, not [r, w, y]",
                "quiz/questions/bank.de.yaml:12: missing source: the exam has no question 'zz'",
                "quiz/questions/bank.de.yaml:16: source must be the 12 hex digits of the source question's "
                        + "fingerprint (shown on the exam's translations page), not 'a2'",
                "quiz/questions/bank.de.yaml:25: missing source");
    }

    @Test
    void aFileInAnUnknownLanguageOrInEnglishIsRefusedByTheEditorsRuleForLessonsAndExamQuestionsAlike()
            throws java.io.IOException {
        ContentFixture fixture = ContentFixture.create();
        fixture.write("courses/intro/welcome.xq.md", ContentFixture.lesson("Welcome", "# Welcome\n"));
        java.nio.file.Path exams = io.partneracademy.support.ExamFixture.create();
        java.nio.file.Files.writeString(exams.resolve("quiz/questions/bank.en.yaml"), "questions: []\n");
        java.nio.file.Files.writeString(exams.resolve("quiz/questions/bank.xq.yaml"), "questions: []\n");

        List<String> lessons = problems(fixture);
        ContentInvalidException e = catchThrowableOfType(ContentInvalidException.class,
                () -> ExamTree.read(exams, null));

        assertThat(lessons).containsExactly("courses/intro/welcome.xq.md:1: 'xq' names no known language (an ISO 639 "
                + "code such as de, fr, ja or pt-BR)");
        assertThat(e.problems().stream().map(ContentProblem::toString).toList()).containsExactlyInAnyOrder(
                "quiz/questions/bank.en.yaml:1: 'en' is the source's own language (exams are written in English); a "
                        + "translation needs another one",
                "quiz/questions/bank.xq.yaml:1: 'xq' names no known language (an ISO 639 code such as de, fr, ja or "
                        + "pt-BR)");
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
