package io.partneracademy.authoring;

import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.LabContent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LabContentValidationTest {

    @Test
    void fixtureTracksAreValid() {
        ContentTree tree = ContentTree.read(LabContent.create().root());

        assertThat(tree.labs()).extracting(l -> l.id()).containsExactly("ordered", "practice");
        assertThat(tree.labs().get(1).tasks()).hasSize(5);
    }

    @Test
    void pathNamingAnUnknownLabTrackIsReportedAtItsLine() {
        ContentFixture fixture = LabContent.create().replace("paths/basics.yaml", "  - ordered", "  - nowhere")
                .write("labs/ordered.yaml", LabContent.ORDERED.replace("path: basics", "path: advanced"))
                .replace("paths/advanced.yaml", "validity-months: 12", "labs: [ordered]\nvalidity-months: 12");

        assertThat(problems(fixture)).containsExactly("paths/basics.yaml:9: unknown lab track 'nowhere'");
    }

    @Test
    void trackNamingAnUnknownPathOrOneThatDoesNotListItIsReported() {
        ContentFixture fixture = LabContent.create()
                .write("labs/ordered.yaml", LabContent.ORDERED.replace("path: basics", "path: nope"))
                .write("labs/extra.yaml", LabContent.ORDERED.replace("id: ordered", "id: extra"));

        assertThat(problems(fixture)).containsExactly(
                "labs/extra.yaml:3: path 'basics' does not list this track under labs",
                "labs/ordered.yaml:3: unknown path 'nope'");
    }

    @Test
    void brokenChecksAreReportedWithFileAndLine() {
        ContentFixture fixture = LabContent.create().write("labs/practice.yaml", LabContent.PRACTICE
                .replace("'DR-[0-9]{6}'", "'DR-[0-9{6}'")
                .replace("expected: 42.5", "expected: forty")
                .replace("max-size: 64KB", "max-size: 20MB")
                .replace("file-types: [pdf]", "file-types: [pdf, exe]")
                .replace("type: attest", "type: quiz"));

        assertThat(problems(fixture)).containsExactly(
                "labs/practice.yaml:22: invalid regular expression 'DR-[0-9{6}': Unclosed character class",
                "labs/practice.yaml:29: expected 'forty' is not a number",
                "labs/practice.yaml:36: unknown file type 'exe' (use pdf, png, jpeg, gif, zip or text)",
                "labs/practice.yaml:37: max-size must be like 512KB or 5MB, at most 8MB, not '20MB'",
                "labs/practice.yaml:42: unknown check type 'quiz' (use answer, artifact or attest)");
    }

    @Test
    void duplicateTaskIdsAndToleranceOnTextAreReported() {
        ContentFixture fixture = LabContent.create().write("labs/ordered.yaml", LabContent.ORDERED
                .replace("id: second", "id: first")
                .replace("expected: done", "expected: done\n      tolerance: 1"));

        assertThat(problems(fixture)).containsExactly(
                "labs/ordered.yaml:11: duplicate id: task 'first'",
                "labs/ordered.yaml:17: tolerance only applies to match: number");
    }

    private static List<String> problems(ContentFixture fixture) {
        ContentInvalidException e = catchThrowableOfType(ContentInvalidException.class,
                () -> ContentTree.read(fixture.root()));
        assertThat(e).as("content should be invalid").isNotNull();
        return e.problems().stream().map(Object::toString).toList();
    }
}
