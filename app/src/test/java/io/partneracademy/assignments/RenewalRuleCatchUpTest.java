package io.partneracademy.assignments;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.certification.Certifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A renewal rule's later runs look only at what entered its window since, yet still reach people who come into its
 * reach after their certification entered the window (a move to the rule's partner, a new job title), and
 * certifications issued with an expiry inside the part of the window it already looked at. The "basics" path here is
 * valid for one month, so a certification is inside a 60-day window from the day it is issued.
 */
@MicronautTest(transactional = false)
class RenewalRuleCatchUpTest extends DatabaseTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    People people;
    @Inject
    AssignmentRules rules;
    @Inject
    RuleRepository ruleRows;
    @Inject
    AssignmentRepository assignmentRows;
    @Inject
    Certifications certifications;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // The test runs the rules itself, at the moments it chooses.
        properties.put("partneracademy.assignments.job-initial-delay", "1000d");
        return properties;
    }

    @BeforeAll
    void importContent() {
        contentImporter.importTree(ContentFixture.create()
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 1").root(), null);
        examImporter.importTree(ExamFixture.create());
    }

    @Test
    void someoneWhoMovesToTheRulesPartnerOrTakesItsJobTitleLaterIsReachedAtTheNextRun() {
        Partner partner = fixtures.partner("Catchco");
        Partner other = fixtures.partner("Elsewhere");
        UserSummary admin = fixtures.user("Ada Catchadmin", Role.ADMIN);
        UserSummary dan = certified(other, "Dan Mover", "Engineer");
        UserSummary eve = certified(partner, "Eve Seller", "Account manager");
        UserSummary gus = certified(other, "Gus Stays", "Engineer");
        ruleRows.save(new RuleRow(null, RuleKind.RENEWAL, partner.id(), null, "engineer", null, null, null,
                null, 60, admin.id(), clock.instant(), null));
        assertThat(rules.applyAll()).as("nobody is in reach yet").isZero();

        clock.advance(Duration.ofMinutes(10));
        people.employ(dan.id(), partner.id(), "Field engineer", today());
        people.changeJobTitle(asAdmin(admin), partner.id(), eve.id(), "Pre-sales engineer");
        clock.advance(Duration.ofMinutes(10));
        int reached = rules.applyAll();
        clock.advance(Duration.ofMinutes(10));
        int again = rules.applyAll();

        assertThat(reached).isEqualTo(2);
        assertThat(again).as("the next run looks at the same changes again, and reaches nobody twice").isZero();
        assertThat(open(dan)).containsExactly("PATH:basics due " + expiry(dan));
        assertThat(open(eve)).containsExactly("PATH:basics due " + expiry(eve));
        assertThat(open(gus)).isEmpty();
    }

    @Test
    void aCertificationIssuedWithAnExpiryInsideTheWindowAlreadyLookedAtIsReachedAtTheNextRun() {
        Partner partner = fixtures.partner("Freshco");
        UserSummary admin = fixtures.user("Fred Freshadmin", Role.ADMIN);
        UserSummary early = certified(partner, "Ed Early", "Engineer");
        ruleRows.save(new RuleRow(null, RuleKind.RENEWAL, partner.id(), null, null, null, null, null,
                null, 60, admin.id(), clock.instant(), null));
        assertThat(rules.applyAll()).as("the first run looks at the whole window").isEqualTo(1);

        clock.advance(Duration.ofMinutes(10));
        UserSummary fay = certified(partner, "Fay Fresh", "Engineer");
        clock.advance(Duration.ofMinutes(10));
        int reached = rules.applyAll();
        clock.advance(Duration.ofMinutes(10));
        int again = rules.applyAll();

        assertThat(expiry(fay)).as("inside what the first run looked at")
                .isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(59));
        assertThat(reached).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(open(fay)).containsExactly("PATH:basics due " + expiry(fay));
        assertThat(open(early)).containsExactly("PATH:basics due " + expiry(early));
    }

    private UserSummary certified(Partner partner, String name, String jobTitle) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        people.employ(user.id(), partner.id(), jobTitle, LocalDate.of(2025, 1, 6));
        learning.completeBasics(Learning.learner(user));
        return user;
    }

    /** The day the person's active "basics" certification expires (UTC), as renewal assignments are due. */
    private LocalDate expiry(UserSummary user) {
        return certifications.expiringBetween(List.of(user.id()), clock.instant(),
                        clock.instant().plus(Duration.ofDays(400))).stream()
                .filter(c -> c.pathId().equals("basics")).map(Certifications.Expiring::expiresOn).findFirst()
                .orElseThrow(() -> new AssertionError(user.displayName() + " holds no active certification"));
    }

    private List<String> open(UserSummary user) {
        return assignmentRows.findByUserIdAndCompletedAtIsNullOrderByDueOn(user.id()).stream()
                .map(a -> a.kind() + ":" + a.refId() + " due " + a.dueOn()).toList();
    }

    private static CurrentUser asAdmin(UserSummary admin) {
        return new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
