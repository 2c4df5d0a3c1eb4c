package io.partneracademy.authoring;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The database lock that makes imports of content/ and exams/ run one at a time, on one node or many: a row lock
 * on {@code import_lock}, held until the import's transaction commits or rolls back (also when the node dies).
 */
@Singleton
class ImportLock {

    /**
     * How long the import's connection may wait for the database: a waiting import blocks in one statement until
     * the other commits (InnoDB gives up after innodb_lock_wait_timeout, 50 s by default), far longer than the
     * socket timeout requests get.
     */
    static final Duration NETWORK_TIMEOUT = Duration.ofMinutes(2);
    private static final String LOCK = "SELECT name FROM import_lock WHERE name = 'content' FOR UPDATE";
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private final TransactionOperations<Connection> transactions;

    ImportLock(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Waits for the lock in the current transaction (or a new one). Call it before the import reads anything from
     * the database, so its REPEATABLE READ snapshot starts after the previous import's commit.
     *
     * @throws ImportBusyException when another import held the lock longer than the database waits
     */
    void take() {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                connection.setNetworkTimeout(Runnable::run, (int) NETWORK_TIMEOUT.toMillis());
                try (PreparedStatement st = connection.prepareStatement(LOCK); ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("the import_lock row 'content' is missing (migration V081)");
                    }
                }
            } catch (SQLException e) {
                if (e.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                    throw new ImportBusyException();
                }
                throw new IllegalStateException("taking the import lock", e);
            }
            return null;
        });
    }
}
