package io.partneracademy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The program view's benchmark data, written with set-based SQL that runs on MySQL 8 and MariaDB: 5,000 partners
 * (all four tiers, four regions), 100,000 people employed by them, 180,000 path enrolments, 300,000 certifications
 * (active, expired and revoked at all three levels) and 100,000 graded certification exam attempts. The attempts'
 * answers are not generated: no program query reads them.
 */
final class ProgramBenchData {

    private static final String PARTNERS = "ELT(1 + n % 4, 'REGISTERED', 'SILVER', 'GOLD', 'PLATINUM')";
    /** n → certification: credential prefix, path, level, which people, issued how, expires how, status. */
    private static final List<String[]> CERTIFICATIONS = List.of(
            new String[]{"F", "foundation", "FOUNDATION", "n % 10 < 9", "(n % 700) - (n % 60)", "-100", "ACTIVE"},
            new String[]{"P", "practitioner", "PRACTITIONER", "n % 5 < 3", "(n % 600) - (n % 45)", "-100", "ACTIVE"},
            new String[]{"A", "architect", "ARCHITECT", "n % 5 = 0", "(n % 400) - (n % 90)", "-200", "ACTIVE"},
            new String[]{"E", "foundation", "FOUNDATION", "n % 10 < 4", "800", "435", "EXPIRED"},
            new String[]{"Q", "practitioner", "PRACTITIONER", "n % 5 < 3", "900", "535", "EXPIRED"},
            new String[]{"X", "architect", "ARCHITECT", "n % 5 = 0", "1000", "270", "EXPIRED"},
            new String[]{"R", "practitioner", "PRACTITIONER", "n % 10 = 9", "300", "-65", "REVOKED"});

    private ProgramBenchData() {
    }

    /** Generates the data unless an earlier run did; returns the number of certifications. */
    static long ensure(Connection db, Instant now) throws SQLException {
        if (count(db, "SELECT COUNT(*) FROM partner WHERE name LIKE 'Bench Partner %'") == 0) {
            generate(db, Timestamp.from(now));
        }
        return count(db, "SELECT COUNT(*) FROM certification");
    }

    private static void generate(Connection db, Timestamp now) throws SQLException {
        run(db, "CREATE TABLE bench_digit (d INT PRIMARY KEY)");
        run(db, "INSERT INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
        run(db, "CREATE TABLE bench_seq (n INT PRIMARY KEY)");
        run(db, """
                INSERT INTO bench_seq SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d
                FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f""");
        update(db, "INSERT INTO partner (name, type, region, tier, created_at, updated_at) SELECT CONCAT('Bench Partner ', n),"
                + " 'RESELLER', ELT(1 + n % 4, 'EMEA', 'NA', 'APAC', 'LATAM'), " + PARTNERS + ", ?, ? FROM bench_seq"
                + " WHERE n <= 5000", now, now);
        update(db, """
                INSERT INTO app_user (email, display_name, created_at, updated_at)
                SELECT CONCAT('bench', n, '@bench.example'), CONCAT('Bench Person ', n), ?, ? FROM bench_seq""", now, now);
        run(db, "CREATE TABLE bench_person (n INT PRIMARY KEY, user_id BIGINT NOT NULL)");
        run(db, """
                INSERT INTO bench_person SELECT s.n, u.id FROM bench_seq s
                JOIN app_user u ON u.email = CONCAT('bench', s.n, '@bench.example')""");
        run(db, """
                INSERT INTO employment (user_id, partner_id, job_title, started_on)
                SELECT b.user_id, p.id, 'Engineer', '2025-01-01' FROM bench_person b
                JOIN partner p ON p.name = CONCAT('Bench Partner ', 1 + b.n % 5000)""");
        enrol(db, now, "foundation", "TRUE", "n % 700 + 20");
        enrol(db, now, "practitioner", "n % 5 < 3", "n % 600 + 10");
        enrol(db, now, "architect", "n % 5 = 0", "n % 400 + 5");
        for (String[] c : CERTIFICATIONS) {
            certify(db, now, c);
        }
        update(db, """
                INSERT INTO exam_attempt (exam_id, exam_version, user_id, seed, started_at, deadline, grace_seconds,
                                          status, closed_at, score_percent, passed)
                SELECT x.id, x.current_version, b.user_id, b.n, TIMESTAMPADD(DAY, -(b.n % 700), ?),
                       TIMESTAMPADD(DAY, -(b.n % 700), ?), 60, 'SUBMITTED', TIMESTAMPADD(DAY, -(b.n % 700), ?),
                       40 + b.n % 60, b.n % 10 < 7
                FROM bench_person b JOIN exam x ON x.id = 'foundation-exam'""", now, now, now);
        run(db, "ANALYZE TABLE certification, exam_attempt, path_enrolment, employment, partner");
    }

    private static void enrol(Connection db, Timestamp now, String path, String who, String daysAgo)
            throws SQLException {
        update(db, "INSERT INTO path_enrolment (user_id, path_id, enrolled_at) SELECT user_id, '" + path
                + "', TIMESTAMPADD(DAY, -(" + daysAgo + "), ?) FROM bench_person WHERE " + who, now);
    }

    /** Issued {@code c[4]} days ago, expiring {@code -c[5]} days from now; the active ones hold the active key. */
    private static void certify(Connection db, Timestamp now, String[] c) throws SQLException {
        String activeKey = "ACTIVE".equals(c[6]) ? "CONCAT(user_id, ':" + c[1] + "')" : "NULL";
        update(db, "INSERT INTO certification (credential_id, user_id, path_id, path_title, level, holder_name,"
                + " score_percent, issued_at, expires_at, status, status_at, active_key)"
                + " SELECT CONCAT('" + c[0] + "', LPAD(n, 18, '0')), user_id, '" + c[1] + "', '" + c[1] + "', '" + c[2]
                + "', 'Bench', 70 + n % 30, TIMESTAMPADD(DAY, -(" + c[4] + "), ?), TIMESTAMPADD(DAY, -(" + c[5]
                + "), ?), '" + c[6] + "', ?, " + activeKey + " FROM bench_person WHERE " + c[3], now, now, now);
    }

    private static void run(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static void update(Connection db, String sql, Timestamp... values) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setTimestamp(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
