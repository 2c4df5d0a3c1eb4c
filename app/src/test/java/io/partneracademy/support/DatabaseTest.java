package io.partneracademy.support;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/** Base for tests that start the application: each test class gets its own freshly migrated database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("partneracademy.secret", "test-secret-test-secret-test-secret-0123456789");
        // Argon2id at test strength: the same code path, a fraction of the memory and time.
        properties.put("partneracademy.passwords.memory-kib", "1024");
        properties.put("partneracademy.passwords.iterations", "1");
        properties.put("micronaut.server.port", "-1");
        properties.put("partneracademy.content.import-on-startup", "false");
        properties.put("partneracademy.search.index-dir", searchIndexDir());
        properties.put("partneracademy.search.synonyms-file", ProjectDir.get().resolve("content/synonyms.txt").toString());
        return properties;
    }

    /** Every application context gets its own empty Lucene index. */
    private static String searchIndexDir() {
        try {
            return java.nio.file.Files.createTempDirectory("pa-search-").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
