package io.partneracademy.itemstats;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads closed attempts and their answers. Plain JDBC rather than a repository because an exam can have two
 * million answers: they are streamed row by row (Connector/J streams with fetch size Integer.MIN_VALUE) into
 * the caller's arrays instead of being materialised as two million objects.
 */
@Singleton
class AnswerSource {

    /** An attempt without a pinned language (V083) was taken in the exam's source language. */
    private static final String ATTEMPTS = """
            SELECT ranked.id, exam_version, score_percent, passed, attempt_number, COALESCE(l.language, 'en') FROM (
                SELECT id, exam_version, score_percent, passed,
                       ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY started_at, id) AS attempt_number
                FROM exam_attempt WHERE exam_id = ? AND status <> 'OPEN') ranked
            LEFT JOIN attempt_language l ON l.attempt_id = ranked.id""";
    private static final String ANSWERS = """
            SELECT q.attempt_id, q.position, CONCAT(q.question_id, '=', COALESCE(q.answer, ''))
            FROM attempt_question q JOIN exam_attempt a ON a.id = q.attempt_id
            WHERE a.exam_id = ? AND a.exam_version = ? AND a.status <> 'OPEN' AND a.id BETWEEN ? AND ?""";

    private final TransactionOperations<Connection> transactions;

    AnswerSource(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * A closed attempt: its version, stored score and pass, the person's attempt number at this exam, and the
     * language it was taken in.
     */
    record Attempt(long id, int version, double scorePercent, boolean passed, int number, String language) {
    }

    /**
     * Receives one stored answer as "questionId=answer" (nothing after '=' when left unanswered): one string per
     * row instead of two halves the driver's decoding and the caller's lookups, which dominate at 2 million rows.
     */
    interface AnswerSink {
        void accept(long attemptId, int position, String questionAndAnswer);
    }

    /** Every closed attempt of the exam, all versions. */
    List<Attempt> attempts(String examId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement st = status.getConnection().prepareStatement(ATTEMPTS)) {
                st.setString(1, examId);
                List<Attempt> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal score = rs.getBigDecimal(3);
                        out.add(new Attempt(rs.getLong(1), rs.getInt(2), score == null ? 0 : score.doubleValue(),
                                rs.getBoolean(4), rs.getInt(5), rs.getString(6)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("reading attempts of " + examId, e);
            }
        });
    }

    /** Streams every answer of the version's closed attempts with ids from fromId to toId to the sink. */
    void answers(String examId, int version, long fromId, long toId, AnswerSink sink) {
        transactions.executeRead(status -> {
            try (PreparedStatement st = status.getConnection().prepareStatement(ANSWERS,
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                st.setFetchSize(Integer.MIN_VALUE);
                st.setString(1, examId);
                st.setInt(2, version);
                st.setLong(3, fromId);
                st.setLong(4, toId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs.getLong(1), rs.getInt(2), rs.getString(3));
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("reading answers of " + examId + " version " + version, e);
            }
        });
    }
}
