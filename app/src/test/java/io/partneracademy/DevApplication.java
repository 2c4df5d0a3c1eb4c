package io.partneracademy;

import io.micronaut.runtime.Micronaut;
import io.partneracademy.support.EmbeddedMariaDb;
import io.partneracademy.support.ProjectDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.partneracademy.web.Secrets;

/**
 * The run command's entry point ({@code ./mvnw -pl app test-compile exec:java}): the real server plus,
 * when no database URL is configured, an embedded MariaDB 11.4 whose data lives in {@code .data/}, and the
 * demo data. For evaluation and development only; production runs {@link Application} from the jar.
 */
public final class DevApplication {

    private static final int DEFAULT_DB_PORT = 3316;

    private DevApplication() {
    }

    /**
     * Selenium, on the test classpath the run command shares (ADR 0001), brings OpenTelemetry's autoconfigure module,
     * whose global accessor announces at INFO that it is switched off; nothing here uses it. Held in a field because
     * java.util.logging keeps only weak references to loggers.
     */
    private static final java.util.logging.Logger OPEN_TELEMETRY =
            java.util.logging.Logger.getLogger("io.opentelemetry.api.GlobalOpenTelemetry");

    public static void main(String[] args) throws IOException {
        OPEN_TELEMETRY.setLevel(java.util.logging.Level.WARNING);
        Path data = Path.of(env("PA_DATA_DIR", ProjectDir.get().resolve(".data").toString()));
        Map<String, Object> properties = new HashMap<>();
        properties.put("partneracademy.demo-data.enabled", env("PA_DEMO_DATA", "true"));
        properties.put("partneracademy.content.dir", env("PA_CONTENT_DIR", ProjectDir.get().resolve("content").toString()));
        properties.put("partneracademy.storage.dir", env("PA_STORAGE_DIR", env("PA_LABS_UPLOAD_DIR", data.resolve("uploads").toString())));
        properties.put("partneracademy.content.exams-dir", env("PA_EXAMS_DIR", ProjectDir.get().resolve("exams").toString()));
        if (System.getenv("PA_SIGNING_KEYSTORE") == null) {
            properties.put("partneracademy.certification.keystore", data.resolve("signing-keys.p12").toString());
        }
        properties.put("partneracademy.search.index-dir", env("PA_SEARCH_INDEX_DIR", data.resolve("search-index").toString()));
        properties.put("partneracademy.search.synonyms-file",
                env("PA_SEARCH_SYNONYMS", ProjectDir.get().resolve("content/synonyms.txt").toString()));
        // Links in certificates, badges, QR codes and mail point at the port this server really listens on.
        int httpPort = Integer.parseInt(env("PA_PORT", "8080"));
        if (httpPort == 0) {
            httpPort = freePort();
        }
        properties.put("micronaut.server.port", httpPort);
        properties.put("partneracademy.public-base-url", env("PA_PUBLIC_BASE_URL", "http://localhost:" + httpPort));
        if (System.getenv("PA_SECRET") == null) {
            properties.put("partneracademy.secret", devSecret(data));
        }
        if (System.getenv("DATASOURCES_DEFAULT_URL") == null) {
            int port = Integer.parseInt(env("PA_EMBEDDED_DB_PORT", String.valueOf(DEFAULT_DB_PORT)));
            EmbeddedMariaDb db = EmbeddedMariaDb.start(data.resolve("mariadb"), port);
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
            properties.put("datasources.default.url", db.jdbcUrl("partner_academy"));
            properties.put("datasources.default.username", "root");
            properties.put("datasources.default.password", "");
        }
        Micronaut.build(args).mainClass(Application.class).properties(properties).banner(false).start();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A random secret kept in .data/, so sessions survive restarts of the dev server. */
    private static String devSecret(Path data) throws IOException {
        Path file = data.resolve("dev-secret");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        Files.createDirectories(data);
        String secret = Secrets.randomToken(48);
        Files.writeString(file, secret);
        return secret;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
