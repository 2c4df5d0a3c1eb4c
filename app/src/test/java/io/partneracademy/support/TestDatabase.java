package io.partneracademy.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses the tests' database server once per JVM, in this order: a URL from PA_TEST_DATASOURCE_URL,
 * Testcontainers MySQL 8.4 when Docker answers, an embedded MariaDB 11.4. Every test context then gets a new,
 * empty database on that server, which Flyway migrates when the context starts.
 */
public final class TestDatabase {

    private static final String PREFIX = "pa_test_";
    private static final String PARAMS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private TestDatabase() {
    }

    /** Datasource properties for a brand-new database. */
    public static synchronized Map<String, String> freshDatabase() {
        if (server == null) {
            server = chooseServer();
            dropStaleDatabases(server);
        }
        String name = PREFIX + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", server.baseUrl + name + "?" + PARAMS);
        properties.put("datasources.default.username", server.username);
        properties.put("datasources.default.password", server.password);
        return properties;
    }

    /** Which kind of server the tests run on, for the log. */
    public static synchronized String describe() {
        return server == null ? "not started" : server.kind;
    }

    private static Server chooseServer() {
        String url = System.getenv("PA_TEST_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            String base = url.substring(0, url.indexOf('/', "jdbc:mysql://".length()) + 1);
            return new Server("configured MySQL " + base, base, env("PA_TEST_DATASOURCE_USERNAME", "root"),
                    env("PA_TEST_DATASOURCE_PASSWORD", ""));
        }
        Server container = mysqlContainer();
        if (container != null) {
            return container;
        }
        Path home = ProjectDir.get().resolve("app/target/test-mariadb");
        EmbeddedMariaDb db = EmbeddedMariaDb.start(home, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
        return new Server("embedded MariaDB 11.4", "jdbc:mysql://127.0.0.1:" + db.port() + "/", "root", "");
    }

    /** MySQL 8.4 in Docker when Docker answers and can run it; null (and a note saying why) otherwise. */
    private static Server mysqlContainer() {
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return null;
            }
            MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.4").withUsername("root").withPassword("test");
            mysql.start();
            String base = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/";
            return new Server("Testcontainers MySQL 8.4", base, "root", "test");
        } catch (RuntimeException e) {
            // Docker answers but cannot run the image (no registry access, say): say so, and go on embedded.
            System.err.println("Tests: Docker is available but the MySQL 8.4 container did not start ("
                    + e.getMessage() + "); using the embedded MariaDB 11.4 instead.");
            return null;
        }
    }

    private static void dropStaleDatabases(Server s) {
        List<String> stale = new ArrayList<>();
        try (Connection c = connect(s); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW DATABASES LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                stale.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list test databases on " + s.kind, e);
        }
        stale.forEach(db -> execute(s, "DROP DATABASE " + db));
    }

    private static void execute(Server s, String sql) {
        try (Connection c = connect(s); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + s.kind + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Server s) throws SQLException {
        return DriverManager.getConnection(s.baseUrl + "?" + PARAMS, s.username, s.password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private record Server(String kind, String baseUrl, String username, String password) {
    }
}
