package io.partneracademy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.partneracademy.support.DatabaseTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A statement slower than the requests' socket timeout (1.5 s) finishes when a job runs it, fails fast when a request
 * does, and the pool hands the request its one connection back with the short limit (issue 15).
 */
@MicronautTest(transactional = false)
class JobTimeoutsTest extends DatabaseTest {

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("datasources.default.data-source-properties.socketTimeout", "1500");
        // One connection: the request below borrows exactly the connection the job used.
        properties.put("datasources.default.maximum-pool-size", "1");
        properties.put("datasources.default.minimum-idle", "1");
        return properties;
    }

    @Test
    void backgroundWorkOutlastsTheRequestTimeoutWhichStillHoldsForRequests() {
        assertThat(sleepFor(2.5)).as("a job's 2.5 s statement").isEqualTo(0);

        long start = System.nanoTime();
        assertThatThrownBy(() -> ServerRequestContext.with(HttpRequest.GET("/exams"), (Supplier<Integer>) () -> sleepFor(2.5)))
                .as("the same statement inside a request")
                .isInstanceOf(RuntimeException.class)
                .satisfies(e -> assertThat(org.assertj.core.util.Throwables.getStackTrace(e))
                        .containsAnyOf("Communications link failure", "Connection is closed"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the request gave up").isLessThan(2_400);

        assertThat(sleepFor(2.5)).as("a job after the request's failure").isEqualTo(0);
    }

    private int sleepFor(double seconds) {
        return transactions.executeRead(status -> {
            try (PreparedStatement st = status.getConnection().prepareStatement("SELECT SLEEP(?)")) {
                st.setDouble(1, seconds);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
