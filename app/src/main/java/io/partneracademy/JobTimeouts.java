package io.partneracademy;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.connection.support.AbstractConnectionOperations;
import io.micronaut.data.connection.support.ConnectionCustomizer;
import io.micronaut.http.context.ServerRequestContext;
import io.partneracademy.web.LongReads;

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
 *
 * <p>A request's report reads marked with {@link LongReads} get {@code partneracademy.database.report-socket-timeout}
 * (ADR 0043).
 */
@Context
class JobTimeouts implements ConnectionCustomizer<Connection> {

    private final int jobTimeoutMillis;
    private final int reportTimeoutMillis;
    private final LongReads longReads;

    @SuppressWarnings("unchecked")
    JobTimeouts(ConnectionOperations<Connection> connections, LongReads longReads,
                @Value("${partneracademy.database.job-socket-timeout:5m}") Duration jobTimeout,
                @Value("${partneracademy.database.report-socket-timeout:60s}") Duration reportTimeout) {
        this.jobTimeoutMillis = Math.toIntExact(jobTimeout.toMillis());
        this.reportTimeoutMillis = Math.toIntExact(reportTimeout.toMillis());
        this.longReads = longReads;
        if (connections instanceof AbstractConnectionOperations<?> operations) {
            ((AbstractConnectionOperations<Connection>) operations).addConnectionCustomizer(this);
        } else {
            throw new IllegalStateException("cannot customize database connections of " + connections.getClass());
        }
    }

    @Override
    public <R> Function<ConnectionStatus<Connection>, R> intercept(Function<ConnectionStatus<Connection>, R> work) {
        return status -> {
            if (status.isNew()) {
                if (ServerRequestContext.currentRequest().isEmpty()) {
                    timeout(status, jobTimeoutMillis, "background work");
                } else if (longReads.active()) {
                    timeout(status, reportTimeoutMillis, "a report");
                }
            }
            return work.apply(status);
        };
    }

    private static void timeout(ConnectionStatus<Connection> status, int millis, String what) {
        try {
            status.getConnection().setNetworkTimeout(Runnable::run, millis);
        } catch (SQLException e) {
            throw new IllegalStateException("setting the database socket timeout for " + what, e);
        }
    }
}
