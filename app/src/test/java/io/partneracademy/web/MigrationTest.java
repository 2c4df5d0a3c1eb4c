package io.partneracademy.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DatabaseTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.partneracademy.support.ProjectDir;
import io.micronaut.transaction.annotation.ReadOnly;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MigrationTest extends DatabaseTest {

    @Inject
    DataSource dataSource;

    @Test
    @ReadOnly
    void everyMigrationAppliesToAnEmptySchema() throws Exception {
        long files;
        try (Stream<Path> list = Files.list(ProjectDir.get().resolve("migrations"))) {
            files = list.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }

        List<String> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT script, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                assertThat(rs.getBoolean("success")).as(rs.getString("script")).isTrue();
                applied.add(rs.getString("script"));
            }
        }

        assertThat(applied).hasSize((int) files).first().isEqualTo("V001__create_partner.sql");
        assertThat(tableExists("employment")).isTrue();
        assertThat(tableExists("user_session")).isTrue();
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, table, null)) {
            return rs.next();
        }
    }
}
