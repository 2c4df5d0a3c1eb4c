package io.partneracademy.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the tier benchmark's data straight into MySQL with batched inserts: partners, their staff (a tenth of
 * them moved from another partner), certification histories (active, expired, superseded, revoked), lesson
 * progress on the Foundation path, ARR and referrals, and closed Foundation exam attempts with their answers.
 */
final class TierData {

    static final String[] TIERS = {"REGISTERED", "REGISTERED", "REGISTERED", "REGISTERED", "SILVER", "SILVER", "SILVER",
            "GOLD", "GOLD", "PLATINUM"};

    private final Connection c;
    private final Random random = new Random(7);
    private final Instant now = Instant.now();
    private long credential;

    TierData(Connection c) {
        this.c = c;
    }

    /** The tier partner number {@code n} starts at, before any assessment. */
    static String startTier(long n) {
        return TIERS[(int) (n % TIERS.length)];
    }

    long partners(int count) throws Exception {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO partner (name, type, region, agreement_signed_on, tier, created_at, updated_at)
                VALUES (?, 'RESELLER', ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                st.setString(1, "Bench Partner " + i);
                st.setString(2, List.of("EMEA", "NA", "APAC", "LATAM").get(i % 4));
                st.setObject(3, LocalDate.of(2024, 1, 1).plusDays(i % 600));
                st.setString(4, startTier(i));
                st.setTimestamp(5, Timestamp.from(now));
                st.setTimestamp(6, Timestamp.from(now));
                st.addBatch();
            }
            st.executeBatch();
        }
        c.commit();
        return first("SELECT MIN(id) FROM partner WHERE name LIKE 'Bench Partner %'");
    }

    /** People, each employed by partner {@code i * partners / people}; returns the first user id. */
    long people(int count, int partners, long firstPartner) throws Exception {
        try (PreparedStatement user = c.prepareStatement(
                "INSERT INTO app_user (email, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                user.setString(1, "person" + i + "@bench.example");
                user.setString(2, "Bench Person " + i);
                user.setTimestamp(3, Timestamp.from(now));
                user.setTimestamp(4, Timestamp.from(now));
                user.addBatch();
                flush(user, i);
            }
            user.executeBatch();
        }
        c.commit();
        long firstUser = first("SELECT MIN(id) FROM app_user WHERE email LIKE 'person%@bench.example'");
        try (PreparedStatement job = c.prepareStatement("""
                INSERT INTO employment (user_id, partner_id, job_title, started_on, ended_on) VALUES (?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                long partner = firstPartner + (long) i * partners / count;
                if (i % 10 == 0) {
                    long previous = firstPartner + ((long) i * partners / count + 1) % partners;
                    employ(job, firstUser + i, previous, LocalDate.of(2023, 3, 1), LocalDate.of(2025, 2, 28));
                }
                employ(job, firstUser + i, partner, LocalDate.of(2025, 3, 1), null);
                flush(job, i);
            }
            job.executeBatch();
        }
        c.commit();
        return firstUser;
    }

    /** Three certifications per person on average; returns how many. */
    long certifications(int people, long firstUser) throws Exception {
        long count = 0;
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO certification (credential_id, user_id, path_id, path_title, level, holder_name, attempt_id,
                    score_percent, issued_at, expires_at, status, status_at, active_key)
                VALUES (?, ?, ?, ?, ?, ?, NULL, 82.5, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < people; i++) {
                long user = firstUser + i;
                double r = random.nextDouble();
                List<String[]> history = new ArrayList<>();
                if (r >= 0.2) {
                    history.add(new String[]{"foundation", "EXPIRED"});
                    history.add(new String[]{"foundation", "ACTIVE"});
                }
                if (r >= 0.5 && r < 0.8) {
                    history.add(new String[]{"foundation", "SUPERSEDED"});
                    history.add(new String[]{"practitioner", "ACTIVE"});
                    history.add(new String[]{"practitioner", "EXPIRED"});
                }
                if (r >= 0.8) {
                    history.add(new String[]{"practitioner", "ACTIVE"});
                    history.add(new String[]{"architect", "ACTIVE"});
                    history.add(new String[]{"architect", random.nextBoolean() ? "REVOKED" : "EXPIRED"});
                }
                for (String[] h : history) {
                    certification(st, user, h[0], h[1]);
                    count++;
                }
                flush(st, i);
            }
            st.executeBatch();
        }
        c.commit();
        return count;
    }

    private void certification(PreparedStatement st, long user, String path, String status) throws Exception {
        boolean active = status.equals("ACTIVE");
        Instant issued = active ? now.minus(Duration.ofDays(random.nextInt(360)))
                : now.minus(Duration.ofDays(400 + random.nextInt(400)));
        Instant expires = issued.plus(Duration.ofDays(path.equals("architect") ? 730 : 365));
        String id = String.format("%016d", ++credential);
        st.setString(1, id.substring(0, 4) + "-" + id.substring(4, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12));
        st.setLong(2, user);
        st.setString(3, path);
        st.setString(4, Character.toUpperCase(path.charAt(0)) + path.substring(1));
        st.setString(5, path.toUpperCase());
        st.setString(6, "Bench Person");
        st.setTimestamp(7, Timestamp.from(issued));
        st.setTimestamp(8, Timestamp.from(active ? expires : now.minus(Duration.ofDays(1 + random.nextInt(30)))));
        st.setString(9, status);
        st.setTimestamp(10, Timestamp.from(issued));
        st.setString(11, active ? user + ":" + path : null);
        st.addBatch();
    }

    /** Some of the Foundation path's lessons done, for most people. */
    long lessonProgress(int people, long firstUser) throws Exception {
        List<String[]> lessons = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT l.course_id, l.lesson_id FROM path_requirement pr JOIN course co ON co.id = pr.ref_id
                JOIN lesson l ON l.course_id = co.id AND l.version = co.current_version
                WHERE pr.path_id = 'foundation' AND pr.kind = 'COURSE' ORDER BY l.course_id, l.position""")) {
            while (rs.next()) {
                lessons.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        long count = 0;
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO lesson_progress (user_id, course_id, lesson_id, completed_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < people; i++) {
                int done = random.nextInt(lessons.size() + 1);
                for (int k = 0; k < done; k++) {
                    st.setLong(1, firstUser + i);
                    st.setString(2, lessons.get(k)[0]);
                    st.setString(3, lessons.get(k)[1]);
                    st.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(k + 1))));
                    st.addBatch();
                    count++;
                }
                flush(st, i);
            }
            st.executeBatch();
        }
        c.commit();
        return count;
    }

    void metrics(int partners, long firstPartner) throws Exception {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO partner_metrics (partner_id, arr, referrals, as_of, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, NULL, ?)""")) {
            for (int i = 0; i < partners; i++) {
                st.setLong(1, firstPartner + i);
                st.setBigDecimal(2, BigDecimal.valueOf(random.nextInt(800) * 1000L));
                st.setInt(3, random.nextInt(60));
                st.setObject(4, LocalDate.now().minusDays(random.nextInt(90)));
                st.setTimestamp(5, Timestamp.from(now));
                st.addBatch();
            }
            st.executeBatch();
        }
        c.commit();
    }

    /** Closed Foundation exam attempts of {@code perAttempt} answers each; returns the number of answers. */
    long answers(int attempts, long firstUser, int people) throws Exception {
        List<String[]> questions = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT question_id, section FROM exam_question WHERE exam_id = 'foundation-exam' AND version = 1")) {
            while (rs.next()) {
                questions.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        int perAttempt = 30;
        long next = first("SELECT COALESCE(MAX(id), 0) + 1 FROM exam_attempt");
        long answers = 0;
        try (PreparedStatement attempt = c.prepareStatement("""
                INSERT INTO exam_attempt (id, exam_id, exam_version, user_id, seed, started_at, deadline, grace_seconds,
                    status, current_position, closed_at, score_percent, passed, section_scores)
                VALUES (?, 'foundation-exam', 1, ?, 0, ?, ?, 60, 'SUBMITTED', 0, ?, ?, ?, '{}')""");
             PreparedStatement answer = c.prepareStatement("""
                INSERT INTO attempt_question (attempt_id, position, question_id, section, option_order, answer)
                VALUES (?, ?, ?, ?, 'a,b,c,d', ?)""")) {
            for (int n = 0; n < attempts; n++) {
                long id = next + n;
                int right = 0;
                for (int p = 0; p < perAttempt; p++) {
                    String[] q = questions.get((n + p * 7) % questions.size());
                    boolean correct = random.nextDouble() < 0.78;
                    right += correct ? 1 : 0;
                    answer.setLong(1, id);
                    answer.setInt(2, p);
                    answer.setString(3, q[0]);
                    answer.setString(4, q[1]);
                    answer.setString(5, correct ? "a" : "b");
                    answer.addBatch();
                    answers++;
                }
                Instant started = now.minus(Duration.ofDays(1 + random.nextInt(700)));
                double score = 100.0 * right / perAttempt;
                attempt.setLong(1, id);
                attempt.setLong(2, firstUser + n % people);
                attempt.setTimestamp(3, Timestamp.from(started));
                attempt.setTimestamp(4, Timestamp.from(started.plus(Duration.ofMinutes(45))));
                attempt.setTimestamp(5, Timestamp.from(started.plus(Duration.ofMinutes(38))));
                attempt.setBigDecimal(6, BigDecimal.valueOf(score).setScale(2, java.math.RoundingMode.HALF_UP));
                attempt.setBoolean(7, score >= 70);
                attempt.addBatch();
                if (n % 500 == 499) {
                    attempt.executeBatch();
                    answer.executeBatch();
                    c.commit();
                }
            }
            attempt.executeBatch();
            answer.executeBatch();
        }
        c.commit();
        return answers;
    }

    private static void employ(PreparedStatement job, long user, long partner, LocalDate from, LocalDate to)
            throws Exception {
        job.setLong(1, user);
        job.setLong(2, partner);
        job.setString(3, "Engineer");
        job.setObject(4, from);
        job.setObject(5, to);
        job.addBatch();
    }

    private static void flush(PreparedStatement st, int i) throws Exception {
        if (i % 2000 == 1999) {
            st.executeBatch();
        }
    }

    private long first(String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
