package io.partneracademy.authoring;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** content/ and exams/ import together, all or nothing, and one import at a time (issue 15, finding 4). */
@MicronautTest(transactional = false)
class FolderImportTest extends DatabaseTest {

    private static final List<String> TABLES = List.of("course", "course_version", "course_module", "lesson",
            "course_asset", "learning_path", "path_requirement", "exam", "exam_version", "exam_question");

    private final ContentFixture content = ContentFixture.create();
    private final Path exams = ExamFixture.create();

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    FolderImport folders;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.content.dir", content.root().toString());
        properties.put("partneracademy.content.exams-dir", exams.toString());
        return properties;
    }

    @Test
    void aValidCourseChangeWithABrokenExamImportsNothingAndSaysWhere() throws Exception {
        UserSummary author = fixtures.user("Anna Author", Role.AUTHOR);
        Browser browser = new Browser(server.getURI());
        browser.login(author.email(), Fixtures.PASSWORD);
        browser.get("/admin/content");
        assertThat(browser.post("/admin/content/import", Map.of()).status()).isEqualTo(200);
        Map<String, Long> before = counts();
        content.replace("courses/intro/second-lesson.md", "More text.", "More text, changed.");
        Files.writeString(exams.resolve("quiz/exam.yaml"),
                Files.readString(exams.resolve("quiz/exam.yaml")).replace("pass-mark-percent: 50", "pass-mark-percent: 500"));

        Browser.Page refused = browser.post("/admin/content/import", Map.of());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".problems li").eachText())
                .containsExactly("exams/quiz/exam.yaml:5: pass-mark-percent must be between 1 and 100");
        assertThat(counts()).isEqualTo(before);
        assertThat(count("SELECT MAX(version) FROM course_version WHERE course_id = 'intro'")).isEqualTo(1);
    }

    @Test
    void overlappingImportsRunOneAfterTheOtherAndPublishEachVersionOnce() throws Exception {
        int imports = 4;
        ExecutorService pool = Executors.newFixedThreadPool(imports);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<FolderImport.Imported>> results = new ArrayList<>();
        for (int i = 0; i < imports; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return folders.importAll(content.root(), exams, null);
            }));
        }

        start.countDown();
        List<Long> coursesChanged = new ArrayList<>();
        for (Future<FolderImport.Imported> result : results) {
            coursesChanged.add(result.get(60, TimeUnit.SECONDS).content().coursesChanged());
        }
        pool.shutdown();

        assertThat(coursesChanged).containsExactlyInAnyOrder(2L, 0L, 0L, 0L);
        assertThat(count("SELECT COUNT(*) FROM course_version")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM exam_version")).isEqualTo(4);
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
