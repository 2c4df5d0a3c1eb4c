package io.partneracademy.assignments;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import io.partneracademy.support.BulkPeople;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A renewal rule over 20,000 active certifications, all inside its 60-day window, 100 of them held by people of the
 * rule's partner: the first run reads them all; the next run ten minutes later reads only what entered the window
 * since; a run that has to look at the whole window again (what every run did before the rule kept its watermark)
 * is timed for comparison. Prints the times; asserts the counts, and the times only when they are absurd.
 */
@MicronautTest(transactional = false)
class RenewalRuleScaleTest extends DatabaseTest {

    static final int CERTIFICATIONS = 20_000;
    static final int AT_PARTNER = 100;

    @Inject
    Fixtures fixtures;
    @Inject
    People people;
    @Inject
    AssignmentRules rules;
    @Inject
    RenewalReach reach;
    @Inject
    RuleRepository ruleRows;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.assignments.job-initial-delay", "1000d");
        return properties;
    }

    @Test
    void aRunAfterTheFirstReadsOnlyTheCertificationsThatEnteredTheWindow() throws Exception {
        Partner partner = fixtures.partner("Scaleco");
        UserSummary admin = fixtures.user("Sasha Scale", Role.ADMIN);
        certifications(partner.id());
        RuleRow rule = ruleRows.save(new RuleRow(null, RuleKind.RENEWAL, partner.id(), null, null, null, null, null,
                null, 60, admin.id(), clock.instant(), null));

        long first = System.nanoTime();
        int madeFirst = rules.applyAll();
        long firstMs = (System.nanoTime() - first) / 1_000_000;
        RuleRow afterFirst = ruleRows.findById(rule.id()).orElseThrow();
        clock.advance(Duration.ofMinutes(10));
        try {
            int consideredNext = reach.scan(ruleRows.findById(rule.id()).orElseThrow()).considered();
            long next = System.nanoTime();
            int madeNext = rules.applyAll();
            long nextMs = (System.nanoTime() - next) / 1_000_000;
            RuleRow whole = ruleRows.findById(rule.id()).map(r -> new RuleRow(r.id(), r.ruleKind(), r.partnerId(),
                    r.partnerTier(), r.jobTitle(), r.kind(), r.refId(), r.title(), r.dueDays(), r.daysBeforeExpiry(),
                    r.createdBy(), r.createdAt(), null)).orElseThrow();
            long full = System.nanoTime();
            RenewalReach.Scan rescan = reach.scan(whole);
            long fullMs = (System.nanoTime() - full) / 1_000_000;
            System.out.printf("RENEWAL-SCALE %d certifications in the window, %d at the rule's partner: first run %d ms"
                            + " (%d assigned), next run %d ms (%d read, %d assigned), whole-window scan as every run"
                            + " did before %d ms (%d read)%n", CERTIFICATIONS, AT_PARTNER, firstMs, madeFirst, nextMs,
                    consideredNext, madeNext, fullMs, rescan.considered());

            assertThat(madeFirst).isEqualTo(AT_PARTNER);
            assertThat(afterFirst.scannedUntil()).as("the end of the first run's window")
                    .isAfterOrEqualTo(afterFirst.createdAt().plus(Duration.ofDays(60)))
                    .isBefore(clock.instant().plus(Duration.ofDays(60)));
            assertThat(consideredNext).as("nothing entered the window in ten minutes").isZero();
            assertThat(madeNext).isZero();
            assertThat(rescan.considered()).isEqualTo(CERTIFICATIONS);
            assertThat(rescan.targets()).as("everyone at the partner was reached once already").isEmpty();
            assertThat(nextMs).as("the next run").isLessThan(5_000);
        } finally {
            clock.advance(Duration.ofMinutes(-10));
        }
    }

    /**
     * 20,000 people with a certification expiring 1–59 days from now (counted from this instant, not from midnight: a
     * test run at 23:55 UTC that moves the clock ten minutes on must not see the nearest ones expire); every 200th works
     * at the partner.
     */
    private void certifications(long partnerId) throws Exception {
        Timestamp now = Timestamp.from(clock.instant());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            c.setAutoCommit(false);
            // Hired long before the rule: a later run has no change of employment to look at again.
            BulkPeople.write(c, CERTIFICATIONS, i -> new BulkPeople.Person(2_000_000 + i,
                    "holder" + i + "@scale.example", "Holder " + i,
                    i % (CERTIFICATIONS / AT_PARTNER) == 0 ? partnerId : null, "Engineer"),
                    clock.instant(), clock.instant().minus(Duration.ofDays(30)), null);
            try (PreparedStatement cert = c.prepareStatement("INSERT INTO certification (credential_id, user_id,"
                    + " path_id, path_title, level, holder_name, attempt_id, score_percent, issued_at, expires_at,"
                    + " status, status_at, active_key) VALUES (?, ?, 'basics', 'Basics Path', 'FOUNDATION', ?,"
                    + " NULL, 90, ?, ?, 'ACTIVE', ?, ?)")) {
                for (int i = 0; i < CERTIFICATIONS; i++) {
                    long id = 2_000_000 + i;
                    cert.setString(1, String.format("SC%02d-%04d-0000-0000", i / 10_000, i % 10_000));
                    cert.setLong(2, id);
                    cert.setString(3, "Holder " + i);
                    cert.setTimestamp(4, Timestamp.from(today.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
                    cert.setTimestamp(5, Timestamp.from(now.toInstant().plus(Duration.ofDays(1 + i % 59))));
                    cert.setTimestamp(6, now);
                    cert.setString(7, id + ":basics");
                    cert.addBatch();
                }
                cert.executeBatch();
            }
            c.commit();
        }
    }
}
