package io.partneracademy.library;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.partneracademy.search.SearchIndex;
import io.partneracademy.search.SearchRequest;
import io.partneracademy.search.SearchViewer;
import io.partneracademy.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index is derived data: deleted or corrupt, it is rebuilt from the database when the server starts. */
class SearchIndexRebuildTest extends DatabaseTest {

    @Test
    void deletingOrCorruptingTheIndexAndRestartingRebuildsItFromTheDatabase() throws IOException {
        Path dir = Files.createTempDirectory("pa-rebuild-");
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("partneracademy.search.index-dir", dir.toString());
        // three servers one after the other: each binds a fresh port, never the one the previous is still releasing
        properties.put("micronaut.server.port", "-1");
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            first.getApplicationContext().getBean(Library.class).save(new ResourceForm("kiwi-card", "Kiwi battle card",
                    "battle-card", "kiwi", "en", io.partneracademy.partners.Tier.REGISTERED, "o@example.com",
                    LocalDate.of(2030, 1, 1)), "kiwi.txt", "Kiwi beats the competition.".getBytes(StandardCharsets.UTF_8),
                    ResourceStore.Source.UPLOAD, null);
            assertThat(found(first)).isTrue();
        }

        deleteRecursively(dir);
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            assertThat(second.getApplicationContext().getBean(SearchIndex.class).freshlyCreated()).isTrue();
            assertThat(eventuallyFound(second)).isTrue();
        }

        try (Stream<Path> files = Files.list(dir)) {
            for (Path segments : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(segments, "not an index".getBytes(StandardCharsets.UTF_8));
            }
        }
        try (EmbeddedServer third = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            assertThat(third.getApplicationContext().getBean(SearchIndex.class).freshlyCreated()).isTrue();
            assertThat(eventuallyFound(third)).isTrue();
        }
    }

    private static boolean found(EmbeddedServer server) {
        return !server.getApplicationContext().getBean(SearchIndex.class)
                .search(SearchRequest.of("kiwi"), SearchViewer.STAFF).hits().isEmpty();
    }

    /** The rebuild runs in the background after start; give it a few seconds on a busy machine. */
    private static boolean eventuallyFound(EmbeddedServer server) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (found(server)) {
                return true;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
