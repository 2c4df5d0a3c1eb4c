package io.partneracademy.assignments;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic assignment rules: a rule reaches matching people now and those who join later, once each; a renewal rule
 * reaches people a number of days before their certification expires, once per expiry; partner admins make, edit
 * and delete their own company's rules and cannot see another company's.
 */
@MicronautTest(transactional = false)
class AssignmentRulesTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    People people;
    @Inject
    AssignmentRules rules;
    @Inject
    TestClock clock;
    @Inject
    RuleRepository ruleRows;
    @Inject
    AssignmentRepository assignmentRows;
    @Inject
    AssignmentReminders reminders;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.assignments.learning-minutes-per-day", "2");
        properties.put("partneracademy.assignments.confirm-above", "2");
        // The test runs the rule job itself.
        properties.put("partneracademy.assignments.job-initial-delay", "1000d");
        return properties;
    }

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aRuleReachesMatchingPeopleNowAndPeopleWhoJoinLaterOnceEach() {
        Partner gold = fixtures.setTier(fixtures.partner("Goldrule"), Tier.GOLD);
        Partner silver = fixtures.partner("Silverrule");
        UserSummary presales = staff(gold, "Petra Presales", "Pre-Sales Engineer");
        staff(gold, "Sid Sales", "Account Executive");
        staff(silver, "Sue Silver", "Pre-sales engineer");
        UserSummary admin = fixtures.user("Alma Admin", Role.ADMIN);
        Browser browser = signedIn(admin);
        browser.get("/assignments/rules");

        Browser.Page made = browser.post("/assignments/rules", Map.of("work", "COURSE:intro", "tier", "GOLD",
                "jobTitle", "pre-sales", "dueDays", "30"));

        assertThat(made.status()).isEqualTo(303);
        assertThat(made.location()).endsWith("made=1");
        String due = today().plusDays(30).toString();
        assertThat(signedIn(presales).get("/").html().selectFirst("#home-assigned").text())
                .contains("Introduction", "Assigned by Alma Admin, due " + io.partneracademy.web.Formats.of(java.util.Locale.ENGLISH, java.time.ZoneId.of("UTC")).date(due));

        UserSummary later = staff(gold, "Lena Later", "Senior pre-sales architect");
        assertThat(rules.applyAll()).isEqualTo(1);
        assertThat(rules.applyAll()).isZero();

        assertThat(signedIn(later).get("/").html().selectFirst("#home-assigned").text()).contains("Introduction");
        Browser.Page page = browser.get("/assignments/rules");
        assertThat(ruleRow(page, "pre-sales")).contains("Course: Introduction",
                "Gold partners", "job title contains \"pre-sales\"", "30 days", "2 assignments, 0 done",
                "Petra Presales", "Lena Later").doesNotContain("Sue Silver", "Sid Sales");
    }

    @Test
    void aRuleThatWouldAssignManyAtOnceShowsTheCountAndWaitsForConfirmation() {
        Partner big = fixtures.partner("Bigco");
        for (String name : new String[] {"Ann Many", "Ben Many", "Cat Many"}) {
            staff(big, name, "Field engineer " + big.id());
        }
        UserSummary admin = fixtures.user("Alex Admin", Role.ADMIN);
        Browser browser = signedIn(admin);
        browser.get("/assignments/rules");
        Map<String, String> form = Map.of("work", "COURSE:intro", "tier", "", "jobTitle", "field engineer " + big.id(),
                "dueDays", "30");

        Browser.Page asked = browser.post("/assignments/rules", form);
        Browser.Page tooSoon = browser.post("/assignments/rules", Map.of("work", "COURSE:intro", "tier", "",
                "jobTitle", "field engineer " + big.id(), "dueDays", "2"));
        Map<String, String> confirmed = new HashMap<>(form);
        confirmed.put("confirm", "yes");
        Browser.Page made = browser.post("/assignments/rules", confirmed);

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html().selectFirst("#rule-confirm").text())
                .isEqualTo("This rule would assign its work to 3 people at once. Check the rule, then confirm.");
        assertThat(asked.html().selectFirst("#rule-form button").text()).isEqualTo("Confirm: assign to 3 people");
        assertThat(tooSoon.status()).isEqualTo(422);
        assertThat(tooSoon.html().selectFirst("#rule-problems").text())
                .contains("2 days is too short for Introduction: it needs at least 5 days.");
        assertThat(made.location()).endsWith("made=3");
    }

    @Test
    void aRenewalRuleAssignsRenewalDaysBeforeEachExpiryOnce() {
        Partner partner = fixtures.partner("Renewco");
        Partner other = fixtures.partner("Otherco");
        UserSummary admin = fixtures.employee(partner, "Rita Renewadmin", Role.PARTNER_ADMIN);
        UserSummary ann = certified(partner, "Ann Expiring");
        UserSummary ben = certified(partner, "Ben Expiring");
        UserSummary cy = certified(other, "Cy Elsewhere");
        Browser browser = signedIn(admin);
        browser.get("/assignments/rules");

        Browser.Page made = browser.post("/assignments/rules", Map.of("ruleKind", "RENEWAL", "work", "",
                "partner", partner.id().toString(), "tier", "", "jobTitle", "", "dueDays", "", "daysBefore", "60"));

        assertThat(made.location()).as(made.body()).endsWith("made=0");
        LocalDate firstExpiry = today().plusYears(1);
        clock.advance(Duration.ofDays(310));
        assertThat(rules.applyAll()).isEqualTo(2);
        assertThat(rules.applyAll()).isZero();
        assertThat(open(ann)).containsExactly("PATH:basics due " + firstExpiry);
        assertThat(open(ben)).containsExactly("PATH:basics due " + firstExpiry);
        assertThat(open(cy)).isEmpty();
        assertThat(signedIn(ann).get("/").html().selectFirst("#home-assigned").text())
                .contains("Basics Path", "Assigned by Rita Renewadmin");
        assertThat(ruleRow(signedIn(admin).get("/assignments/rules"), "Renew any"))
                .contains("Renew any certification 60 days before it expires", "Renewco", "On the day it expires",
                        "2 assignments, 0 done", "Ann Expiring", "Ben Expiring");

        // Ann renews in her window: her assignment ends, and her new certification is far from expiring.
        learning.pass(Learning.learner(ann), "quiz");
        reminders.run();
        assertThat(open(ann)).isEmpty();
        assertThat(rules.applyAll()).isZero();

        // Renewal extends from the old expiry; 55 days before the new one the rule reaches her again, once.
        clock.advance(Duration.ofDays(365));
        assertThat(rules.applyAll()).isEqualTo(1);
        assertThat(rules.applyAll()).isZero();
        assertThat(open(ann)).containsExactly("PATH:basics due " + firstExpiry.plusYears(1));
    }

    @Test
    void aPartnerAdminMakesEditsAndDeletesOnlyTheirOwnCompanysRules() {
        Partner own = fixtures.partner("Ownco");
        Partner rival = fixtures.partner("Rivalco");
        UserSummary ownAdmin = fixtures.employee(own, "Olga Ownadmin", Role.PARTNER_ADMIN);
        UserSummary rivalAdmin = fixtures.employee(rival, "Raul Rivaladmin", Role.PARTNER_ADMIN);
        UserSummary engineer = staff(own, "Erin Engineer", "Solutions engineer");
        staff(own, "Sam Seller", "Account executive");
        Browser rivalBrowser = signedIn(rivalAdmin);
        rivalBrowser.get("/assignments/rules");
        rivalBrowser.post("/assignments/rules", Map.of("ruleKind", "JOIN", "work", "COURSE:intro",
                "partner", rival.id().toString(), "dueDays", "30", "daysBefore", "60"));
        long rivalRule = onlyRuleOf(rival);
        Browser browser = signedIn(ownAdmin);
        Browser.Page list = browser.get("/assignments/rules");

        Browser.Page forRival = browser.post("/assignments/rules", Map.of("ruleKind", "JOIN", "work", "COURSE:intro",
                "partner", rival.id().toString(), "dueDays", "30", "daysBefore", "60"));
        Browser.Page made = browser.post("/assignments/rules", Map.of("ruleKind", "JOIN", "work", "COURSE:intro",
                "partner", own.id().toString(), "jobTitle", "engineer", "dueDays", "30"));
        long ownRule = onlyRuleOf(own);

        assertThat(list.html().select("#partner option")).extracting(o -> o.text()).containsExactly(own.name());
        assertThat(list.html().select("table.rules tbody tr").text()).doesNotContain("Rivalco");
        assertThat(forRival.status()).isEqualTo(403);
        assertThat(made.location()).as("Erin and Olga herself are engineers").endsWith("made=2");
        assertThat(open(engineer)).containsExactly("COURSE:intro due " + today().plusDays(30));
        assertThat(browser.get("/assignments/rules/" + rivalRule).status()).isEqualTo(404);
        assertThat(browser.post("/assignments/rules/" + rivalRule, Map.of("partner", own.id().toString(),
                "dueDays", "40", "daysBefore", "60")).status()).isEqualTo(404);
        assertThat(browser.post("/assignments/rules/" + rivalRule + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(ruleRows.findById(rivalRule)).get().extracting(RuleRow::dueDays).isEqualTo(30);

        Browser.Page edit = browser.get("/assignments/rules/" + ownRule);
        assertThat(edit.html().selectFirst("#jobTitle").val()).isEqualTo("engineer");
        Browser.Page edited = browser.post("/assignments/rules/" + ownRule, Map.of("partner", own.id().toString(),
                "jobTitle", "", "dueDays", "45"));
        assertThat(edited.location()).as("Sam now matches too").endsWith("made=1");
        assertThat(ruleRows.findById(ownRule)).get().extracting(RuleRow::jobTitle, RuleRow::dueDays)
                .containsExactly(null, 45);
        assertThat(browser.get("/assignments/rules").html().selectFirst("#rule-" + ownRule).text())
                .contains("Course: Introduction", "Ownco", "45 days", "3 assignments", "Erin Engineer", "Sam Seller");

        Browser.Page deleted = browser.post("/assignments/rules/" + ownRule + "/delete", Map.of());
        assertThat(deleted.location()).endsWith("done=deleted");
        assertThat(ruleRows.findById(ownRule)).isEmpty();
        assertThat(open(engineer)).as("what the rule assigned stays").hasSize(1);
        assertThat(ruleRows.findById(rivalRule)).isPresent();
    }

    @Test
    void changingARulesWorkWithdrawsWhatItLeftOpenAndStartsOverWithTheNewWork() {
        Partner partner = fixtures.partner("Switchco");
        UserSummary admin = fixtures.employee(partner, "Sol Switchadmin", Role.PARTNER_ADMIN);
        UserSummary erin = staff(partner, "Erin Open", "Solutions architect");
        UserSummary dana = staff(partner, "Dana Done", "Solutions architect");
        Browser browser = signedIn(admin);
        browser.get("/assignments/rules");
        browser.post("/assignments/rules", Map.of("ruleKind", "JOIN", "work", "COURSE:intro",
                "partner", partner.id().toString(), "jobTitle", "solutions", "dueDays", "30"));
        long rule = onlyRuleOf(partner);
        learning.completeIntro(Learning.learner(dana));

        Browser.Page edit = browser.get("/assignments/rules/" + rule);
        Browser.Page switched = browser.post("/assignments/rules/" + rule, Map.of("ruleKind", "JOIN",
                "work", "PATH:basics", "partner", partner.id().toString(), "jobTitle", "solutions", "dueDays", "300"));

        assertThat(edit.html().selectFirst("#work option[selected]").val()).isEqualTo("COURSE:intro");
        assertThat(edit.html().selectFirst("#ruleKind option[selected]").val()).isEqualTo("JOIN");
        assertThat(switched.location()).as(switched.body()).endsWith("made=2");
        assertThat(open(erin)).containsExactly("PATH:basics due " + today().plusDays(300));
        assertThat(open(dana)).containsExactly("PATH:basics due " + today().plusDays(300));
        assertThat(assignmentRows.findByPartner(partner.id())).extracting(a -> a.userId() + " " + a.refId() + " "
                        + (a.withdrawnAt() != null ? "withdrawn" : a.completedAt() != null ? "done" : "open")
                        + (a.ruleId() == null ? " detached" : ""))
                .containsExactlyInAnyOrder(erin.id() + " intro withdrawn detached", dana.id() + " intro done detached",
                        erin.id() + " basics open", dana.id() + " basics open");
        assertThat(ruleRow(browser.get("/assignments/rules"), "Basics")).contains("Path: Basics Path",
                "300 days", "2 assignments, 0 done");

        Browser.Page renewal = browser.post("/assignments/rules/" + rule, Map.of("ruleKind", "RENEWAL", "work", "",
                "partner", partner.id().toString(), "jobTitle", "", "daysBefore", "60"));

        assertThat(renewal.location()).endsWith("made=0");
        assertThat(ruleRows.findById(rule)).get().extracting(RuleRow::ruleKind, RuleRow::kind, RuleRow::dueDays,
                RuleRow::daysBeforeExpiry).containsExactly(RuleKind.RENEWAL, null, null, 60);
        assertThat(open(erin)).as("the path the rule no longer gives is withdrawn").isEmpty();
    }

    @Test
    void theDayFieldARuleKindDoesNotUseIsLeftOutAndThePageSaysSo() {
        Partner partner = fixtures.partner("Noscriptco");
        UserSummary admin = fixtures.employee(partner, "Nico Noscript", Role.PARTNER_ADMIN);
        Browser browser = signedIn(admin);
        Browser.Page form = browser.get("/assignments/rules");

        Browser.Page join = browser.post("/assignments/rules", Map.of("ruleKind", "JOIN", "work", "COURSE:intro",
                "partner", partner.id().toString(), "jobTitle", "nobody here", "dueDays", "30", "daysBefore", "60"));
        Browser.Page renewal = browser.post("/assignments/rules", Map.of("ruleKind", "RENEWAL", "work", "",
                "partner", partner.id().toString(), "jobTitle", "nobody here", "dueDays", "30", "daysBefore", "45"));

        assertThat(form.html().selectFirst("#daysBefore-field").attr("data-rule-kind")).isEqualTo("RENEWAL");
        assertThat(form.html().selectFirst("#daysBefore").val()).as("only the join rule's days are filled in").isEmpty();
        assertThat(join.location()).endsWith("made=0&ignored=daysBefore");
        assertThat(browser.get(join.location()).html().selectFirst("#rule-ignored").text())
                .isEqualTo("The days before expiry were left out: they are only for renewal rules.");
        assertThat(renewal.location()).endsWith("made=0&ignored=dueDays");
        assertThat(browser.get(renewal.location()).html().selectFirst("#rule-ignored").text())
                .isEqualTo("The due days were left out: a renewal rule is due on the day the certification expires.");
        assertThat(browser.get("/assignments/rules?ignored=%24%7BT(java.lang.Runtime)%7D").html()
                .selectFirst("#rule-ignored")).isNull();
        assertThat(ruleRows.findByPartnerIdInOrderById(java.util.List.of(partner.id())))
                .extracting(RuleRow::ruleKind, RuleRow::dueDays, RuleRow::daysBeforeExpiry)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleKind.JOIN, 30, null),
                        org.assertj.core.groups.Tuple.tuple(RuleKind.RENEWAL, null, 45));
    }

    @Test
    void badRuleInputIsRefusedAtItsFieldAndSavesNothing() {
        Partner partner = fixtures.partner("Badinputco");
        UserSummary admin = fixtures.employee(partner, "Bea Badinput", Role.PARTNER_ADMIN);
        staff(partner, "Nia Nobody", "Engineer");
        Browser browser = signedIn(admin);
        browser.get("/assignments/rules");
        int before = ruleRows.findAllOrderById().size();

        Browser.Page days = browser.post("/assignments/rules", Map.of("ruleKind", "JOIN", "work", "COURSE:intro",
                "partner", partner.id().toString(), "dueDays", "soon", "daysBefore", "60"));
        Browser.Page renewalOfCourse = browser.post("/assignments/rules", Map.of("ruleKind", "RENEWAL",
                "work", "COURSE:intro", "partner", partner.id().toString(), "dueDays", "30", "daysBefore", "0"));
        Browser.Page noPartner = browser.post("/assignments/rules", Map.of("ruleKind", "JOIN", "work", "COURSE:intro",
                "partner", "", "dueDays", "30"));

        assertThat(days.status()).isEqualTo(422);
        assertThat(days.html().selectFirst("#dueDays-errors").text())
                .isEqualTo("\"soon\" is not a number of days between 1 and 730.");
        assertThat(days.html().selectFirst("#rule-problems").text())
                .contains("Due after (days): \"soon\" is not a number of days between 1 and 730.");
        assertThat(days.html().selectFirst("#dueDays").val()).isEqualTo("soon");
        assertThat(renewalOfCourse.status()).isEqualTo(422);
        assertThat(renewalOfCourse.html().selectFirst("#work-errors").text())
                .isEqualTo("A renewal rule renews a certification: choose a path, not Introduction.");
        assertThat(renewalOfCourse.html().selectFirst("#daysBefore-errors").text())
                .isEqualTo("\"0\" is not a number of days between 1 and 365.");
        assertThat(noPartner.status()).isEqualTo(422);
        assertThat(noPartner.html().selectFirst("#partner-errors").text()).isEqualTo("Choose the partner the rule is for.");
        assertThat(ruleRows.findAllOrderById()).hasSize(before);
    }

    private UserSummary certified(Partner partner, String name) {
        UserSummary user = fixtures.employee(partner, name, Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        return user;
    }

    /** The text of the one row of the rules table that contains the given words. */
    private static String ruleRow(Browser.Page page, String words) {
        java.util.List<String> rows = page.html().select("table.rules tbody tr").stream()
                .map(org.jsoup.nodes.Element::text).filter(t -> t.contains(words)).toList();
        assertThat(rows).as(page.body()).hasSize(1);
        return rows.get(0);
    }

    private java.util.List<String> open(UserSummary user) {
        return assignmentRows.findByUserIdAndCompletedAtIsNullOrderByDueOn(user.id()).stream()
                .map(a -> a.kind() + ":" + a.refId() + " due " + a.dueOn()).toList();
    }

    private long onlyRuleOf(Partner partner) {
        return ruleRows.findByPartnerIdInOrderById(java.util.List.of(partner.id())).stream()
                .reduce((a, b) -> { throw new AssertionError("more than one rule for " + partner.name()); })
                .orElseThrow().id();
    }

    private UserSummary staff(Partner partner, String name, String jobTitle) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        people.employ(user.id(), partner.id(), jobTitle, LocalDate.of(2025, 1, 6));
        return user;
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
