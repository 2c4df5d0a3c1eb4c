package io.partneracademy.tiers;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import io.partneracademy.web.Language;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, the partner portal and the team page name certifications by their path's title in the reader's
 * language where the path is translated into it, and by the English source, marked {@code lang="en"}, where it is not;
 * a past date's assessment stored with only its English text is marked the same way as the current one.
 */
@MicronautTest(transactional = false)
class PathTitlesInTheReadersLanguageTest extends DatabaseTest {

    /** The fixture's "basics" path, translated into German and Japanese (not French); "advanced" is not translated. */
    static final String GERMAN = "Grundlagenpfad";
    static final String JAPANESE = "基礎パス";
    static final String ENGLISH = "Basics Path";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TierEvents events;
    @Inject
    Assessments assessments;
    @Inject
    PersonPreferences preferences;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;

    Partner partner;
    UserSummary germanManager;
    UserSummary japaneseManager;
    UserSummary frenchManager;
    UserSummary englishManager;
    UserSummary germanLearner;

    @BeforeAll
    void aCertificationOfATranslatedPath() {
        learning.importCertifiableBasics(Map.of(
                "paths/basics.de.yaml", "title: " + GERMAN + "\ndescription: Hier fangen alle an.\nsource: 0123456789ab\n",
                "paths/basics.ja.yaml", "title: " + JAPANESE + "\ndescription: ここから始めます。\nsource: 0123456789ab\n"));
        partner = fixtures.setTier(fixtures.partner("Sprachwerk"), Tier.SILVER);
        germanManager = manager("Greta Manager", Language.DE);
        japaneseManager = manager("Jun Manager", Language.JA);
        frenchManager = manager("Françoise Manager", Language.FR);
        englishManager = manager("Evan Manager", Language.EN);
        germanLearner = fixtures.employee(partner, "Hanna Zertifiziert", Role.LEARNER);
        preferences.save(germanLearner.id(), Language.DE, ZoneId.of("Europe/Berlin"));
        learning.completeBasics(Learning.learner(germanLearner));
        events.process();
    }

    @Test
    void aGermanManagerSeesTheGermanTitleInEveryExpiringList() {
        clock.advance(Duration.ofDays(350));
        Browser german = signedIn(germanManager);

        Elements lists = expiringCells(german);

        assertThat(lists.eachText()).containsOnly(GERMAN).hasSize(3);
        assertThat(lists.eachAttr("lang")).isEmpty();
    }

    @Test
    void aJapaneseManagerSeesTheJapaneseTitleInEveryExpiringList() {
        clock.advance(Duration.ofDays(350));
        Browser japanese = signedIn(japaneseManager);

        Elements lists = expiringCells(japanese);

        assertThat(lists.eachText()).containsOnly(JAPANESE).hasSize(3);
        assertThat(lists.eachAttr("lang")).isEmpty();
    }

    @Test
    void aFrenchManagerSeesTheEnglishTitleMarkedAsEnglishWhereThePathHasNoFrenchTitle() {
        clock.advance(Duration.ofDays(350));
        Browser french = signedIn(frenchManager);

        Elements lists = expiringCells(french);

        assertThat(lists.eachText()).containsOnly(ENGLISH).hasSize(3);
        assertThat(lists.eachAttr("lang")).containsOnly("en").hasSize(3);
    }

    @Test
    void anEnglishManagerSeesTheSourceTitleUnmarked() {
        clock.advance(Duration.ofDays(350));
        Browser english = signedIn(englishManager);

        Elements lists = expiringCells(english);

        assertThat(lists.eachText()).containsOnly(ENGLISH).hasSize(3);
        assertThat(lists.eachAttr("lang")).isEmpty();
    }

