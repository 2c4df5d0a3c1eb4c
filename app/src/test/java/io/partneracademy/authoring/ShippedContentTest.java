package io.partneracademy.authoring;

import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ShippedContentTest {

    @Test
    void everyShippedContentFileValidates() {
        assertThatCode(() -> ContentTree.read(ProjectDir.get().resolve("content")))
                .doesNotThrowAnyException();
    }

    @Test
    void demoCatalogHasThreePathsNineCoursesAndFortyFiveLessons() {
        ContentTree tree = ContentTree.read(ProjectDir.get().resolve("content"));

        long lessons = tree.courses().stream().flatMap(c -> c.modules().stream())
                .mapToLong(m -> m.lessons().size()).sum();

        assertThat(tree.paths()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(tree.courses()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(lessons).isGreaterThanOrEqualTo(45);
        assertThat(tree.courses()).extracting(CourseSpec::id).contains("deal-registration", "solution-design");
    }
}
