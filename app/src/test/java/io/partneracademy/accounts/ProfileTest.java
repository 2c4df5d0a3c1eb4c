package io.partneracademy.accounts;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.web.Language;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's own language and time zone: chosen on the profile page, honoured on every page and by other features. */
@MicronautTest(transactional = false)
class ProfileTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    PersonPreferences preferences;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    Clock clock;

    @BeforeAll
    void importExams() {
        contentImporter.importTree(ContentFixture.create().root(), null);
        examImporter.importTree(ExamFixture.create());
    }

    @Test
    void theProfileLanguageBeatsTheCookieAndOtherFeaturesReadLanguageAndZone() {
        UserSummary kenji = fixtures.user("Kenji Profile", Role.LEARNER);
        Browser browser = signedIn(kenji);
        browser.setCookie("pa_lang", "fr");
        assertThat(browser.get("/paths").html().select("html").attr("lang")).isEqualTo("fr");

        Browser.Page saved = browser.post("/profile", Map.of("language", "ja", "timeZone", "Asia/Tokyo"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/profile");
        Document profile = browser.get("/profile").html();
        assertThat(profile.select("html").attr("lang")).isEqualTo("ja");
        assertThat(profile.select("h1").text()).isEqualTo("プロフィール");
        assertThat(profile.select("p.flash").text()).isEqualTo("プロフィールを保存しました。");
        assertThat(profile.select("#language option[selected]").val()).isEqualTo("ja");
        assertThat(profile.select("#timeZone option[selected]").val()).isEqualTo("Asia/Tokyo");
        assertThat(profile.select("#timeZone-help").text()).endsWith("JST");
        assertThat(browser.get("/paths").html().select("html").attr("lang")).isEqualTo("ja");
        Preferences read = preferences.of(kenji.id());
        assertThat(read.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(read.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(preferences.of(fixtures.user("Nobody Chose", Role.LEARNER).id()))
                .extracting(Preferences::zone, Preferences::locale).containsExactly(ZoneId.of("UTC"), Locale.ENGLISH);
    }

    @Test
    void anUnknownZoneOrLanguageIsRefusedWithTheFormKeptAndNothingStored() {
        UserSummary ana = fixtures.user("Ana Typo", Role.LEARNER);
        Browser browser = signedIn(ana);
        browser.get("/profile");

        Browser.Page refused = browser.post("/profile", Map.of("language", "es", "timeZone", "Europe/Lyon"));

        assertThat(refused.status()).isEqualTo(422);
        Document page = refused.html();
        assertThat(page.select("#language-errors").text()).isEqualTo("Pick one of the languages in the list.");
        assertThat(page.select("#timeZone-errors").text()).isEqualTo("Pick one of the time zones in the list.");
        assertThat(preferences.of(ana.id())).isEqualTo(Preferences.NONE);
    }

    @Test
    void theSwitcherChangesTheProfileLanguageAndEmptyGoesBackToTheBrowser() {
        UserSummary greta = fixtures.user("Greta Switch", Role.LEARNER);
        Browser browser = signedIn(greta);
        browser.get("/profile");
        browser.post("/profile", Map.of("language", "ja", "timeZone", "Europe/Berlin"));

        browser.post("/language", Map.of("lang", "de", "next", "/paths"));

        assertThat(preferences.of(greta.id()).language()).contains(Language.DE);
        assertThat(browser.get("/paths").html().select("html").attr("lang")).isEqualTo("de");
        browser.get("/profile");
        browser.post("/profile", Map.of("language", "", "timeZone", "Europe/Berlin"));
        assertThat(preferences.of(greta.id()).language()).isEmpty();
        assertThat(preferences.of(greta.id()).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(browser.get("/profile").html().select("#language option[selected]").val()).isEmpty();
    }

    @Test
    void examTimesAreShownInThePersonsZone() {
        UserSummary yuki = fixtures.user("Yuki Deadline", Role.LEARNER);
        Browser browser = signedIn(yuki);
        browser.get("/profile");
        browser.post("/profile", Map.of("language", "ja", "timeZone", "Asia/Tokyo"));
        browser.get("/exams/quiz");

        String attempt = browser.post("/exams/quiz/attempts", Map.of()).location();
        Document question = browser.get(attempt + "?q=0").html();

        String ends = question.select(".attempt-bar .deadline").text();
        Matcher time = Pattern.compile("終了時刻 (\\d{1,2}:\\d{2}) JST").matcher(ends);
        assertThat(time.matches()).as(ends).isTrue();
        Instant now = clock.instant();
        String expected = DateTimeFormatter.ofPattern("H:mm").format(now.plusSeconds(10 * 60).atZone(ZoneId.of("Asia/Tokyo")));
        String oneMinuteEarlier = DateTimeFormatter.ofPattern("H:mm")
                .format(now.plusSeconds(9 * 60).atZone(ZoneId.of("Asia/Tokyo")));
        assertThat(time.group(1)).isIn(expected, oneMinuteEarlier);
        String history = browser.get("/exams/quiz").html().select("ul li span").first().text();
        assertThat(history).matches("\\d{4}/\\d{2}/\\d{2} \\d{1,2}:\\d{2} JST");
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
