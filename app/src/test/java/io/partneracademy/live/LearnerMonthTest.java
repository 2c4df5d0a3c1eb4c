package io.partneracademy.live;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's month calendar over HTTP on a real database: each session on the day it starts in the learner's own
 * zone, daylight saving as each zone has it, only the sessions the learner's company may attend, the weeks of the
 * reader's language, today, the months around, and a clear refusal of a month that is none.
 */
@MicronautTest(transactional = false)
class LearnerMonthTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    LiveSessions sessions;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;
    @Inject
    PersonPreferences preferences;
    @Inject
    Registrations registrations;
    @Inject
    TestClock clock;

    @Test
    void aLateEveningSessionInBerlinIsOnTheNextDayInTokyoAndInTheNextMonthWhenItIsTheLastDay() {
        long late = sessions.create(live.author(), new SessionForm("Late clinic", "After hours", null, null,
                "2027-01-31T23:30", "2027-02-01T00:30", "Europe/Berlin", 20, null, List.<PartnerType>of(), "", "",
                "https://meet.example.com/late", "", "", 1));
        Browser tokyo = learner("Aiko Tokyo", "Asia/Tokyo");
        Browser berlin = learner("Bert Berlin", "Europe/Berlin");
        Browser newYork = learner("Nora York", "America/New_York");

        Document tokyoJanuary = month(tokyo, "2027-01");
        Document tokyoFebruary = month(tokyo, "2027-02");
        Document berlinJanuary = month(berlin, "2027-01");
        Document newYorkJanuary = month(newYork, "2027-01");

        assertThat(sessionsOn(tokyoJanuary, "2027-01-31")).isEmpty();
        assertThat(sessionsOn(tokyoFebruary, "2027-02-01")).containsExactly("2027-02-01T07:30+09:00 Late clinic");
        assertThat(tokyoFebruary.selectFirst("td[data-date=2027-02-01] a").attr("href")).isEqualTo("/live/" + late);
        assertThat(sessionsOn(berlinJanuary, "2027-01-31")).containsExactly("2027-01-31T23:30+01:00 Late clinic");
        assertThat(sessionsOn(newYorkJanuary, "2027-01-31")).containsExactly("2027-01-31T17:30-05:00 Late clinic");
        assertThat(newYorkJanuary.selectFirst("td[data-date=2027-01-31] time").text().replace('\u202f', ' '))
                .isEqualTo("5:30 PM");
        assertThat(tokyoJanuary.text()).contains("Times are shown in your time zone, Asia/Tokyo.");
    }

    @Test
    void aWeeklyBerlinSeriesMovesAnHourInNewYorkAndTokyoAcrossTheMarchAndOctoberChanges() {
        // Thursdays 10:00 in Berlin: New York moves to summer time on 14 March 2027, Berlin on 28 March; Tokyo never.
        sessions.create(live.author(), new SessionForm("Spring office hours", "Weekly", null, null,
                "2027-03-04T10:00", "2027-03-04T11:00", "Europe/Berlin", 40, null, List.<PartnerType>of(), "", "",
                "https://meet.example.com/spring", "", "", 5));
        // Sundays 10:00 in Berlin: Berlin returns to winter time on 31 October 2027, New York on 7 November.
        sessions.create(live.author(), new SessionForm("Autumn office hours", "Weekly", null, null,
                "2027-10-17T10:00", "2027-10-17T11:00", "Europe/Berlin", 40, null, List.<PartnerType>of(), "", "",
                "https://meet.example.com/autumn", "", "", 4));
        Browser newYork = learner("Ned York", "America/New_York");
        Browser tokyo = learner("Taro Tokyo", "Asia/Tokyo");

        assertThat(allSessions(month(newYork, "2027-03"))).containsExactly(
                "2027-03-04T04:00-05:00 Spring office hours", "2027-03-11T04:00-05:00 Spring office hours",
                "2027-03-18T05:00-04:00 Spring office hours", "2027-03-25T05:00-04:00 Spring office hours");
        assertThat(allSessions(month(newYork, "2027-04"))).containsExactly("2027-04-01T04:00-04:00 Spring office hours");
        assertThat(allSessions(month(tokyo, "2027-03"))).containsExactly(
                "2027-03-04T18:00+09:00 Spring office hours", "2027-03-11T18:00+09:00 Spring office hours",
                "2027-03-18T18:00+09:00 Spring office hours", "2027-03-25T18:00+09:00 Spring office hours");
        assertThat(allSessions(month(tokyo, "2027-04"))).containsExactly("2027-04-01T17:00+09:00 Spring office hours");

        assertThat(allSessions(month(newYork, "2027-10"))).containsExactly(
                "2027-10-17T04:00-04:00 Autumn office hours", "2027-10-24T04:00-04:00 Autumn office hours",
                "2027-10-31T05:00-04:00 Autumn office hours");
        assertThat(allSessions(month(newYork, "2027-11"))).containsExactly("2027-11-07T04:00-05:00 Autumn office hours");
        assertThat(allSessions(month(tokyo, "2027-10"))).containsExactly(
                "2027-10-17T17:00+09:00 Autumn office hours", "2027-10-24T17:00+09:00 Autumn office hours",
                "2027-10-31T18:00+09:00 Autumn office hours");
        assertThat(allSessions(month(tokyo, "2027-11"))).containsExactly("2027-11-07T18:00+09:00 Autumn office hours");
    }

    @Test
    void aRegisteredTierLearnerDoesNotSeeOfficeHoursForSilverAndAboveNorACancelledSession() {
        Partner registeredTier = fixtures.setTier(fixtures.partner("Newcomer"), Tier.REGISTERED);
        Partner silver = fixtures.partner("Silverline");
        LocalDate day = LocalDate.ofInstant(clock.instant().plus(Duration.ofDays(3)), ZoneId.of("UTC"));
        String start = day + "T15:00";
        String end = day + "T16:00";
        sessions.create(live.author(), new SessionForm("Silver office hours", "Silver and above", null, null, start,
                end, "UTC", 40, Tier.SILVER.name(), List.<PartnerType>of(), "", "", "https://meet.example.com/silver",
                "", "", 1));
        sessions.create(live.author(), new SessionForm("Open webinar", "Everyone", null, null, start, end, "UTC", 400,
                null, List.<PartnerType>of(), "", "", "https://meet.example.com/open", "", "", 1));
        long called = sessions.create(live.author(), new SessionForm("Called-off webinar", "Everyone", null, null,
                start, end, "UTC", 400, null, List.<PartnerType>of(), "", "", "https://meet.example.com/off", "", "", 1));
        sessions.cancel(called);
        Browser newcomer = signIn(fixtures.employee(registeredTier, "Rey Registered", Role.LEARNER), "UTC");
        Browser silverLearner = signIn(fixtures.employee(silver, "Sil Silver", Role.LEARNER), "UTC");

        List<String> newcomerSees = sessionsOn(month(newcomer, day.toString().substring(0, 7)), day.toString());
        List<String> silverSees = sessionsOn(month(silverLearner, day.toString().substring(0, 7)), day.toString());

        assertThat(newcomerSees).containsExactly(day + "T15:00Z Open webinar");
        assertThat(silverSees).containsExactly(day + "T15:00Z Silver office hours", day + "T15:00Z Open webinar");
        assertThat(newcomer.get("/live").text()).contains("Open webinar").doesNotContain("Silver office hours");
    }

    @Test
    void eachSessionSaysWhetherTheLearnerIsRegisteredOrWaitingAndWhichNumberInLine() {
        long small = live.session("One-seat coaching", Duration.ofDays(4), "UTC", 1);
        long roomy = live.session("Roomy workshop", Duration.ofDays(4), "UTC", 30);
        UserSummary first = fixtures.user("Fay First", Role.LEARNER);
        UserSummary waiting = fixtures.user("Gil Waiting", Role.LEARNER);
        preferences.save(waiting.id(), "en", ZoneId.of("UTC"));
        registrations.register(first.id(), small);
        registrations.register(waiting.id(), small);
        registrations.register(waiting.id(), roomy);
        Browser browser = new Browser(server.getURI());
        browser.login(waiting.email(), Fixtures.PASSWORD);
        String day = LocalDate.ofInstant(clock.instant().plus(Duration.ofDays(4)), ZoneId.of("UTC")).toString();

        Document page = month(browser, day.substring(0, 7));

        Element cell = page.selectFirst("td[data-date=" + day + "]");
        assertThat(cell.select("li").eachText()).anySatisfy(t -> assertThat(t).contains("One-seat coaching",
                "Waitlist: number 1")).anySatisfy(t -> assertThat(t).contains("Roomy workshop", "You are registered"));
    }

    @Test
    void theWeekStartsOnSundayInEnglishAndJapaneseAndOnMondayInGermanAndFrenchWithTodayMarked() {
        Browser english = learnerIn("Eve English", "en");
        Browser german = learnerIn("Dora Deutsch", "de");
        Browser french = learnerIn("Fanny Français", "fr");
        Browser japanese = learnerIn("Jun Nihon", "ja");

        Document en = month(english, "2026-12");
        Document de = month(german, "2026-12");
        Document fr = month(french, "2026-12");
        Document ja = month(japanese, "2026-12");

        assertThat(en.select("thead th .visually-hidden").eachText()).containsExactly("Sunday", "Monday", "Tuesday",
                "Wednesday", "Thursday", "Friday", "Saturday");
        assertThat(de.select("thead th .visually-hidden").eachText()).startsWith("Montag", "Dienstag").endsWith("Sonntag");
        assertThat(fr.select("thead th .visually-hidden").eachText()).startsWith("lundi").endsWith("dimanche");
        assertThat(ja.select("thead th .visually-hidden").eachText()).startsWith("日曜日").endsWith("土曜日");
        assertThat(en.selectFirst("caption").text()).isEqualTo("December 2026");
        assertThat(de.selectFirst("caption").text()).isEqualTo("Dezember 2026");
        assertThat(fr.selectFirst("caption").text()).isEqualTo("décembre 2026");
        assertThat(ja.selectFirst("caption").text()).isEqualTo("2026年12月");
        // 1 December 2026 is a Tuesday: English weeks begin on Sunday 29 November, German ones on Monday 30 November.
        assertThat(en.select("tbody tr").first().select("td").eachAttr("data-date")).startsWith("2026-11-29")
                .endsWith("2026-12-05");
        assertThat(de.select("tbody tr").first().select("td").eachAttr("data-date")).startsWith("2026-11-30")
                .endsWith("2026-12-06");
        assertThat(en.select("tbody tr").last().select("td").eachAttr("data-date")).endsWith("2027-01-02");
        assertThat(en.select("td.outside").eachAttr("data-date")).containsExactly("2026-11-29", "2026-11-30",
                "2027-01-01", "2027-01-02");

        Document thisMonth = english.get("/live/month").html();
        String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC")).toString();
        assertThat(thisMonth.select("td[aria-current]").eachAttr("data-date")).containsExactly(today);
        assertThat(thisMonth.selectFirst("td[aria-current]").attr("aria-current")).isEqualTo("date");
        assertThat(thisMonth.selectFirst("table.month-grid").attr("data-month")).isEqualTo(today.substring(0, 7));
        assertThat(en.select("td[aria-current]").isEmpty()).isEqualTo(!today.startsWith("2026-12"));
    }

    @Test
    void theLinksLeadToTheMonthBeforeAndAfterAndBackToThisMonth() {
        Browser english = learnerIn("Pat Pager", "en");

        Document january = month(english, "2027-01");
        Document first = month(english, "2000-01");
        Document last = month(english, "2099-12");

        assertThat(january.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/live/month?month=2026-12");
        assertThat(january.selectFirst("a[rel=prev]").text()).isEqualTo("‹ December 2026");
        assertThat(january.selectFirst("a[rel=next]").attr("href")).isEqualTo("/live/month?month=2027-02");
        String thisMonth = LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC")).toString().substring(0, 7);
        if (!thisMonth.equals("2027-01")) {
            assertThat(january.select(".month-nav a").eachAttr("href")).contains("/live/month?month=" + thisMonth);
        }
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(english.get("/live/month?month=").status()).isEqualTo(200);
        assertThat(english.get("/live").html().select(".view-switch a").eachAttr("href"))
                .containsExactly("/live", "/live/month");
        assertThat(january.selectFirst(".view-switch a[aria-current=page]").attr("href")).isEqualTo("/live/month");
    }

    @Test
    void aMonthThatIsNoneIsRefusedWithA400SayingHowToWriteIt() {
        Browser english = learnerIn("Bea Broken", "en");
        String thisMonth = LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC")).toString().substring(0, 7);

        Browser.Page thirteenth = english.get("/live/month?month=2026-13");
        Browser.Page words = english.get("/live/month?month=December");
        Browser.Page tooEarly = english.get("/live/month?month=1999-12");
        Browser.Page script = english.get("/live/month?month=%3Cscript%3Ealert(1)%3C/script%3E");

        assertThat(thirteenth.status()).isEqualTo(400);
        assertThat(thirteenth.text()).contains("“2026-13” is not a month. Write the month as year and month, for "
                + "example ?month=" + thisMonth + ".");
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.text()).contains("“December” is not a month.");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.text()).contains("“1999-12” is outside the months the calendar shows, 2000-01 to 2099-12.");
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    private Browser learner(String name, String zone) {
        return signIn(fixtures.user(name, Role.LEARNER), zone);
    }

    private Browser learnerIn(String name, String language) {
        UserSummary user = fixtures.user(name, Role.LEARNER);
        preferences.save(user.id(), language, ZoneId.of("UTC"));
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private Browser signIn(UserSummary user, String zone) {
        preferences.save(user.id(), "en", ZoneId.of(zone));
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private static Document month(Browser browser, String month) {
        Browser.Page page = browser.get("/live/month?month=" + month);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        return page.html();
    }

    /** "2027-02-01T07:30+09:00 Late clinic" for each session in the day's cell. */
    private static List<String> sessionsOn(Document page, String day) {
        Element cell = page.selectFirst("td[data-date=" + day + "]");
        assertThat(cell).as("a cell for " + day).isNotNull();
        return entries(cell);
    }

    private static List<String> allSessions(Document page) {
        return entries(page.selectFirst("table.month-grid"));
    }

    private static List<String> entries(Element scope) {
        return scope.select(".day-sessions a").stream()
                .map(a -> a.selectFirst("time").attr("datetime") + " " + a.selectFirst("span").text()).toList();
    }
}
