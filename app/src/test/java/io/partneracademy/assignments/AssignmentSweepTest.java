package io.partneracademy.assignments;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The completion sweep reads one page of open assignments per run and goes on from there at the next run, starting
 * again from the first after the last page, instead of reading every open assignment at every run.
 */
@MicronautTest(transactional = false)
class AssignmentSweepTest extends DatabaseTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    Assignments assignments;
    @Inject
    AssignmentReminders reminders;
    @Inject
    AssignmentRepository rows;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.assignments.job-initial-delay", "1000d");
        properties.put("partneracademy.assignments.sweep-batch", "2");
        return properties;
    }

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void eachRunChecksOnePageAndTheNextRunGoesOnFromThere() {
        Partner partner = fixtures.partner("Sweepco");
        UserSummary admin = fixtures.user("Sue Sweeper", Role.ADMIN);
        List<UserSummary> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(fixtures.employee(partner, "Done Early " + i, Role.LEARNER));
        }
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(60);
        assignments.assign(new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN)),
                partner.id(), new Assignments.Request(WorkKind.COURSE, "intro",
                        people.stream().map(UserSummary::id).toList(), due, null));
        people.forEach(p -> learning.completeIntro(Learning.learner(p)));

        List<Integer> closed = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            closed.add(reminders.run().closed());
        }

        assertThat(closed).containsExactly(2, 2, 1, 0);
        assertThat(people).allSatisfy(p -> assertThat(rows.findByUserIdAndCompletedAtIsNullOrderByDueOn(p.id())).isEmpty());
    }
}
