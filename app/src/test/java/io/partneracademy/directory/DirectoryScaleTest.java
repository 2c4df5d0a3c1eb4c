package io.partneracademy.directory;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public directory with 1,000 listed partner companies of 20 people each, everyone certified (every 50th in the
 * "scale-spec" specialization), 2,000 of them named: how long a first page, a name search and a specialization
 * filter take (median of five after one warm-up each). Prints the times; asserts what the page shows, and the
 * times only when they are absurd.
 */
@MicronautTest(transactional = false)
class DirectoryScaleTest extends DatabaseTest {

    static final int PARTNERS = 1_000;
    static final int STAFF = 20;

    @Inject
    Directory directory;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    @Test
    void theFirstPageASearchAndAFilterOverAThousandListedCompaniesTakeMilliseconds() throws Exception {
        data();

        long firstMs = median(() -> directory.search(DirectoryViews.Query.ANY));
        long searchMs = median(() -> directory.search(new DirectoryViews.Query("Company 077", "", "", "", "")));
        long filterMs = median(() -> directory.search(new DirectoryViews.Query("", "", "", "", "scale-spec")));
        DirectoryViews.Page first = directory.search(DirectoryViews.Query.ANY);
        DirectoryViews.Page search = directory.search(new DirectoryViews.Query("Company 077", "", "", "", ""));
        DirectoryViews.Page filter = directory.search(new DirectoryViews.Query("", "", "", "", "scale-spec"));
        System.out.printf("DIRECTORY-SCALE %d listed companies x %d people: first page %d ms, name search %d ms,"
                + " specialization filter %d ms%n", PARTNERS, STAFF, firstMs, searchMs, filterMs);

        assertThat(first.listings()).hasSize(Directory.PAGE);
        assertThat(first.listings().get(0).name()).isEqualTo("Company 0000");
        assertThat(first.listings().get(0).counts().foundation()).isEqualTo(STAFF);
        assertThat(first.listings().get(0).counts().specialists()).isEqualTo(1);
        assertThat(first.listings().get(0).people()).hasSize(2);
        assertThat(search.listings()).hasSize(10);
        assertThat(filter.listings()).hasSize(Directory.PAGE);
        assertThat(Math.max(firstMs, Math.max(searchMs, filterMs))).isLessThan(10_000);
    }

    private static long median(Runnable search) {
        search.run();
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            search.run();
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        return times[2];
    }

    /**
     * 1,000 listed companies "Company 0000" … "Company 0999"; each person holds an active Foundation certification,
     * every 50th person also the scale-spec specialization; every 10th person opted in to be named.
     */
    private void data() throws Exception {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp later = Timestamp.from(clock.instant().plus(Duration.ofDays(300)));
        Timestamp earlier = Timestamp.from(clock.instant().minus(Duration.ofDays(60)));
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement path = c.prepareStatement("INSERT INTO learning_path (id, title, level, description,"
                    + " validity_months, content_hash, updated_at) VALUES ('scale-spec', 'Scale Specialization',"
                    + " 'SPECIALIZATION', 'For the scale test.', 24, REPEAT('0', 64), ?)")) {
                path.setTimestamp(1, now);
                path.executeUpdate();
            }
            try (PreparedStatement partner = c.prepareStatement("INSERT INTO partner (id, name, type, region, tier,"
                    + " created_at, updated_at) VALUES (?, ?, 'RESELLER', ?, 'SILVER', ?, ?)");
                 PreparedStatement listing = c.prepareStatement("INSERT INTO directory_listing (partner_id, listed_at,"
                         + " listed_by) VALUES (?, ?, ?)");
                 PreparedStatement user = c.prepareStatement("INSERT INTO app_user (id, email, display_name, active,"
                         + " created_at, updated_at) VALUES (?, ?, ?, TRUE, ?, ?)");
                 PreparedStatement job = c.prepareStatement("INSERT INTO employment (user_id, partner_id, job_title,"
                         + " started_on) VALUES (?, ?, 'Engineer', '2024-01-01')");
                 PreparedStatement named = c.prepareStatement("INSERT INTO directory_person (user_id, opted_in_at)"
                         + " VALUES (?, ?)");
                 PreparedStatement cert = c.prepareStatement("INSERT INTO certification (credential_id, user_id,"
                         + " path_id, path_title, level, holder_name, attempt_id, score_percent, issued_at, expires_at,"
                         + " status, status_at, active_key) VALUES (?, ?, ?, ?, ?, ?, NULL, 90, ?, ?, 'ACTIVE', ?, ?)")) {
                for (int p = 0; p < PARTNERS; p++) {
                    long partnerId = 3_000_000 + p;
                    partner.setLong(1, partnerId);
                    partner.setString(2, String.format("Company %04d", p));
                    partner.setString(3, p % 2 == 0 ? "EMEA" : "AMER");
                    partner.setTimestamp(4, now);
                    partner.setTimestamp(5, now);
                    partner.addBatch();
                    for (int s = 0; s < STAFF; s++) {
                        long userId = 4_000_000 + (long) p * STAFF + s;
                        user.setLong(1, userId);
                        user.setString(2, "p" + userId + "@scale.example");
                        user.setString(3, "Person " + userId);
                        user.setTimestamp(4, now);
                        user.setTimestamp(5, now);
                        user.addBatch();
                        job.setLong(1, userId);
                        job.setLong(2, partnerId);
                        job.addBatch();
                        if (s % 10 == 0) {
                            named.setLong(1, userId);
                            named.setTimestamp(2, now);
                            named.addBatch();
                        }
                        addCertification(cert, userId, "foundation", "Certified Foundation", "FOUNDATION", earlier, later);
                        if (s % 50 == 0) {
                            addCertification(cert, userId, "scale-spec", "Scale Specialization", "SPECIALIZATION",
                                    earlier, later);
                        }
                    }
                }
                partner.executeBatch();
                user.executeBatch();
                job.executeBatch();
                named.executeBatch();
                cert.executeBatch();
                for (int p = 0; p < PARTNERS; p++) {
                    listing.setLong(1, 3_000_000 + p);
                    listing.setTimestamp(2, now);
                    listing.setLong(3, 4_000_000);
                    listing.addBatch();
                }
                listing.executeBatch();
            }
            c.commit();
        }
    }

    private static int credentials;

    private static void addCertification(PreparedStatement cert, long userId, String pathId, String title, String level,
                                         Timestamp issued, Timestamp expires) throws Exception {
        int n = credentials++;
        cert.setString(1, String.format("DS%02d-%04d-0000-0000", n / 10_000, n % 10_000));
        cert.setLong(2, userId);
        cert.setString(3, pathId);
        cert.setString(4, title);
        cert.setString(5, level);
        cert.setString(6, "Person " + userId);
        cert.setTimestamp(7, issued);
        cert.setTimestamp(8, expires);
        cert.setTimestamp(9, issued);
        cert.setString(10, userId + ":" + pathId);
        cert.addBatch();
    }
}
