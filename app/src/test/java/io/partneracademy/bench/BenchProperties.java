package io.partneracademy.bench;

import java.util.HashMap;
import java.util.Map;

/** The application settings every in-process benchmark starts with; each adds its own. */
final class BenchProperties {

    private BenchProperties() {
    }

    /** A server on a random port against this database, without the start-up content import, cheap password hashing. */
    static Map<String, Object> forDatabase(String jdbcUrl) {
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", jdbcUrl);
        props.put("datasources.default.username", "root");
        props.put("datasources.default.password", "");
        props.put("partneracademy.secret", "benchmark-secret-benchmark-secret-0123456789");
        props.put("partneracademy.content.import-on-startup", false);
        props.put("partneracademy.passwords.memory-kib", 1024);
        props.put("partneracademy.passwords.iterations", 1);
        props.put("micronaut.server.port", -1);
        return props;
    }
}
