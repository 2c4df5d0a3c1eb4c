package io.partneracademy;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * Lets migrations run as long as they need: the pool's driver gives up on a silent database after a second or two
 * (so requests answer 503 fast, issue 15), which would cut an ALTER TABLE on a big table short. Flyway's
 * connections get no socket limit; the pool puts the usual one back when they return.
 */
@Singleton
@Named("default")
class MigrationTimeouts implements FlywayConfigurationCustomizer {

    @Override
    public String getName() {
        return "default";
    }

    /** Replaces Micronaut's default customizer, which only looks up Java migrations and callbacks we do not have. */
    @Override
    public void customizeFluentConfiguration(FluentConfiguration config) {
        DataSource pool = config.getDataSource();
        if (pool != null) {
            config.dataSource(new Unlimited(pool));
        }
    }

    /** Hands out the pool's connections with the socket timeout lifted. */
    private record Unlimited(DataSource pool) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return lifted(pool.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return lifted(pool.getConnection(username, password));
        }

        private static Connection lifted(Connection connection) throws SQLException {
            connection.setNetworkTimeout(Runnable::run, 0);
            return connection;
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return pool.isWrapperFor(type);
        }
    }
}
