package io.partneracademy.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being away (no connection in time, connection lost, no answer in time)
 * from a bug: the first is a 503 worth retrying, the second a 500.
 */
final class DatabaseUnavailable {

    /** Seconds a client is asked to wait: a restarting or failing-over database is usually back by then. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final String CONNECTION_STATE_CLASS = "08";
    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    static boolean isCause(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SocketTimeoutException
                    || t instanceof ConnectException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)
                    // Connector/J's unchecked twin of CommunicationsException, thrown from some code paths.
                    || t.getClass().getName().endsWith("CJCommunicationsException")
                    || isEvictedConnection(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hikari's answer (no SQL state) when code touches a connection the pool already closed because the driver
     * reported it broken, e.g. Micronaut resetting the read-only flag after the query that lost the link.
     */
    private static boolean isEvictedConnection(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        return t instanceof SQLException && "Connection is closed".equals(t.getMessage()) && frames.length > 0
                && frames[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
    }
}
