package io.partneracademy;

import io.partneracademy.support.ProjectDir;
import io.partneracademy.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations form one global sequence (migrations/README.md): a production database already migrated with the
 * released files, listed with their SHA-256 in migrations/released.sha256, must take every file added since
 * with Flyway's defaults (validate, then migrate). A new file numbered below a released one fails here, not in
 * production.
 */
class MigrationsTest {

    private static final Path MIGRATIONS = ProjectDir.get().resolve("migrations");

    @TempDir
    Path released;

    @Test
    void releasedMigrationsAreNeverEdited() throws IOException {
        Map<String, String> hashes = releasedHashes();

        assertThat(hashes).isNotEmpty();
        for (Map.Entry<String, String> file : hashes.entrySet()) {
            Path path = MIGRATIONS.resolve(file.getKey());
            assertThat(path).as("released migration %s is still there", file.getKey()).isRegularFile();
            assertThat(sha256(path)).as("released migration %s is unchanged (forward-only)", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void aDatabaseMigratedWithTheReleasedMigrationsTakesEveryLaterOne() throws IOException {
        for (String name : releasedHashes().keySet()) {
            Files.copy(MIGRATIONS.resolve(name), released.resolve(name));
        }
        Map<String, String> database = TestDatabase.freshDatabase();
        flyway(database, "filesystem:" + released).migrate();

        Flyway everything = flyway(database, "filesystem:" + MIGRATIONS);
        // migrate() validates first (validateOnMigrate), as the server does at start: a file numbered below an
        // applied one fails there, while files above it are simply pending. A bare validate() would also refuse
        // pending files, i.e. every new migration.
        everything.migrate();

        MigrationInfo[] applied = everything.info().applied();
        assertThat(applied).hasSize(sqlFiles().size());
        assertThat(Arrays.stream(applied).map(m -> m.getState().isFailed())).doesNotContain(true);
        assertThat(everything.info().pending()).isEmpty();
    }

    private static Flyway flyway(Map<String, String> database, String location) {
        // Flyway's defaults, as the application runs it: outOfOrder=false, validateOnMigrate=true.
        return Flyway.configure()
                .dataSource(database.get("datasources.default.url"), database.get("datasources.default.username"),
                        database.get("datasources.default.password"))
                .locations(location)
                .load();
    }

    /** File name → SHA-256, as {@code sha256sum V*.sql > released.sha256} writes them. */
    private static Map<String, String> releasedHashes() throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MIGRATIONS.resolve("released.sha256"))) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split("\\s+\\*?", 2);
                hashes.put(parts[1], parts[0]);
            }
        }
        return hashes;
    }

    private static List<Path> sqlFiles() throws IOException {
        try (var files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
