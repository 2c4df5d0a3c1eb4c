package io.partneracademy.authoring;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.catalog.Courses;
import io.partneracademy.catalog.PublishResult;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class ContentImportTest extends DatabaseTest {

    @Inject
    ContentImporter importer;
    @Inject
    Courses courses;
    @Inject
    Fixtures fixtures;
    @Inject
    DataSource dataSource;

    @Test
    void shippedCatalogImportsAndReimportingItChangesNothing() throws SQLException {
        ImportReport first = importer.importTree(ProjectDir.get().resolve("content"), null);
        long versionsAfterFirst = count("course_version");

        ImportReport second = importer.importTree(ProjectDir.get().resolve("content"), null);

        assertThat(first.coursesChanged()).isEqualTo(first.courses().size()).isGreaterThanOrEqualTo(9);
        assertThat(second.coursesChanged()).isZero();
        assertThat(second.pathsChanged()).isZero();
        assertThat(count("course_version")).isEqualTo(versionsAfterFirst);
    }

    @Test
    void changingOneLessonCreatesANewCourseVersionAndKeepsProgress() {
        ContentFixture fixture = ContentFixture.create();
        importer.importTree(fixture.root(), null);
        UserSummary learner = fixtures.user("Patient Learner", Role.LEARNER);
        CurrentUser me = new CurrentUser(learner.id(), learner.email(), learner.displayName(), Set.of(Role.LEARNER));
        courses.complete(me, "intro", "welcome");
        courses.complete(me, "intro", "second-lesson");
        fixture.replace("courses/intro/second-lesson.md", "More text.", "More text, now clearer.")
                .replace("courses/intro/course.yaml", "lessons: [welcome, second-lesson]",
                        "lessons: [welcome, second-lesson, third]")
                .write("courses/intro/third.md", ContentFixture.lesson("Third", "# Third\n\nNew material.\n"));

        ImportReport report = importer.importTree(fixture.root(), null);

        assertThat(report.courses()).extracting(PublishResult::courseId, PublishResult::version, PublishResult::changed)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("intro", 2, true),
                        org.assertj.core.groups.Tuple.tuple("silver-only", 1, false));
        CatalogViews.CoursePage page = courses.course(me, "intro");
        assertThat(page.version()).isEqualTo(2);
        assertThat(page.card().lessons()).isEqualTo(3);
        assertThat(page.card().completed()).isEqualTo(2);
        assertThat(page.continueLessonId()).isEqualTo("third");
    }

    @Test
    void aBrokenTreeImportsNothing() throws SQLException {
        ContentFixture fixture = ContentFixture.create()
                .replace("courses/silver-only/course.yaml", "min-tier: SILVER", "min-tier: BRONZE");
        long before = count("course");

        assertThatThrownBy(() -> importer.importTree(fixture.root(), null))
                .isInstanceOf(ContentInvalidException.class);

        assertThat(count("course")).isEqualTo(before);
    }

    private long count(String table) throws SQLException {
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