    @Test
    void theTeamTableTitlesEachPathInTheReadersLanguageAndMarksTheOneLeftInEnglish() {
        Browser german = signedIn(germanManager);

        Document team = german.get("/tiers/partners/" + partner.id()).html();

        Elements columns = team.select("table.team thead th[scope=col]");
        assertThat(columns.eachText()).contains(GERMAN, "Advanced Path").doesNotContain(ENGLISH);
        assertThat(header(columns, GERMAN).hasAttr("lang")).isFalse();
        assertThat(header(columns, "Advanced Path").attr("lang")).isEqualTo("en");
        // the CSV of the same table names the columns as the page does
        assertThat(german.getAny("/tiers/partners/" + partner.id() + "/people.csv").body().lines().findFirst()
                .orElseThrow()).contains(GERMAN, "Advanced Path").doesNotContain(ENGLISH);
    }

    @Test
    void aGermanLearnerSeesTheirCertificationInGermanAndTheirNextPathInEnglishMarkedOnTheHomePage() {
        Browser learner = signedIn(germanLearner);

        Document home = learner.get("/").html();

        Element certification = home.selectFirst("#home-certifications tbody td a");
        Element next = home.selectFirst("#home-path a[href='/paths/advanced']");
        assertThat(certification).isNotNull();
        assertThat(certification.text()).isEqualTo(GERMAN);
        assertThat(certification.hasAttr("lang")).isFalse();
        assertThat(next).isNotNull();
        assertThat(next.text()).isEqualTo("Advanced Path");
        assertThat(next.attr("lang")).isEqualTo("en");
    }

    @Test
    void aPastDatesAssessmentStoredWithOnlyItsEnglishTextIsMarkedEnglishOnTheTeamPage() {
        Partner old = fixtures.setTier(fixtures.partner("Altbestand"), Tier.SILVER);
        fixtures.assign(old, germanManager);
        Partner kept = fixtures.setTier(fixtures.partner("Neubestand"), Tier.SILVER);
        fixtures.assign(kept, germanManager);
        long stored = assessments.assess(old.id(), "test").id();
        assessments.assess(kept.id(), "test");
        // as V135 left every row written before it: the English text only
        execute("UPDATE tier_assessment SET words_kept = FALSE, next_tier = NULL, next_min_certified = NULL,"
                + " next_min_practitioners = NULL, next_min_architects = NULL, next_min_specializations = NULL,"
                + " next_min_arr = NULL, next_min_referrals = NULL WHERE id = ?", stored);
        Browser german = signedIn(germanManager);
        String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();

        Element oldAnswer = german.get("/tiers/partners/" + old.id() + "?asOf=" + today).html()
                .selectFirst("#as-of-explanation");
        Element keptAnswer = german.get("/tiers/partners/" + kept.id() + "?asOf=" + today).html()
                .selectFirst("#as-of-explanation");

        assertThat(oldAnswer).isNotNull();
        assertThat(oldAnswer.text()).startsWith("Eligible for Registered");
        assertThat(oldAnswer.attr("lang")).isEqualTo("en");
        assertThat(keptAnswer).isNotNull();
        assertThat(keptAnswer.text()).startsWith("Berechtigt für Registered");
        assertThat(keptAnswer.hasAttr("lang")).isFalse();
    }

    /** The certification's title in the home page's, the portal's and the team page's expiring lists, in that order. */
    private Elements expiringCells(Browser browser) {
        Document home = browser.get("/").html();
        Document portal = browser.get("/portal/partners/" + partner.id()).html();
        Document team = browser.get("/tiers/partners/" + partner.id()).html();
        Elements cells = new Elements();
        cells.addAll(home.select("#home-expiring tbody tr td:nth-child(3)"));
        cells.addAll(portal.select("#portal-expiring tbody tr td:nth-child(2)"));
        cells.addAll(team.select("#team-expiring tbody tr td:nth-child(2)"));
        return cells;
    }

    private static Element header(Elements columns, String text) {
        return columns.stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }

    private UserSummary manager(String name, Language language) {
        UserSummary manager = fixtures.user(name, Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        preferences.save(manager.id(), language, ZoneId.of("UTC"));
        return manager;
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private void execute(String sql, long id) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
