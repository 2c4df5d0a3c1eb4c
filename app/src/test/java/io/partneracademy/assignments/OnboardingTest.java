package io.partneracademy.assignments;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import io.partneracademy.web.Language;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Onboarding plans: every partner starts with the default plan, a partner admin edits their own copy, a new hire gets
 * the plan's steps as dated assignments at once, overdue steps reach the person and the partner's admins in their
 * own language, and people who joined long ago get the plan only when a manager starts it.
 */
@MicronautTest(transactional = false)
class OnboardingTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TestClock clock;
    @Inject
    People people;
    @Inject
    AssignmentReminders reminders;
    @Inject
    Notifications notifications;
    @Inject
    PersonPreferences preferences;
    @Inject
    AssignmentRepository assignmentRows;
    @Inject
    OnboardingRepository planRows;
    @Inject
    OnboardingStepRepository stepRows;

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
    void aNewHireGetsTheEditedPlanOnTheirHomePageAndOverdueStepsReachTheirPartnerAdmin() {
        Partner partner = fixtures.partner("Onboarders");
        UserSummary admin = fixtures.employee(partner, "Ola Admin", Role.PARTNER_ADMIN);
        Browser browser = signedIn(admin);
        String page = "/onboarding/partners/" + partner.id();

        Browser.Page before = browser.get(page);
        Browser.Page added = browser.post(page + "/steps", Map.of("week", "1", "work", "COURSE:intro", "jobTitle", ""));
        Browser.Page sales = browser.post(page + "/steps", Map.of("week", "2", "work", "PATH:basics",
                "jobTitle", "account"));
        UserSummary nina = fixtures.user("Nina New", Role.LEARNER);
        preferences.save(nina.id(), Language.DE, ZoneId.of("Europe/Berlin"));
        people.employ(nina.id(), partner.id(), "Pre-sales engineer", today());
        UserSummary sam = fixtures.user("Sam Seller", Role.LEARNER);
        people.employ(sam.id(), partner.id(), "Account Executive", today());

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.html().selectFirst("#onboarding-source").text())
                .isEqualTo("This partner uses the default plan; your first change gives it its own copy.");
        assertThat(steps(before)).containsExactly(
                "1 Course: Partner Program Essentials Everyone",
                "2 Course: Value Proposition and Positioning Everyone",
                "3 Lab track: Deal Registration Walkthrough Everyone",
                "4 Path: Certified Foundation Everyone");
        assertThat(added.status()).isEqualTo(303);
        assertThat(sales.status()).isEqualTo(303);
        Browser.Page after = browser.get(page);
        assertThat(after.html().selectFirst("#onboarding-source").text()).isEqualTo("This partner has its own plan.");
        assertThat(after.html().select("#onboarding-steps tbody tr")).hasSize(6);
        // Dates as each reader's pages and notices write them (CLDR medium: "Jan 20, 2027", "20.01.2027").
        String week1 = english(today().plusWeeks(1));
        String week2 = english(today().plusWeeks(2));
        String week1German = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMAN).format(today().plusWeeks(1));
        assertThat(signedIn(nina).get("/").html().selectFirst("#home-assigned").text())
                .contains("Introduction", "Einarbeitungsplan, Woche 1, fällig am " + week1German)
                .doesNotContain("Basics Path");
        assertThat(signedIn(sam).get("/").html().selectFirst("#home-assigned").text())
                .contains("Introduction", "Onboarding plan, week 1, due " + week1,
                        "Basics Path", "Onboarding plan, week 2, due " + week2);
        assertThat(after.html().selectFirst("#onboarding-" + nina.id()).text())
                .startsWith("Nina New 0 of 1 0 Week 1: Introduction, due " + week1);

        learning.completeIntro(Learning.learner(sam));
        clock.advance(Duration.ofDays(8));
        try {
            reminders.run();

            Browser.Page late = signedIn(admin).get(page);
            assertThat(late.html().selectFirst("#onboarding-" + nina.id()).text()).contains("0 of 1 1", "Overdue");
            assertThat(late.html().selectFirst("#onboarding-" + sam.id()).text()).contains("1 of 2 0");
            assertThat(subjects(nina)).containsExactly("Introduction ist überfällig");
            assertThat(subjects(admin)).containsExactly("Nina New: Introduction is overdue");
            assertThat(subjects(sam)).containsExactly("Basics Path is due on " + week2);
            assertThat(signedIn(admin).get("/assignments/partners/" + partner.id()).html()
                    .select("table.assignments tbody tr").eachText())
                    .contains("Nina New Course: Introduction " + week1 + " Onboarding plan, week 1 Overdue");
        } finally {
            clock.advance(Duration.ofDays(-8));
        }
    }

    @Test
    void peopleWhoJoinedLongAgoGetThePlanOnlyWhenAManagerStartsIt() {
        Partner partner = fixtures.partner("Veterans");
        Partner other = fixtures.partner("Elsewhere");
        UserSummary manager = fixtures.user("Max Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        UserSummary vera = fixtures.employee(partner, "Vera Veteran", Role.LEARNER);
        UserSummary stranger = fixtures.employee(other, "Stan Stranger", Role.LEARNER);
        Browser browser = signedIn(manager);
        String page = "/onboarding/partners/" + partner.id();
        browser.get(page);
        browser.post(page + "/steps", Map.of("week", "1", "work", "COURSE:intro", "jobTitle", ""));

        Browser.Page nothingYet = browser.get(page);
        Browser.Page foreign = browser.postFields(page + "/start", List.of(Map.entry("people", String.valueOf(stranger.id()))));
        Browser.Page nobody = browser.postFields(page + "/start", List.of());
        Browser.Page started = browser.postFields(page + "/start", List.of(Map.entry("people", String.valueOf(vera.id()))));
        Browser.Page again = browser.postFields(page + "/start", List.of(Map.entry("people", String.valueOf(vera.id()))));

        assertThat(nothingYet.html().selectFirst("#onboarding-progress + p").text())
                .isEqualTo("Nobody is being onboarded yet.");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.html().selectFirst("#start-people-errors").text()).isEqualTo("Choose at least one person.");
        assertThat(started.location()).endsWith("?started=1");
        assertThat(browser.get(started.location()).html().selectFirst("#onboarding-started").text())
                .isEqualTo("The plan is started: 1 assignments made.");
        assertThat(again.location()).endsWith("?started=0");
        assertThat(signedIn(vera).get("/").html().selectFirst("#home-assigned").text())
                .contains("Introduction", "Onboarding plan, week 1, due " + english(today().plusWeeks(1)));
        assertThat(signedIn(stranger).get("/").html().selectFirst("#home-assigned")).isNull();
        assertThat(signedIn(manager).get("/onboarding/partners/" + other.id()).status()).isEqualTo(403);
    }

    @Test
    void aBadStepIsRefusedWithTheReasonAndTheDefaultPlanIsForAdminsOnly() {
        Partner partner = fixtures.partner("Careful");
        UserSummary admin = fixtures.employee(partner, "Cara Careful", Role.PARTNER_ADMIN);
        UserSummary root = fixtures.user("Root Admin", Role.ADMIN);
        Browser browser = signedIn(admin);
        String page = "/onboarding/partners/" + partner.id();
        browser.get(page);

        Browser.Page zero = browser.post(page + "/steps", Map.of("week", "0", "work", "COURSE:intro", "jobTitle", ""));
        Browser.Page words = browser.post(page + "/steps", Map.of("week", "many", "work", "COURSE:nope", "jobTitle", ""));
        Browser.Page defaultPlan = browser.get("/onboarding/default");
        Browser rootBrowser = signedIn(root);
        Browser.Page adminDefault = rootBrowser.get("/onboarding/default");

        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.html().selectFirst("#week-errors").text()).isEqualTo("\"0\" is not a week between 1 and 26.");
        assertThat(words.status()).isEqualTo(422);
        assertThat(words.html().selectFirst("#work-errors").text())
                .isEqualTo("Choose a path, course or lab track from the list.");
        assertThat(words.html().selectFirst("#week-errors").text()).isEqualTo("\"many\" is not a week between 1 and 26.");
        assertThat(browser.get(page).html().selectFirst("#onboarding-source").text()).contains("uses the default plan");
        assertThat(defaultPlan.status()).isEqualTo(403);
        assertThat(adminDefault.status()).isEqualTo(200);
        assertThat(adminDefault.html().select("#onboarding-steps tbody tr")).hasSize(4);
    }

    @Test
    void editingThePlanMovesAndWithdrawsTheOpenStepsOfPeopleBeingOnboarded() {
        Partner partner = fixtures.partner("Replanners");
        UserSummary admin = fixtures.employee(partner, "Rhea Replanner", Role.PARTNER_ADMIN);
        Browser browser = signedIn(admin);
        String page = "/onboarding/partners/" + partner.id();
        browser.get(page);
        browser.post(page + "/steps", Map.of("week", "1", "work", "COURSE:intro", "jobTitle", ""));
        browser.post(page + "/steps", Map.of("week", "2", "work", "PATH:basics", "jobTitle", ""));
        UserSummary nora = fixtures.user("Nora Newcomer", Role.LEARNER);
        people.employ(nora.id(), partner.id(), "Engineer", today());
        UserSummary dan = fixtures.user("Dan Donealready", Role.LEARNER);
        people.employ(dan.id(), partner.id(), "Engineer", today());
        assertThat(open(nora)).containsExactly("COURSE:intro week 1 due " + today().plusWeeks(1),
                "PATH:basics week 2 due " + today().plusWeeks(2));
        learning.completeBasics(Learning.learner(dan));

        // The introduction moves from week 1 to week 3: added at week 3, then removed from week 1.
        browser.post(page + "/steps", Map.of("week", "3", "work", "COURSE:intro", "jobTitle", ""));
        assertThat(open(nora)).as("the week-1 step still asks for it first").contains(
                "COURSE:intro week 1 due " + today().plusWeeks(1));
        Browser.Page removed = browser.post(page + "/steps/" + step(partner, "intro", 1) + "/delete", Map.of());
        browser.post(page + "/steps/" + step(partner, "basics", 2) + "/delete", Map.of());

        assertThat(removed.status()).as(removed.body()).isEqualTo(303);

        assertThat(open(nora)).containsExactly("COURSE:intro week 3 due " + today().plusWeeks(3));
        assertThat(signedIn(nora).get("/").html().selectFirst("#home-assigned").text())
                .contains("Introduction", "Onboarding plan, week 3").doesNotContain("Basics Path");
        List<AssignmentRow> danRows = assignmentRows.findByPartner(partner.id()).stream()
                .filter(a -> a.userId() == dan.id()).toList();
        assertThat(danRows).extracting(a -> a.refId() + (a.withdrawnAt() == null ? " not withdrawn" : " withdrawn"))
                .as("Dan had done both: the removed step closes as done").containsOnly("intro not withdrawn",
                        "basics not withdrawn");
        Browser.Page team = signedIn(admin).get("/assignments/partners/" + partner.id());
        assertThat(team.html().select("table.assignments tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Nora Newcomer", "Basics Path", "Withdrawn"));
        assertThat(team.html().selectFirst("#assignment-counts").text()).isEqualTo("1 open, 0 overdue, 2 done");
        assertThat(signedIn(admin).get(page).html().selectFirst("#onboarding-" + nora.id()).text())
                .contains("0 of 1").doesNotContain("Basics Path");
    }

    @Test
    void aStepAddedLaterReachesEveryoneBeingOnboardedDueFromTheirOwnStartAndOnlyOnce() {
        Partner partner = fixtures.partner("Latecomers");
        UserSummary admin = fixtures.employee(partner, "Lea Later", Role.PARTNER_ADMIN);
        Browser browser = signedIn(admin);
        String page = "/onboarding/partners/" + partner.id();
        browser.get(page);
        browser.post(page + "/steps", Map.of("week", "1", "work", "COURSE:intro", "jobTitle", ""));
        UserSummary early = fixtures.user("Eve Early", Role.LEARNER);
        people.employ(early.id(), partner.id(), "Engineer", today());
        LocalDate earlyStart = today();
        clock.advance(Duration.ofDays(10));
        try {
            UserSummary late = fixtures.user("Leo Late", Role.LEARNER);
            people.employ(late.id(), partner.id(), "Engineer", today());
            UserSummary seller = fixtures.user("Sid Seller", Role.LEARNER);
            people.employ(seller.id(), partner.id(), "Account Executive", today());

            Browser later = signedIn(admin);
            later.get(page);
            Browser.Page added = later.post(page + "/steps", Map.of("week", "3", "work", "PATH:basics",
                    "jobTitle", "engineer"));
            later.post(page + "/steps", Map.of("week", "4", "work", "PATH:basics", "jobTitle", ""));

            assertThat(added.status()).isEqualTo(303);
            assertThat(open(early)).containsExactly("COURSE:intro week 1 due " + earlyStart.plusWeeks(1),
                    "PATH:basics week 3 due " + earlyStart.plusWeeks(3));
            assertThat(open(late)).containsExactly("COURSE:intro week 1 due " + today().plusWeeks(1),
                    "PATH:basics week 3 due " + today().plusWeeks(3));
            assertThat(open(seller)).as("the week-3 step is for engineers; the week-4 one for everyone")
                    .containsExactly("COURSE:intro week 1 due " + today().plusWeeks(1),
                            "PATH:basics week 4 due " + today().plusWeeks(4));
            assertThat(assignmentRows.findByPartner(partner.id())).hasSize(6);
        } finally {
            clock.advance(Duration.ofDays(-10));
        }
    }

    @Test
    void aStepChangedInPlaceMovesOrSwapsTheWorkOfPeopleBeingOnboarded() {
        Partner partner = fixtures.partner("Editors");
        UserSummary admin = fixtures.employee(partner, "Ed Editor", Role.PARTNER_ADMIN);
        Browser browser = signedIn(admin);
        String page = "/onboarding/partners/" + partner.id();
        browser.get(page);
        browser.post(page + "/steps", Map.of("week", "1", "work", "COURSE:intro", "jobTitle", ""));
        UserSummary nell = fixtures.user("Nell Newbie", Role.LEARNER);
        people.employ(nell.id(), partner.id(), "Engineer", today());
        long step = step(partner, "intro", 1);

        Browser.Page later = browser.post(page + "/steps/" + step, Map.of("week", "2", "work", "COURSE:intro",
                "jobTitle", ""));
        List<String> afterMove = open(nell);
        Browser.Page swapped = browser.post(page + "/steps/" + step, Map.of("week", "2", "work", "PATH:basics",
                "jobTitle", ""));
        Browser.Page bad = browser.post(page + "/steps/" + step, Map.of("week", "40", "work", "PATH:basics",
                "jobTitle", ""));
        Browser.Page gone = browser.post(page + "/steps/999999", Map.of("week", "2", "work", "PATH:basics",
                "jobTitle", ""));

        assertThat(later.status()).isEqualTo(303);
        assertThat(afterMove).containsExactly("COURSE:intro week 2 due " + today().plusWeeks(2));
        assertThat(swapped.status()).isEqualTo(303);
        assertThat(open(nell)).containsExactly("PATH:basics week 2 due " + today().plusWeeks(2));
        assertThat(assignmentRows.findByPartner(partner.id())).extracting(a -> a.refId()
                + (a.withdrawnAt() == null ? "" : " withdrawn")).containsExactlyInAnyOrder("intro withdrawn", "basics");
        assertThat(steps(browser.get(page))).contains("2 Path: Basics Path Everyone")
                .noneMatch(row -> row.contains("Introduction"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.html().selectFirst("#week-" + step + "-errors").text())
                .isEqualTo("\"40\" is not a week between 1 and 26.");
        assertThat(bad.html().selectFirst("#week-" + step).attr("aria-describedby")).isEqualTo("week-" + step + "-errors");
        assertThat(bad.html().selectFirst("#edit-step-" + step).hasAttr("open")).isTrue();
        assertThat(bad.html().selectFirst("#week-" + step).val()).isEqualTo("40");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(open(nell)).containsExactly("PATH:basics week 2 due " + today().plusWeeks(2));
    }

    @Test
    void theDefaultPlansStepsAreShownInTheReadersLanguage() {
        UserSummary root = fixtures.user("Dora Default", Role.ADMIN);
        preferences.save(root.id(), Language.DE, ZoneId.of("Europe/Berlin"));
        UserSummary rootJa = fixtures.user("Jun Default", Role.ADMIN);
        preferences.save(rootJa.id(), Language.JA, ZoneId.of("Asia/Tokyo"));

        Browser.Page german = signedIn(root).get("/onboarding/default");
        Browser.Page japanese = signedIn(rootJa).get("/onboarding/default");

        assertThat(german.html().select("#onboarding-steps tbody tr > td:nth-child(2)").eachText()).containsExactly(
                "Kurs: Grundlagen des Partnerprogramms", "Kurs: Nutzenversprechen und Positionierung",
                "Lab-Track: Deal-Registrierung Schritt für Schritt", "Pfad: Foundation-Zertifizierung");
        assertThat(japanese.html().select("#onboarding-steps tbody tr > td:nth-child(2)").eachText()).containsExactly(
                "コース: パートナープログラムの基本", "コース: バリュープロポジションとポジショニング",
                "ラボトラック: 案件登録ウォークスルー", "パス: Foundation 認定");
    }

    /** Week, work and for whom of each step in the plan table. */
    private static List<String> steps(Browser.Page page) {
        return page.html().select("#onboarding-steps tbody tr").stream()
                .map(row -> row.select("> td").subList(0, 3).stream().map(td -> td.text())
                        .collect(java.util.stream.Collectors.joining(" ")))
                .toList();
    }

    private List<String> open(UserSummary user) {
        return assignmentRows.findByUserIdAndCompletedAtIsNullOrderByDueOn(user.id()).stream()
                .map(a -> a.kind() + ":" + a.refId() + " week " + a.onboardingWeek() + " due " + a.dueOn()).toList();
    }

    private long step(Partner partner, String refId, int week) {
        long plan = planRows.findByPartnerId(partner.id()).orElseThrow().id();
        return stepRows.findByPlan(plan).stream().filter(s -> s.refId().equals(refId) && s.week() == week)
                .findFirst().orElseThrow().id();
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

    private static String english(LocalDate day) {
        return DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).format(day);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
