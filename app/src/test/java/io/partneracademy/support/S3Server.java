package io.partneracademy.support;

import com.adobe.testing.s3mock.S3MockApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * A real S3-compatible server in the test JVM: Adobe's S3Mock (a Spring Boot application speaking the S3 REST
 * protocol over HTTP, with multipart uploads and ranged GETs), started once per JVM on a free port.
 */
public final class S3Server {

    public static final String BUCKET = "pa-test";
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";

    private static S3MockApplication server;

    private S3Server() {
    }

    /** The endpoint, e.g. {@code http://127.0.0.1:41234}; starts the server on first use. */
    public static synchronized String endpoint() {
        if (server == null) {
            // Spring Boot would otherwise re-initialise Logback for the whole JVM and drop the tests' log setup.
            System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
            Map<String, Object> properties = new HashMap<>();
            properties.put(S3MockApplication.PROP_HTTP_PORT, S3MockApplication.RANDOM_PORT);
            properties.put(S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT);
            properties.put(S3MockApplication.PROP_INITIAL_BUCKETS, BUCKET);
            properties.put(S3MockApplication.PROP_ROOT_DIRECTORY, tempDir());
            properties.put(S3MockApplication.PROP_SILENT, true);
            properties.put("spring.main.banner-mode", "off");
            server = S3MockApplication.start(properties);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return "http://127.0.0.1:" + server.getHttpPort();
    }

    /** Application properties that make a node store its files in the test bucket under the given prefix. */
    public static Map<String, String> storageProperties(String prefix) {
        Map<String, String> properties = new HashMap<>();
        properties.put("partneracademy.storage.kind", "s3");
        properties.put("partneracademy.storage.s3.endpoint", endpoint());
        properties.put("partneracademy.storage.s3.bucket", BUCKET);
        properties.put("partneracademy.storage.s3.prefix", prefix);
        properties.put("partneracademy.storage.s3.access-key", ACCESS_KEY);
        properties.put("partneracademy.storage.s3.secret-key", SECRET_KEY);
        properties.put("partneracademy.storage.s3.path-style", "true");
        return properties;
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("pa-s3mock-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
