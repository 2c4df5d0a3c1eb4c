package io.partneracademy.assignments;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.BulkPeople;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JOIN rules over 20,000 current employees, read through partners a page at a time: a rule for one partner with 100
 * engineers among them (its first run, and the run every 10 minutes after it that finds nobody new), and how long
 * counting the reach of a rule for every partner takes (what the confirmation asks before a rule is saved). Prints
 * the times as {@code JOIN-SCALE}; asserts the counts, and the times only when they are absurd.
 */
@MicronautTest(transactional = false)
class JoinRuleScaleTest extends DatabaseTest {

    static final int EMPLOYEES = 20_000;
    static final int AT_PARTNER = 100;

    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    AssignmentRules rules;
    @Inject
    JoinReach reach;
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

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aRunAfterTheFirstFindsNobodyNewQuicklyAndTheReachOfARuleForEveryoneIsCounted() throws Exception {
        Partner partner = fixtures.partner("Joinscale");
        Partner other = fixtures.partner("Otherscale");
        UserSummary admin = fixtures.user("Jo Joinscale", Role.ADMIN);
        employees(partner.id(), other.id());
        RuleRow rule = ruleRows.save(new RuleRow(null, RuleKind.JOIN, partner.id(), null, "engineer", WorkKind.COURSE,
                "intro", "Introduction", 30, null, admin.id(), clock.instant(), null));
        RuleRow everyone = new RuleRow(null, RuleKind.JOIN, null, null, null, WorkKind.COURSE, "intro", "Introduction",
                30, null, admin.id(), clock.instant(), null);

        long first = System.nanoTime();
        int madeFirst = rules.applyAll();
        long firstMs = (System.nanoTime() - first) / 1_000_000;
        clock.advance(Duration.ofMinutes(10));
        long next = System.nanoTime();
        int madeNext = rules.applyAll();
        long nextMs = (System.nanoTime() - next) / 1_000_000;
        long count = System.nanoTime();
        int reachOfEveryone = reach.count(everyone);
        long countMs = (System.nanoTime() - count) / 1_000_000;
        long old = System.nanoTime();
        int oldCount = oldSqlCount();
        long oldMs = (System.nanoTime() - old) / 1_000_000;
        System.out.printf("JOIN-SCALE %d current employees, %d engineers at the rule's partner: first run %d ms"
                        + " (%d assigned), next run %d ms (%d assigned), reach of a rule for every partner counted in"
                        + " %d ms (%d people; the one SQL query over employment and partner that did it before: %d ms,"
                        + " %d people)%n", EMPLOYEES, AT_PARTNER, firstMs, madeFirst, nextMs, madeNext, countMs,
                reachOfEveryone, oldMs, oldCount);

        assertThat(rule.id()).isNotNull();
        assertThat(madeFirst).isEqualTo(AT_PARTNER);
        assertThat(madeNext).isZero();
        assertThat(reachOfEveryone).as("everyone but the 100 who have the course open already")
                .isEqualTo(EMPLOYEES - AT_PARTNER);
        assertThat(nextMs).as("the next run").isLessThan(10_000);
    }

    /** The reach count as assignments' own SQL did it before session 8, for comparison. */
    private int oldSqlCount() throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement count = c.prepareStatement("""
                     SELECT COUNT(*) FROM employment e JOIN partner p ON p.id = e.partner_id
                     WHERE e.ended_on IS NULL
                       AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.rule_id = -1 AND a.user_id = e.user_id)
                       AND NOT EXISTS (SELECT 1 FROM assignment o
                                       WHERE o.open_key = CONCAT(e.user_id, ':', 'COURSE', ':', 'intro'))""");
             java.sql.ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** 20,000 people at work; every 200th is an engineer at the rule's partner, the others at another partner. */
    private void employees(long partnerId, long otherId) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            c.setAutoCommit(false);
            BulkPeople.write(c, EMPLOYEES, i -> {
                boolean engineer = i % (EMPLOYEES / AT_PARTNER) == 0;
                return new BulkPeople.Person(3_000_000 + i, "staff" + i + "@joinscale.example", "Staff " + i,
                        engineer ? partnerId : otherId, engineer ? "Solutions Engineer" : "Account manager");
            }, clock.instant(), clock.instant().minus(Duration.ofDays(30)), null);
            c.commit();
        }
    }
}
