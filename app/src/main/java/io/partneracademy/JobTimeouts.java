package io.partneracademy;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.connection.support.AbstractConnectionOperations;
import io.micronaut.data.connection.support.ConnectionCustomizer;
import io.micronaut.http.context.ServerRequestContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;

/**
 * Gives work done outside a web request (scheduled jobs, start-up loaders, commands) a long database socket timeout.
 *
 * <p>The driver's socket timeout is short ({@code PA_DB_SOCKET_TIMEOUT_MS}, 1.5 s) so that a request answers 503
 * quickly when the database is away (issue 15). A job has nobody waiting for it, and the same limit cut the demo's
 * item-statistics loader and busy outbox batches short under load. A connection opened with no current request gets
 * {@code partneracademy.database.job-socket-timeout} instead; the pool restores the driver's short limit when the
 * connection returns, so the next request borrowing it is fast-failing again.
 */
@Context
class JobTimeouts implements ConnectionCustomizer<Connection> {

    private final int jobTimeoutMillis;

    @SuppressWarnings("unchecked")
    JobTimeouts(ConnectionOperations<Connection> connections,
                @Value("${partneracademy.database.job-socket-timeout:5m}") Duration jobTimeout) {
        this.jobTimeoutMillis = Math.toIntExact(jobTimeout.toMillis());
        if (connections instanceof AbstractConnectionOperations<?> operations) {
            ((AbstractConnectionOperations<Connection>) operations).addConnectionCustomizer(this);
        } else {
            throw new IllegalStateException("cannot customize database connections of " + connections.getClass());
        }
    }

    @Override
    public <R> Function<ConnectionStatus<Connection>, R> intercept(Function<ConnectionStatus<Connection>, R> work) {
        return status -> {
            if (status.isNew() && ServerRequestContext.currentRequest().isEmpty()) {
                try {
                    status.getConnection().setNetworkTimeout(Runnable::run, jobTimeoutMillis);
                } catch (SQLException e) {
                    throw new IllegalStateException("setting the database socket timeout for background work", e);
                }
            }
            return work.apply(status);
        };
    }
}
