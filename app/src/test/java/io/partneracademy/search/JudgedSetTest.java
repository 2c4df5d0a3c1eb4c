package io.partneracademy.search;

import io.partneracademy.support.GradedQueries;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The graded judged set the search benchmark reads: every grade names a shipped resource, and the splits hold. */
class JudgedSetTest {

    @Test
    void everyGradeNamesAShippedResourceAndEveryQueryIsInOneSplit() {
        GradedQueries judged = GradedQueries.load();
        assertThat(judged.queries()).hasSizeGreaterThanOrEqualTo(150);
        for (GradedQueries.Graded q : judged.queries()) {
            for (Map.Entry<String, Integer> grade : q.grades().entrySet()) {
                assertThat(Files.isDirectory(ProjectDir.get().resolve("content/resources").resolve(grade.getKey())))
                        .as("resource %s graded for \"%s\"", grade.getKey(), q.query()).isTrue();
                assertThat(grade.getValue()).as("grade for \"%s\"", q.query()).isBetween(1, 2);
            }
        }
        Map<GradedQueries.Split, Long> sizes = judged.queries().stream()
                .collect(Collectors.groupingBy(GradedQueries.Graded::split, Collectors.counting()));
        assertThat(sizes.get(GradedQueries.Split.FRESH)).isEqualTo(33);
        assertThat(sizes.get(GradedQueries.Split.FRESH_2)).isEqualTo(36);
        assertThat(sizes.get(GradedQueries.Split.FRESH_3)).isEqualTo(21);
        assertThat(sizes.get(GradedQueries.Split.TUNING) - sizes.get(GradedQueries.Split.HELD_OUT)).isBetween(0L, 8L);
        assertThat(judged.queries().stream().map(GradedQueries.Graded::query).distinct().count())
                .as("no query twice").isEqualTo(judged.queries().size());
    }
}
