package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.support.ContentFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ContentValidationTest {

    @Test
    void fixtureTreeIsValid() {
        ContentTree tree = ContentTree.read(ContentFixture.create().root());

        assertThat(tree.courses()).hasSize(2);
        assertThat(tree.paths()).hasSize(2);
    }

    @Test
    void badYamlIsReportedWithItsLine() {
        ContentFixture fixture = ContentFixture.create()
                .replace("courses/intro/course.yaml", "summary: Where everyone starts.", "summary: [unclosed");

        assertThat(problems(fixture)).anyMatch(p -> p.startsWith("courses/intro/course.yaml:3: invalid YAML")
                || p.startsWith("courses/intro/course.yaml:4: invalid YAML"));
    }

    @Test
    void missingTitleIsReported() {
        ContentFixture fixture = ContentFixture.create()
                .replace("courses/intro/second-lesson.md", "title: Second lesson\n", "");

        assertThat(problems(fixture)).containsExactly("courses/intro/second-lesson.md:2: missing title");
    }

    @Test
    void unknownPrerequisiteIsReported() {
        ContentFixture fixture = ContentFixture.create()
                .replace("paths/advanced.yaml", "prerequisite: basics", "prerequisite: nonexistent");

        assertThat(problems(fixture)).containsExactly("paths/advanced.yaml:5: unknown prerequisite path 'nonexistent'");
    }

    @Test
    void aSpecializationWithoutALevelPrerequisiteIsReportedAtItsLine() {
        ContentFixture fixture = ContentFixture.create()
                .write("paths/healthcare.yaml", """
                        id: healthcare
                        title: Healthcare
                        level: SPECIALIZATION
                        description: An industry track.
                        courses:
                          - intro
                        validity-months: 24
                        """)
                .write("paths/finance.yaml", """
                        id: finance
                        title: Financial Services
                        level: SPECIALIZATION
                        description: Another industry track.
                        prerequisite: healthcare
                        courses:
                          - intro
                        validity-months: 24
                        """);

        assertThat(problems(fixture)).containsExactlyInAnyOrder(
                "paths/healthcare.yaml:1: a specialization needs a prerequisite: the level path it builds on (e.g. practitioner)",
                "paths/finance.yaml:5: a specialization's prerequisite must be a level path (FOUNDATION, PRACTITIONER or "
                        + "ARCHITECT), not the specialization 'healthcare'");
    }

    @Test
    void anUnknownLevelNamesTheFourThereAre() {
        ContentFixture fixture = ContentFixture.create()
                .replace("paths/advanced.yaml", "level: PRACTITIONER", "level: EXPERT");

        assertThat(problems(fixture)).containsExactly(
                "paths/advanced.yaml:3: unknown level 'EXPERT' (use FOUNDATION, PRACTITIONER, ARCHITECT or SPECIALIZATION)");
    }

    @Test
    void cyclicPrerequisiteIsReported() {
        ContentFixture fixture = ContentFixture.create()
                .replace("paths/basics.yaml", "description: The basics.", "description: The basics.\nprerequisite: advanced");

        assertThat(problems(fixture)).contains(
                "paths/advanced.yaml:5: cyclic prerequisite: advanced → basics → advanced",
                "paths/basics.yaml:5: cyclic prerequisite: basics → advanced → basics");
    }

    @Test
    void duplicateIdIsReported() {
        ContentFixture fixture = ContentFixture.create()
                .replace("courses/intro/course.yaml", "lessons: [welcome, second-lesson]",
                        "lessons: [welcome, second-lesson, welcome]");

        assertThat(problems(fixture)).containsExactly(
                "courses/intro/course.yaml:7: duplicate id: lesson 'welcome' is listed twice");
    }

    @Test
    void brokenRelativeLinkIsReportedWithTheLessonLine() {
        ContentFixture fixture = ContentFixture.create()
                .replace("courses/intro/second-lesson.md", "More text.", "More text.\n\nSee [the missing one](missing.md).");

        assertThat(problems(fixture)).containsExactly("courses/intro/second-lesson.md:11: broken relative link 'missing.md'");
    }

    @Test
    void unknownAudienceValueIsReported() {
        ContentFixture fixture = ContentFixture.create()
                .replace("courses/silver-only/course.yaml", "min-tier: SILVER", "min-tier: BRONZE");

        assertThat(problems(fixture)).containsExactly("courses/silver-only/course.yaml:5: unknown audience value "
                + "'BRONZE' for min-tier (use REGISTERED, SILVER, GOLD, PLATINUM)");
    }

    @Test
    void everyProblemInTheTreeIsReportedAtOnce() {
        ContentFixture fixture = ContentFixture.create()
                .replace("courses/silver-only/course.yaml", "min-tier: SILVER", "min-tier: BRONZE")
                .replace("paths/advanced.yaml", "prerequisite: basics", "prerequisite: nonexistent")
                .write("courses/intro/stray.md", ContentFixture.lesson("Stray", "# Stray\n"));

        assertThat(problems(fixture)).hasSize(3)
                .contains("courses/intro/stray.md:1: lesson is not listed in any module of course.yaml");
    }

    @Test
    void missingFolderIsReported() {
        assertThatThrownBy(() -> ContentTree.read(ContentFixture.create().root().resolve("nope")))
                .isInstanceOf(ContentInvalidException.class);
    }

    private static List<String> problems(ContentFixture fixture) {
        ContentInvalidException e = catchThrowableOfType(ContentInvalidException.class,
                () -> ContentTree.read(fixture.root()));
        assertThat(e).as("the tree should be invalid").isNotNull();
        return e.problems().stream().map(ContentProblem::toString).toList();
    }
}
