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
 * A session's time is written with its weekday in the reader's language ("Mi. 2026-12-09 16:00–17:00 Europe/Berlin"
 * on a German page); the list and the session page said "Wed" in every language, and the enablement team's list and
 * session form still do.
 */
@MicronautTest(transactional = false)
class SessionTimesInTheReadersLanguageTest extends DatabaseTest {

    private static final String GERMAN = "(Mo|Di|Mi|Do|Fr|Sa|So)\\. \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}–\\d{2}:\\d{2} Europe/Berlin";
    private static final String FRENCH = "(lun|mar|mer|jeu|ven|sam|dim)\\. \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}–\\d{2}:\\d{2} Europe/Berlin";
    private static final String ENGLISH = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}–\\d{2}:\\d{2} Europe/Berlin";

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

        assertThat(germanCard).matches(GERMAN);
        assertThat(germanPage).containsPattern(GERMAN);
        assertThat(frenchCard).matches(FRENCH);
        assertThat(englishCard).matches(ENGLISH);
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
