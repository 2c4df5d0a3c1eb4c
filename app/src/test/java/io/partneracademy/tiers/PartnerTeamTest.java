package io.partneracademy.tiers;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.catalog.Courses;
import io.partneracademy.certification.Certifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner admin sees their team's progress, what expires, what the next tier needs and whom to nominate. */
@MicronautTest(transactional = false)
class PartnerTeamTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Learning learning;
    @Inject
    Courses courses;
    @Inject
    TierEvents events;
    @Inject
    Certifications certifications;
    @Inject
    io.partneracademy.live.LiveSessions liveSessions;
    @Inject
    io.partneracademy.live.Registrations registrations;
    @Inject
    io.partneracademy.live.Attendance attendance;

    Partner partner;
    UserSummary admin;

    @BeforeAll
    void team() {
        learning.importCertifiableBasics();
        partner = fixtures.setTier(fixtures.partner("Teamwork"), Tier.SILVER);
        admin = fixtures.employee(partner, "Pam Partneradmin", Role.PARTNER_ADMIN);
        UserSummary manager = fixtures.user("Max Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        Browser browser = new Browser(server.getURI());
        browser.login(manager.email(), Fixtures.PASSWORD);
        browser.get("/tiers");
        browser.post("/tiers/partners/" + partner.id() + "/metrics", Map.of("arr", "150000", "referrals", "0"));
        learning.completeBasics(Learning.learner(fixtures.employee(partner, "Ann Certified", Role.LEARNER)));
        courses.complete(Learning.learner(fixtures.employee(partner, "Bob Halfway", Role.LEARNER)), "intro", "welcome");
        fixtures.employee(partner, "Cleo Newcomer", Role.LEARNER);
        events.process();
    }

    @Test
    void thePartnerAdminSeesProgressTheGapAndWhoToNominate() {
        Browser browser = signedIn(admin);

        Browser.Page page = browser.get("/tiers/partners/" + partner.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Toward Gold")
                .contains("Gold needs 2 people certified; you have 1. Needs 1 more certified person.");
        List<Element> nominees = page.html().select("table.nominations tbody tr");
        assertThat(nominees).hasSize(1);
        assertThat(nominees.get(0).text()).contains("Bob Halfway").contains("Basics Path").contains("50%");
        assertThat(row(page, "Ann Certified")).contains("Certified until").contains("50% of training");
        assertThat(row(page, "Bob Halfway")).contains("50% of training", "0% of training");
        assertThat(row(page, "Cleo Newcomer")).contains("0% of training");
        assertThat(page.text()).contains("No certification expires in that time.");
    }

    @Test
    void certificationsExpiringWithinNinetyDaysAreListedWithTheDaysLeft() {
        clock.advance(Duration.ofDays(300));
        Browser.Page page = signedIn(admin).get("/tiers/partners/" + partner.id());

        assertThat(page.text()).contains("Certifications expiring in the next 90 days");
        Element expiring = page.html().select("table").stream()
                .filter(t -> t.text().contains("Days left")).findFirst().orElseThrow();
        assertThat(expiring.select("tbody tr")).hasSize(1);
        assertThat(expiring.select("tbody tr").text()).contains("Ann Certified", "Basics Path");
    }

    @Test
    void theCsvIsThePeopleTable() {
        Browser browser = signedIn(admin);

        Browser.Page page = browser.get("/tiers/partners/" + partner.id());
        List<List<String>> csv = records(browser.getAny("/tiers/partners/" + partner.id() + "/people.csv").body());

        List<Element> rows = shown(page).select("table.team tbody tr");
        assertThat(csv).hasSize(rows.size() + 1);
        assertThat(csv.get(0)).isEqualTo(page.html().select("table.team thead th").eachText());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(csv.get(i + 1)).isEqualTo(rows.get(i).select("th, td").eachText());
        }
    }

    @Test
    void theCsvIsThePeopleTableInTheReadersLanguageWithTheReadersDates() {
        Browser browser = signedIn(admin);
        browser.setCookie("pa_lang", "de");

        Browser.Page page = browser.get("/tiers/partners/" + partner.id());
        List<List<String>> csv = records(browser.getAny("/tiers/partners/" + partner.id() + "/people.csv").body());

        List<Element> rows = shown(page).select("table.team tbody tr");
        assertThat(csv.get(0)).isEqualTo(page.html().select("table.team thead th").eachText()).contains("Name");
        for (int i = 0; i < rows.size(); i++) {
            // jsoup's text() turns the no-break spaces German writes ("66 % der Schulung") into plain ones
            assertThat(csv.get(i + 1).stream().map(c -> c.replace('\u00a0', ' ').replace('\u202f', ' ')).toList())
                    .isEqualTo(rows.get(i).select("th, td").eachText());
        }
        String annsCell = csv.stream().filter(r -> r.get(0).equals("Ann Certified")).findFirst().orElseThrow().stream()
                .filter(c -> c.startsWith("Zertifiziert bis ")).findFirst().orElseThrow();
        // German medium dates ("06.12.2027"), never the ISO text the model carries.
        assertThat(annsCell).matches("Zertifiziert bis \\d{2}\\.\\d{2}\\.\\d{4}");
    }

    @Test
    void theTierOnAPastDayAndTheHistoryAreShown() {
        Browser browser = signedIn(admin);
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);

        Browser.Page now = browser.get("/tiers/partners/" + partner.id() + "?asOf=" + today);
        Browser.Page before = browser.get("/tiers/partners/" + partner.id() + "?asOf=" + today.minusDays(1));
        Browser.Page garbage = browser.getAny("/tiers/partners/" + partner.id() + "?asOf=last+week");

        assertThat(now.html().selectFirst("#as-of-answer").text())
                .contains("At the end of " + java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH).format(today) + ": Silver, eligible for Silver, with 1 certified people.");
        assertThat(before.html().selectFirst("#as-of-answer").text())
                .contains("had not been assessed by the end of " + java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH).format(today.minusDays(1)));
        assertThat(now.html().select("table.history tbody tr")).isNotEmpty();
        assertThat(garbage.status()).isEqualTo(422);
        assertThat(garbage.text()).contains("Enter the date as YYYY-MM-DD.");
    }

    @Test
    void theHistorySaysWhatChangedInWordsNotEventKeys() {
        Browser browser = signedIn(admin);

        List<String> causes = browser.get("/tiers/partners/" + partner.id()).html()
                .select("table.history tbody td:last-child").eachText();

        assertThat(causes).contains("Recovered: Someone joined, left or moved", "ARR and referrals recorded")
                .noneMatch(c -> c.matches(".*\\b[a-z]+\\.[a-z]+\\b.*"));
    }

    @Test
    void aRevokedCertificationShowsAsLapsedNextToTheTrainingDone() {
        Partner lapsewell = fixtures.partner("Lapsewell");
        UserSummary lapseAdmin = fixtures.employee(lapsewell, "Lena Lapseadmin", Role.PARTNER_ADMIN);
        UserSummary rex = fixtures.employee(lapsewell, "Rex Revoked", Role.LEARNER);
        learning.completeBasics(Learning.learner(rex));
        UserSummary a = fixtures.user("Ava Admin", Role.ADMIN);
        String credential = certifications.transcript(Learning.learner(rex), rex.id()).get(0).credentialId();
        certifications.revoke(new CurrentUser(a.id(), a.email(), a.displayName(), Set.of(Role.ADMIN)), credential,
                "Shared exam content");
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);

        Browser.Page page = signedIn(lapseAdmin).get("/tiers/partners/" + lapsewell.id());

        assertThat(row(page, "Rex Revoked")).contains("Lapsed " + java.time.format.DateTimeFormatter
                .ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH).format(today) + " 100% of training");
    }

    @Test
    void liveSessionAttendanceAndTheNoShowRateArePerPersonAndForTheTeamOnThePageAndInTheCsv() {
        Partner livewell = fixtures.partner("Livewell");
        UserSummary liveAdmin = fixtures.employee(livewell, "Lia Liveadmin", Role.PARTNER_ADMIN);
        UserSummary present = fixtures.employee(livewell, "Pia Present", Role.LEARNER);
        UserSummary absent = fixtures.employee(livewell, "Abe Absent", Role.LEARNER);
        UserSummary author = fixtures.user("Aud Author", Role.AUTHOR);
        CurrentUser team = new CurrentUser(author.id(), author.email(), author.displayName(), Set.of(Role.AUTHOR));
        java.time.LocalDateTime start = java.time.LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)),
                java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        long session = liveSessions.create(team, new io.partneracademy.live.SessionForm("Team live", "Practice.",
                null, null, start.toString(), start.plusHours(1).toString(), "UTC", 10, null, List.of(), "", "",
                "https://meet.example.com/team-live", "", "", 1));
        registrations.register(present.id(), session);
        registrations.register(absent.id(), session);
        clock.advance(Duration.ofHours(3));
        try {
            attendance.mark(team, session, List.of(present.id()));
        } finally {
            clock.advance(Duration.ofHours(-3));
        }
        Browser browser = signedIn(liveAdmin);

        Browser.Page page = browser.get("/tiers/partners/" + livewell.id());
        List<List<String>> csv = records(browser.getAny("/tiers/partners/" + livewell.id() + "/people.csv").body());

        assertThat(page.html().selectFirst("#live-attendance").text())
                .isEqualTo("1 attended, 1 no-shows: 50% attendance, 50% no-shows.");
        assertThat(row(page, "Pia Present")).endsWith(" 1 0 100%");
        assertThat(row(page, "Abe Absent")).endsWith(" 0 1 0%");
        assertThat(row(page, "Lia Liveadmin")).endsWith(" 0 0 —");
        assertThat(csv.get(0)).endsWith("Live sessions attended", "No-shows", "Attendance rate");
        assertThat(csv).anySatisfy(r -> assertThat(r).startsWith("Abe Absent").endsWith("0", "1", "0%"));
    }

    @Test
    void otherCompaniesAdminsAndLearnersCannotOpenTheTeam() {
        Partner other = fixtures.partner("Othercorp");
        UserSummary otherAdmin = fixtures.employee(other, "Oscar Otheradmin", Role.PARTNER_ADMIN);
        UserSummary learner = fixtures.employee(partner, "Lou Learner", Role.LEARNER);

        Browser foreign = signedIn(otherAdmin);
        Browser own = signedIn(learner);

        assertThat(foreign.getAny("/tiers/partners/" + partner.id()).status()).isEqualTo(403);
        assertThat(foreign.getAny("/tiers/partners/" + partner.id() + "/people.csv").status()).isEqualTo(403);
        assertThat(own.getAny("/tiers/partners/" + partner.id()).status()).isEqualTo(403);
        assertThat(foreign.getAny("/tiers/partners/" + other.id()).status()).isEqualTo(200);
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private static String row(Browser.Page page, String name) {
        return shown(page).select("table.team tbody tr").stream().filter(r -> r.text().startsWith(name))
                .findFirst().orElseThrow().text();
    }

    /** The page as a reader sees it: a progress bar shows as a bar, not as its fallback text. */
    private static org.jsoup.nodes.Document shown(Browser.Page page) {
        org.jsoup.nodes.Document html = page.html();
        html.select("progress").remove();
        return html;
    }

    /** The records as a spreadsheet reads them (RFC 4180, parsed by Commons CSV itself). */
    private static List<List<String>> records(String csv) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
