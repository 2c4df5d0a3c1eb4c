package io.partneracademy;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages that used to print dates in UTC and ISO form show them in the person's language and time zone. */
@MicronautTest(transactional = false)
class DatesInThePersonsLanguageTest extends DatabaseTest {

    private static final String ISO_DATE = ".*\\d{4}-\\d{2}-\\d{2}.*";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    PersonPreferences preferences;
    @Inject
    Notifications notifications;

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void notificationsAndTheTranscriptShowTokyoTimeAndJapaneseDatesToAJapaneseLearner() {
        UserSummary kenji = fixtures.user("Kenji Dates", Role.LEARNER);
        preferences.save(kenji.id(), "ja", ZoneId.of("Asia/Tokyo"));
        learning.completeBasics(Learning.learner(kenji));
        notifications.send(kenji.id(), "test", "お知らせ", "本文", null, "dates-" + kenji.id());
        Instant sent = notifications.recent(kenji.id()).stream().filter(n -> n.subject().equals("お知らせ"))
                .findFirst().orElseThrow().createdAt();
        Browser browser = new Browser(server.getURI());
        browser.login(kenji.email(), Fixtures.PASSWORD);

        String inbox = browser.get("/notifications").text();
        String transcript = browser.get("/certifications").text();

        assertThat(inbox).contains("お知らせ " + DateTimeFormatter.ofPattern("uuuu/MM/dd H:mm", Locale.JAPANESE)
                .withZone(ZoneId.of("Asia/Tokyo")).format(sent) + " JST").doesNotContain("UTC");
        assertThat(transcript).containsPattern("\\d{4}/\\d{2}/\\d{2}").doesNotMatch(ISO_DATE);
    }

    @Test
    void theTranscriptAndHomeShowGermanDatesToAGermanLearner() {
        UserSummary hannah = fixtures.user("Hannah Daten", Role.LEARNER);
        preferences.save(hannah.id(), "de", ZoneId.of("Europe/Berlin"));
        learning.completeBasics(Learning.learner(hannah));
        Browser browser = new Browser(server.getURI());
        browser.login(hannah.email(), Fixtures.PASSWORD);

        String transcript = browser.get("/certifications").text();
        String home = browser.get("/").text();

        assertThat(transcript).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}").doesNotMatch(ISO_DATE);
        assertThat(home).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}").doesNotMatch(ISO_DATE);
    }

    @Test
    void theTierHistoryAndThePortfolioShowBerlinTimesInGermanToAGermanPartnerManager() {
        io.partneracademy.partners.Partner partner = fixtures.partner("Datum GmbH");
        UserSummary greta = fixtures.user("Greta Portfolio", Role.PARTNER_MANAGER);
        fixtures.assign(partner, greta);
        preferences.save(greta.id(), "de", ZoneId.of("Europe/Berlin"));
        Browser browser = new Browser(server.getURI());
        browser.login(greta.email(), Fixtures.PASSWORD);

        org.jsoup.nodes.Document team = browser.get("/tiers/partners/" + partner.id()).html();
        org.jsoup.nodes.Document portfolio = browser.get("/tiers").html();

        String germanTime = "\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2} MES?Z";
        assertThat(team.select("table.history tbody tr").first().select("td").first().text()).matches(germanTime);
        assertThat(portfolio.select("dl.facts dd").last().text()).matches(germanTime);
        assertThat(team.select("table.history").text()).doesNotContain("UTC").doesNotMatch(ISO_DATE);
    }
}
