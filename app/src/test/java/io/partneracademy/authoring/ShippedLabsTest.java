package io.partneracademy.authoring;

import io.partneracademy.catalog.PathSpec;
import io.partneracademy.labs.LabTrackSpec;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedLabsTest {

    @Test
    void eachDemoPathRequiresAShippedLabTrackThatNamesIt() {
        ContentTree tree = ContentTree.read(ProjectDir.get().resolve("content"));
        Map<String, PathSpec> paths = tree.paths().stream().collect(Collectors.toMap(PathSpec::id, p -> p));

        assertThat(tree.labs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(paths.get("foundation").labs()).contains("deal-registration-walkthrough");
        assertThat(paths.get("practitioner").labs()).contains("demo-environment-setup");
        assertThat(paths.get("architect").labs()).contains("architect-design-review");
        assertThat(tree.labs()).allSatisfy(l -> assertThat(paths.get(l.pathId()).labs()).contains(l.id()));
    }

    @Test
    void theDemoTracksUseEveryKindOfCheck() {
        ContentTree tree = ContentTree.read(ProjectDir.get().resolve("content"));

        assertThat(tree.labs().stream().flatMap(l -> l.tasks().stream()).map(t -> t.check().type()).distinct())
                .containsExactlyInAnyOrder(LabTrackSpec.CheckType.values());
        assertThat(tree.labs().stream().flatMap(l -> l.tasks().stream()).map(t -> t.check().match()).distinct())
                .contains(LabTrackSpec.Match.EXACT, LabTrackSpec.Match.REGEX, LabTrackSpec.Match.NUMBER);
    }
}
