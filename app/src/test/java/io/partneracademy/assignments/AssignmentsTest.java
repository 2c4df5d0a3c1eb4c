package io.partneracademy.assignments;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Partner admins and managers assign work with due dates; learners see it, get reminded once, and it ends when done. */
@MicronautTest(transactional = false)
class AssignmentsTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TestClock clock;
    @Inject
    AssignmentReminders reminders;
    @Inject
    Notifications notifications;
    @Inject
    io.partneracademy.accounts.PersonPreferences preferences;
    @Inject
    AssignmentRepository assignmentRows;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        // The fixture course "intro" has two 5-minute lessons: at 2 minutes a day it needs 5 days.
        properties.put("partneracademy.assignments.learning-minutes-per-day", "2");
        // The test runs the reminder job itself, at the moments it chooses.
        properties.put("partneracademy.assignments.job-initial-delay", "1000d");
        return properties;
    }

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aPartnerAdminAssignsACourseAndTheLearnersSeeItOnTheirHomePage() {
        Partner partner = fixtures.partner("Assigners");
        UserSummary admin = fixtures.employee(partner, "Ada Admin", Role.PARTNER_ADMIN);
        UserSummary ann = fixtures.employee(partner, "Ann Learner", Role.LEARNER);
        UserSummary bob = fixtures.employee(partner, "Bob Learner", Role.LEARNER);
        Browser browser = signedIn(admin);
        String due = today().plusDays(20).toString();

        Browser.Page page = browser.get("/assignments/partners/" + partner.id());
        Browser.Page posted = assign(browser, partner, "COURSE:intro", due, "Before the kick-off", ann, bob);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#work option").eachText()).contains("Course: Introduction");
        assertThat(posted.status()).isEqualTo(303);
        Browser.Page after = browser.get(posted.location());
        assertThat(after.html().selectFirst("#assigned").text()).isEqualTo("Assigned to 2 people; 0 already had this work open.");
        assertThat(after.html().selectFirst("#assignment-counts").text()).isEqualTo("2 open, 0 overdue, 0 done");
        Browser.Page home = signedIn(ann).get("/");
        assertThat(home.html().selectFirst("#home-assigned").text())
                .contains("Introduction", "Assigned by Ada Admin, due " + mailDate(today().plusDays(20)), "Before the kick-off");
        assertThat(assign(browser, partner, "COURSE:intro", due, "", ann).location()).endsWith("assigned=0&already=1");
        Browser.Page csv = browser.getAny("/assignments/partners/" + partner.id() + "/assignments.csv");
        assertThat(csv.body().lines().toList()).containsExactly("Name,Work,Kind,Due on,Assigned by,Status",
                "Ann Learner,Introduction,Course," + due + ",Ada Admin,Open",
                "Bob Learner,Introduction,Course," + due + ",Ada Admin,Open");
        preferences.save(admin.id(), io.partneracademy.web.Language.DE, java.time.ZoneId.of("Europe/Berlin"));
        Browser.Page german = signedIn(admin).getAny("/assignments/partners/" + partner.id() + "/assignments.csv");
        assertThat(german.body().lines().toList()).containsExactly("Name,Aufgabe,Art,Fällig am,Zugewiesen von,Status",
                "Ann Learner,Introduction,Kurs," + due + ",Ada Admin,Offen",
                "Bob Learner,Introduction,Kurs," + due + ",Ada Admin,Offen");
    }

    @Test
    void peopleOutsideTheAssignersScopeAreRefusedWith403AndNothingIsSaved() {
        Partner mine = fixtures.partner("Mine");
        Partner theirs = fixtures.partner("Theirs");
        UserSummary admin = fixtures.employee(mine, "Adam Admin", Role.PARTNER_ADMIN);
        UserSummary colleague = fixtures.employee(mine, "Cole Colleague", Role.LEARNER);
        UserSummary stranger = fixtures.employee(theirs, "Stan Stranger", Role.LEARNER);
        UserSummary manager = fixtures.user("Mel Manager", Role.PARTNER_MANAGER);
        fixtures.assign(theirs, manager);
        Browser browser = signedIn(admin);
        browser.get("/assignments/partners/" + mine.id());
        String due = today().plusDays(20).toString();

        Browser.Page mixed = assign(browser, mine, "COURSE:intro", due, "", colleague, stranger);
        Browser.Page foreign = assign(browser, theirs, "COURSE:intro", due, "", stranger);
        Browser.Page managerForeign = assign(signedIn(manager), mine, "COURSE:intro", due, "", colleague);

        assertThat(mixed.status()).isEqualTo(403);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(managerForeign.status()).isEqualTo(403);
        assertThat(browser.get("/assignments/partners/" + mine.id()).html().selectFirst("#assignment-counts").text())
                .isEqualTo("0 open, 0 overdue, 0 done");
        assertThat(signedIn(colleague).get("/").html().selectFirst("#home-assigned")).isNull();
    }

    @Test
    void aDueDateInThePastOrTooSoonForTheWorkIsRefusedWithTheReason() {
        Partner partner = fixtures.partner("Hasty");
        UserSummary admin = fixtures.employee(partner, "Hal Hasty", Role.PARTNER_ADMIN);
        UserSummary ann = fixtures.employee(partner, "Ann Hasty", Role.LEARNER);
        Browser browser = signedIn(admin);
        browser.get("/assignments/partners/" + partner.id());
        LocalDate today = today();

        Browser.Page past = assign(browser, partner, "COURSE:intro", today.minusDays(1).toString(), "", ann);
        Browser.Page soon = assign(browser, partner, "COURSE:intro", today.plusDays(3).toString(), "", ann);
        Browser.Page garbage = assign(browser, partner, "COURSE:intro", "next week", "", ann);
        Browser.Page unknown = assign(browser, partner, "COURSE:nope", today.plusDays(30).toString(), "", ann);
        Browser.Page ok = assign(browser, partner, "COURSE:intro", today.plusDays(5).toString(), "", ann);

        assertThat(past.status()).isEqualTo(422);
        assertThat(past.html().selectFirst("#dueOn-errors").text()).isEqualTo("The due date "
                + mailDate(today.minusDays(1)) + " is not after today (" + mailDate(today) + "): choose a later date.");
        assertThat(past.html().selectFirst("#dueOn").attr("aria-describedby")).isEqualTo("dueOn-errors");
        assertThat(soon.status()).isEqualTo(422);
        assertThat(soon.html().selectFirst("#dueOn-errors").text()).isEqualTo("The due date "
                + mailDate(today.plusDays(3)) + " is too early: Introduction takes 10 minutes of learning, so the"
                + " earliest due date is " + mailDate(today.plusDays(5)) + ".");
        assertThat(soon.html().selectFirst("#person-" + ann.id()).hasAttr("checked")).isTrue();
        assertThat(garbage.status()).isEqualTo(422);
        assertThat(garbage.html().selectFirst("#dueOn-errors").text())
                .isEqualTo("The due date \"next week\" is not a date; use the form YYYY-MM-DD.");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.html().selectFirst("#work-errors").text())
                .isEqualTo("Choose a path, course or lab track from the list.");
        assertThat(ok.status()).isEqualTo(303);
    }

    @Test
    void aRefusedDueDateNamesItsDatesAndTheWorkInTheReadersLanguage() {
        Partner partner = fixtures.partner("Sprachen");
        UserSummary admin = fixtures.employee(partner, "Sina Sprachen", Role.PARTNER_ADMIN);
        UserSummary ann = fixtures.employee(partner, "Ann Sprachen", Role.LEARNER);
        Browser english = signedIn(admin);
        Browser german = signedIn(admin);
        german.setCookie("pa_lang", "de");
        english.get("/assignments/partners/" + partner.id());
        german.get("/assignments/partners/" + partner.id());
        LocalDate today = today();

        Browser.Page en = assign(english, partner, "COURSE:intro", today.plusDays(3).toString(), "", ann);
        Browser.Page de = assign(german, partner, "COURSE:intro", today.plusDays(3).toString(), "", ann);
        Browser.Page typed = assign(german, partner, "COURSE:intro", "31.12.2026", "", ann);

        assertThat(en.status()).isEqualTo(422);
        assertThat(en.html().selectFirst("#dueOn-errors").text()).isEqualTo("The due date "
                + mailDate(today.plusDays(3)) + " is too early: Introduction takes 10 minutes of learning, so the"
                + " earliest due date is " + mailDate(today.plusDays(5)) + ".");
        assertThat(de.status()).isEqualTo(422);
        assertThat(de.html().selectFirst("#dueOn-errors").text()).isEqualTo("Das Fälligkeitsdatum "
                + germanDate(today.plusDays(3)) + " ist zu früh: Introduction braucht 10 Minuten Lernzeit, frühestens"
                + " also " + germanDate(today.plusDays(5)) + ".");
        assertThat(typed.status()).isEqualTo(422);
        assertThat(typed.html().selectFirst("#dueOn-errors").text())
                .isEqualTo("Das Fälligkeitsdatum „31.12.2026“ ist kein Datum; verwenden Sie JJJJ-MM-TT.");
        assertThat(typed.html().selectFirst("#dueOn").val()).isEqualTo("31.12.2026");
        assertThat(assignmentRows.findByPartner(partner.id())).isEmpty();
    }

    @Test
    void remindersGoOutOnceBeforeTheDueDateAndOnceWhenOverdueAndNotAtAllOnceDone() {
        Partner partner = fixtures.partner("Reminded");
        UserSummary admin = fixtures.employee(partner, "Rita Admin", Role.PARTNER_ADMIN);
        UserSummary late = fixtures.employee(partner, "Larry Late", Role.LEARNER);
        UserSummary done = fixtures.employee(partner, "Dora Done", Role.LEARNER);
        Browser browser = signedIn(admin);
        browser.get("/assignments/partners/" + partner.id());
        assertThat(assign(browser, partner, "COURSE:intro", today().plusDays(10).toString(), "", late, done).status())
                .isEqualTo(303);
        reminders.run();
        assertThat(kinds(late)).isEmpty();

        clock.advance(Duration.ofDays(4));
        learning.completeIntro(Learning.learner(done));
        reminders.run();
        reminders.run();
        assertThat(subjects(late)).containsExactly("Introduction is due on " + mailDate(today().plusDays(6)));
        assertThat(subjects(done)).isEmpty();

        clock.advance(Duration.ofDays(7));
        reminders.run();
        reminders.run();

        assertThat(subjects(late)).containsExactlyInAnyOrder("Introduction is due on " + mailDate(today().minusDays(1)),
                "Introduction is overdue");
        assertThat(subjects(admin)).containsExactly("Larry Late: Introduction is overdue");
        assertThat(subjects(done)).isEmpty();
        browser = signedIn(admin);
        assertThat(browser.get("/assignments/partners/" + partner.id()).html().selectFirst("#assignment-counts")
                .text()).isEqualTo("0 open, 1 overdue, 1 done");
        Browser.Page team = browser.get("/tiers/partners/" + partner.id());
        assertThat(team.status()).as(team.body()).isEqualTo(200);
        assertThat(team.html().selectFirst("#assignment-counts").text()).isEqualTo("0 open, 1 overdue, 1 done");
    }

    @Test
    void aCampaignIsRefusedOutsideTheAssignersScopeAndWhenTheForecastShowsNoDrop() {
        Partner steady = fixtures.partner("Steady");
        Partner other = fixtures.partner("Other");
        UserSummary admin = fixtures.employee(steady, "Sam Steady", Role.PARTNER_ADMIN);
        Browser browser = signedIn(admin);
        browser.get("/tiers/partners/" + steady.id());

        Browser.Page nothing = browser.post("/tiers/partners/" + steady.id() + "/campaign", Map.of());
        Browser.Page foreign = browser.post("/tiers/partners/" + other.id() + "/campaign", Map.of());

        assertThat(nothing.status()).isEqualTo(409);
        assertThat(nothing.text()).contains("The forecast no longer shows a tier drop that renewals would prevent.");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(browser.get("/tiers/partners/" + steady.id()).html().select("#campaign, #campaign-form")).isEmpty();
    }

    private List<String> kinds(UserSummary user) {
        return notifications.recent(user.id()).stream().map(NotificationRow::kind).toList();
    }

    private List<String> subjects(UserSummary user) {
        return notifications.recent(user.id()).stream().filter(n -> AssignmentReminders.KIND.equals(n.kind()))
                .map(NotificationRow::subject).toList();
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private static Browser.Page assign(Browser browser, Partner partner, String work, String due, String note,
                                       UserSummary... people) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(List.of(Map.entry("work", work),
                Map.entry("dueOn", due), Map.entry("note", note)));
        for (UserSummary p : people) {
            fields.add(Map.entry("people", String.valueOf(p.id())));
        }
        return browser.postFields("/assignments/partners/" + partner.id(), fields);
    }

    /** A date as English pages write it (the person chose no language). */
    private static String mailDate(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH).format(date);
    }

    /** A date as German pages write it ("06.12.2026"). */
    private static String germanDate(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu", java.util.Locale.GERMAN).format(date);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
