package io.partneracademy.reports;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report query that takes longer than an ordinary request's database socket timeout still answers, while ordinary
 * pages keep answering 503 quickly when the database does not answer (ADR 0043).
 *
 * <p>The slowness is real: another connection holds a write lock on {@code certification} for 1.5 s, so every read
 * of that table waits for it, with the socket timeout lowered to 0.5 s. At scale under load the program view's
 * queries took longer than the 1.5 s default and answered "The database cannot be reached right now."
 */
@MicronautTest(transactional = false)
class SlowReportTest extends DatabaseTest {

    private static final long LOCK_MILLIS = 1_500;
    private static final Duration SOCKET_TIMEOUT = Duration.ofMillis(500);

    private Duration lastTook = Duration.ZERO;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.data-source-properties.socketTimeout",
                String.valueOf(SOCKET_TIMEOUT.toMillis()));
        return properties;
    }

    @Test
    void theProgramViewWaitsForASlowDatabaseWhereAnOrdinaryPageGives503() throws Exception {
        UserSummary admin = fixtures.user("Rita Reports", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);

        Browser.Download csv = whileCertificationsAreLocked(() -> browser.download("/program/completions.csv?period=all"));
        Duration csvTook = lastTook;
        Browser.Page page = whileCertificationsAreLocked(() -> browser.get("/program?period=all"));
        Browser.Page ordinary = whileCertificationsAreLocked(() -> browser.get("/admin/certifications"));

        assertThat(csv.status()).as("the CSV, read behind the lock").isEqualTo(200);
        assertThat(csvTook).as("the CSV waited for the lock longer than an ordinary query may").isGreaterThan(
                SOCKET_TIMEOUT.multipliedBy(2));
        assertThat(page.status()).as("the page, read behind the lock").isEqualTo(200);
        assertThat(ordinary.status()).as("an ordinary page behind the same lock").isEqualTo(503);
        assertThat(ordinary.text()).contains("The database cannot be reached right now.");
        assertThat(browser.get("/admin/certifications").status()).as("the same page without the lock").isEqualTo(200);
    }

    /** Runs the request while another connection holds {@code certification} locked for {@link #LOCK_MILLIS}. */
    private <T> T whileCertificationsAreLocked(java.util.function.Supplier<T> request) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement()) {
            c.setNetworkTimeout(Runnable::run, 30_000);
            s.execute("LOCK TABLES certification WRITE");
            CompletableFuture<Void> unlock = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(LOCK_MILLIS);
                    s.execute("UNLOCK TABLES");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long start = System.nanoTime();
            T answer = request.get();
            lastTook = Duration.ofNanos(System.nanoTime() - start);
            unlock.get(10, TimeUnit.SECONDS);
            return answer;
        }
    }
}
