package io.partneracademy.live;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's day and time are written the reader's way ("Mittwoch, 9. Dezember 2026, 16:00–17:00 Europe/Berlin" on a
 * German page, "2026年12月9日水曜日 16:00–17:00" on a Japanese one); the list and the session page said "Wed 2026-12-09"
 * in every language, and the enablement team's list and session form said "Wed" after the learner's pages no longer did.
 */
@MicronautTest(transactional = false)
class SessionTimesInTheReadersLanguageTest extends DatabaseTest {

    private static final String GERMAN = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \\d{1,2}\\. "
            + "(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \\d{4}, "
            + "\\d{2}:\\d{2}–\\d{2}:\\d{2} Europe/Berlin";
    private static final String FRENCH = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \\d{1,2} "
            + "(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \\d{4} "
            + "\\d{2}:\\d{2}–\\d{2}:\\d{2} Europe/Berlin";
    private static final String JAPANESE = "\\d{4}年\\d{1,2}月\\d{1,2}日[月火水木金土日]曜日 \\d{1,2}:\\d{2}–\\d{1,2}:\\d{2} "
            + "Europe/Berlin";
    private static final String ENGLISH = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
            + "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, "
            + "\\d{4}, \\d{1,2}:\\d{2} [AP]M–\\d{1,2}:\\d{2} [AP]M Europe/Berlin";

    @Inject
    EmbeddedServer server;
    @Inject
    LiveFixture live;
    @Inject
    Fixtures fixtures;

    @Test
    void aSessionsDayIsWrittenInTheReadersLanguageOnTheListAndTheSessionPage() {
        long id = live.session("Weekday office hours", Duration.ofDays(3), "Europe/Berlin", 20);

        String germanCard = signedIn("Hanna Weekday", "de").get("/live").html()
                .select("li:has(a[href=/live/" + id + "]) p").first().text();
        String germanPage = signedIn("Hanno Weekday", "de").get("/live/" + id).html().select("section").text();
        String frenchCard = signedIn("Léa Weekday", "fr").get("/live").html()
                .select("li:has(a[href=/live/" + id + "]) p").first().text();
        String englishCard = signedIn("Erin Weekday", "en").get("/live").html()
                .select("li:has(a[href=/live/" + id + "]) p").first().text();
        String japaneseCard = signedIn("Kenta Weekday", "ja").get("/live").html()
                .select("li:has(a[href=/live/" + id + "]) p").first().text();

        assertThat(germanCard).matches(GERMAN);
        assertThat(germanPage).containsPattern(GERMAN);
        assertThat(frenchCard).matches(FRENCH);
        assertThat(englishCard).matches(ENGLISH);
        assertThat(japaneseCard).matches(JAPANESE);
    }

    @Test
    void theEnablementTeamsListAndSessionFormWriteTheDayInTheAuthorsLanguage() {
        long id = live.session("Weekday partner clinic", Duration.ofDays(4), "Europe/Berlin", 20);
        Browser german = signedIn("Greta Weekday", Role.AUTHOR, "de");
        Browser french = signedIn("Lucie Weekday", Role.AUTHOR, "fr");

        String germanRow = german.get("/authoring/live").html()
                .select("tr:has(a[href=/authoring/live/" + id + "]) td").get(1).text();
        String germanForm = german.get("/authoring/live/" + id).html().select("section.narrow > p").get(1).text();
        String frenchRow = french.get("/authoring/live").html()
                .select("tr:has(a[href=/authoring/live/" + id + "]) td").get(1).text();

        assertThat(germanRow).matches(GERMAN);
        assertThat(germanForm).matches(GERMAN);
        assertThat(frenchRow).matches(FRENCH);
    }

    private Browser signedIn(String name, String language) {
        return signedIn(name, Role.LEARNER, language);
    }

    private Browser signedIn(String name, Role role, String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        assertThat(browser.login(fixtures.user(name, role).email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
