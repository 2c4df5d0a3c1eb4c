package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.EmbeddedMariaDb;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real database server of its own, stopped (SIGSTOP) and killed under the running application: every request
 * gets a 503 with Retry-After within 2 s, /health says DOWN within 2 s, and service comes back without a restart
 * when the database does (issue 15).
 */
@MicronautTest(transactional = false)
class DatabaseOutageTest extends DatabaseTest {

    private static final Duration FAST = Duration.ofSeconds(2);
    private static final String DATABASE = "pa_outage";

    private EmbeddedMariaDb db;
    private Path home;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        home = ProjectDir.get().resolve("app/target/outage-mariadb");
        db = EmbeddedMariaDb.start(home, 0);
        execute("DROP DATABASE IF EXISTS " + DATABASE);
        properties.put("datasources.default.url", db.jdbcUrl(DATABASE));
        properties.put("datasources.default.username", "root");
        properties.put("datasources.default.password", "");
        // Every request reads its session from the database, as on a node whose session cache is off.
        properties.put("partneracademy.sessions.cache-for", "0s");
        return properties;
    }

    @AfterAll
    void stopTheDatabase() {
        db.stop();
    }

    @Test
    void aStoppedOrKilledDatabaseGets503QuicklyAndServiceReturnsWithIt() throws Exception {
        UserSummary learner = fixtures.user("Olive Outage", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        assertThat(browser.login(learner.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        assertThat(browser.get("/exams").status()).isEqualTo(200);
        long pid = serverPid();

        signal("STOP", pid);
        try {
            assertAnswersFastWhileDown(browser);
        } finally {
            signal("CONT", pid);
        }
        assertComesBack(browser);

        db.stop();
        assertAnswersFastWhileDown(browser);
        db = EmbeddedMariaDb.start(home, db.port());
        assertComesBack(browser);
    }

    private void assertAnswersFastWhileDown(Browser browser) {
        for (int i = 0; i < 3; i++) {
            Timed<Browser.Page> page = timed(() -> browser.get("/exams"));
            Timed<Browser.Page> json = timed(() -> browser.getJson("/exams/quiz"));
            // As a load balancer or monitor asks: anonymously.
            Timed<Browser.Page> health = timed(() -> new Browser(server.getURI()).getJson("/health"));

            assertThat(page.value().status()).as("page %d", i).isEqualTo(503);
            assertThat(page.value().text()).contains("The database cannot be reached right now.");
            assertThat(page.elapsed()).as("page %d", i).isLessThan(FAST);
            assertThat(json.value().status()).isEqualTo(503);
            assertThat(json.value().contentType()).startsWith("application/problem+json");
            assertThat(json.elapsed()).isLessThan(FAST);
            assertThat(health.value().status()).isEqualTo(503);
            assertThat(health.value().body()).contains("\"status\":\"DOWN\"");
            assertThat(health.elapsed()).isLessThan(FAST);
        }
        assertThat(browser.fetch("/exams").headers().firstValue("Retry-After")).hasValue("5");
    }

    private void assertComesBack(Browser browser) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = browser.get("/exams").status();
            if (status != 200) {
                Thread.sleep(200);
            }
        }
        assertThat(status).as("the page once the database is back").isEqualTo(200);
        assertThat(new Browser(server.getURI()).getJson("/health").body()).contains("\"status\":\"UP\"");
    }

    private record Timed<T>(T value, Duration elapsed) {
    }

    private static <T> Timed<T> timed(Supplier<T> action) {
        long start = System.nanoTime();
        T value = action.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The database server's process id, from the pid file it names. */
    private long serverPid() throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(DATABASE), "root", "");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @@pid_file")) {
            rs.next();
            Path pidFile = Path.of(rs.getString(1));
            return Long.parseLong(Files.readString(pidFile.isAbsolute() ? pidFile
                    : home.resolve("data").resolve(pidFile)).strip());
        }
    }

    private static void signal(String signal, long processId) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(processId)).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("mysql"), "root", "");
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
