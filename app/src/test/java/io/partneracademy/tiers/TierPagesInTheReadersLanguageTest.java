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
import io.partneracademy.web.Language;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tier page writes the assessment's explanation in its reader's language (profile, else Accept-Language, else
 * English) from what the assessment keeps (counts, metrics and the next tier's thresholds as the policy had them),
 * numbers grouped the reader's way; an assessment stored before it kept those shows its stored English text.
 */
@MicronautTest(transactional = false)
class TierPagesInTheReadersLanguageTest extends DatabaseTest {

    /** Gold needs 2 people certified and $5,000,000 ARR or 2,500 referrals (the defaults, but larger figures). */
    static final String ENGLISH = "Eligible for Silver: 1 person certified, $150,000 ARR, 1,200 referrals."
            + " Gold needs 2 people certified; you have 1. Needs 1 more certified person."
            + " Gold needs $5,000,000 ARR or 2,500 referrals; you have $150,000 and 1,200.";
    static final String GERMAN = "Berechtigt für Silver: 1 zertifizierte Person, 150.000\u00a0$ ARR, 1.200 Empfehlungen."
            + " Gold erfordert 2 zertifizierte Personen; Sie haben 1. Noch 1 weitere zertifizierte Person nötig."
            + " Gold erfordert 5.000.000\u00a0$ ARR oder 2.500 Empfehlungen; Sie haben 150.000\u00a0$ und 1.200.";
    static final String FRENCH = "Éligible au niveau Silver : 1 personne certifiée, 150\u202f000\u00a0$US d’ARR,"
            + " 1\u202f200 recommandations. Le niveau Gold exige 2 personnes certifiées ; vous en avez 1."
            + " Il manque 1 personne certifiée. Le niveau Gold exige 5\u202f000\u202f000\u00a0$US d’ARR ou"
            + " 2\u202f500 recommandations ; vous avez 150\u202f000\u00a0$US et 1\u202f200.";
    static final String JAPANESE = "シルバー の要件を満たしています: 認定者 1 名、ARR $150,000、紹介 1,200 件。"
            + " ゴールド には認定者 2 名が必要です。現在 1 名です。あと 1 名の認定者が必要です。"
            + " ゴールド には ARR $5,000,000 または紹介 2,500 件が必要です。現在は $150,000、1,200 件です。";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TierEvents events;
    @Inject
    TierRepository tiers;
    @Inject
    Assessments assessments;
    @Inject
    PersonPreferences preferences;
    @Inject
    DataSource dataSource;
    @Inject
    io.partneracademy.catalog.Courses courses;

    Partner partner;
    UserSummary germanManager;
    UserSummary frenchManager;
    UserSummary japaneseAdmin;
    UserSummary englishManager;

    @BeforeAll
    void partnerBetweenSilverAndGold() {
        learning.importCertifiableBasics();
        tiers.updatePolicy("GOLD", 2, 0, 0, 0, new BigDecimal("5000000"), 2500, Instant.parse("2026-12-01T00:00:00Z"),
                fixtures.user("Policy Admin", Role.ADMIN).id());
        partner = fixtures.setTier(fixtures.partner("Lernwerk"), Tier.SILVER);
        germanManager = fixtures.user("Greta Manager", Role.PARTNER_MANAGER);
        frenchManager = fixtures.user("François Manager", Role.PARTNER_MANAGER);
        englishManager = fixtures.user("Evan Manager", Role.PARTNER_MANAGER);
        List.of(germanManager, frenchManager, englishManager).forEach(m -> fixtures.assign(partner, m));
        japaneseAdmin = fixtures.employee(partner, "Jun Admin", Role.PARTNER_ADMIN);
        preferences.save(germanManager.id(), Language.DE, ZoneId.of("Europe/Berlin"));
        preferences.save(japaneseAdmin.id(), Language.JA, ZoneId.of("Asia/Tokyo"));
        learning.completeBasics(Learning.learner(fixtures.employee(partner, "Ann Certified", Role.LEARNER)));
        courses.complete(Learning.learner(fixtures.employee(partner, "Bob Halfway", Role.LEARNER)), "intro", "welcome");
        events.process();
        Browser browser = signedIn(englishManager);
        browser.get("/tiers");
        assertThat(browser.post("/tiers/partners/" + partner.id() + "/metrics",
                Map.of("arr", "150000", "referrals", "1200")).status()).isEqualTo(303);
    }

    @Test
    void theStoredTextIsEnglishAndTheEnglishPagesSayTheSame() {
        Browser english = signedIn(englishManager);

        assertThat(tiers.findOpen(partner.id()).orElseThrow().explanation()).isEqualTo(ENGLISH);
        assertThat(plain(explanation(english.get("/tiers/partners/" + partner.id()).html()))).isEqualTo(plain(ENGLISH));
        assertThat(csvExplanation(english.getAny("/tiers/export.csv").body())).isEqualTo(ENGLISH);
    }

    @Test
    void aGermanManagerReadsTheDashboardTheTeamPageAndTheCsvInGermanFromTheirProfile() {
        Browser browser = signedIn(germanManager);

        Document dashboard = browser.get("/tiers").html();
        Document team = browser.get("/tiers/partners/" + partner.id()).html();
        String csv = browser.getAny("/tiers/export.csv").body();

        assertThat(plain(dashboard.select("#partner-" + partner.id() + " .tier-explanation").text()))
                .isEqualTo(plain(GERMAN));
        assertThat(plain(explanation(team))).isEqualTo(plain(GERMAN));
        assertThat(team.select("#tier-explanation").attr("lang")).isEmpty();
        // what the next tier needs, and why each nominee is proposed
        assertThat(plain(team.select("#next-gaps li").eachText().toString())).isEqualTo(plain(
                "[Gold erfordert 2 zertifizierte Personen; Sie haben 1. Noch 1 weitere zertifizierte Person nötig.,"
                        + " Gold erfordert 5.000.000\u00a0$ ARR oder 2.500 Empfehlungen; Sie haben 150.000\u00a0$ und 1.200.]"));
        assertThat(team.select("table.nominations tbody tr").text())
                .contains("Bob Halfway", "Gold erfordert eine weitere zertifizierte Person");
        // the downloader's language in the explanation column, exactly (no-break spaces and all)
        assertThat(csvExplanation(csv)).isEqualTo(GERMAN);
    }

    @Test
    void aFrenchManagerWithoutAProfileLanguageReadsTheirBrowsersLanguage() {
        Browser browser = signedIn(frenchManager);

        Document dashboard = html(browser, "/tiers", "fr-FR,fr;q=0.9,en;q=0.5");
        Document team = html(browser, "/tiers/partners/" + partner.id(), "fr-FR,fr;q=0.9");
        String csv = new String(browser.fetch("/tiers/export.csv", Map.of("Accept-Language", "fr")).body(),
                StandardCharsets.UTF_8);

        assertThat(plain(dashboard.select("#partner-" + partner.id() + " .tier-explanation").text()))
                .isEqualTo(plain(FRENCH));
        assertThat(plain(explanation(team))).isEqualTo(plain(FRENCH));
        assertThat(team.select("table.nominations tbody tr").text())
                .contains("Le niveau Gold exige une personne certifiée de plus");
        assertThat(csvExplanation(csv)).isEqualTo(FRENCH);
    }

    @Test
    void aJapanesePartnerAdminReadsThePortalTheTeamPageAndTheCsvInJapanese() {
        Browser browser = signedIn(japaneseAdmin);

        Document portal = browser.get("/portal/partners/" + partner.id()).html();
        Document team = browser.get("/tiers/partners/" + partner.id()).html();
        Document dashboard = browser.get("/tiers").html();
        String csv = browser.getAny("/tiers/export.csv").body();

        assertThat(portal.select("#portal-explanation").text()).isEqualTo(JAPANESE);
        assertThat(explanation(team)).isEqualTo(JAPANESE);
        assertThat(dashboard.select("#partner-" + partner.id() + " .tier-explanation").text()).isEqualTo(JAPANESE);
        assertThat(team.select("#next-gaps li").eachText()).containsExactly(
                "ゴールド には認定者 2 名が必要です。現在 1 名です。あと 1 名の認定者が必要です。",
                "ゴールド には ARR $5,000,000 または紹介 2,500 件が必要です。現在は $150,000、1,200 件です。");
        assertThat(csvExplanation(csv)).isEqualTo(JAPANESE);
    }

    @Test
    void theExplanationIsWrittenFromTheThresholdsInForceAtTheAssessmentNotFromTodaysPolicy() {
        Partner later = fixtures.setTier(fixtures.partner("Policy Later"), Tier.SILVER);
        fixtures.assign(later, germanManager);
        AssessmentRow stored = assessments.assess(later.id(), "test");
        Browser german = signedIn(germanManager);
        String before = explanation(german.get("/tiers/partners/" + later.id()).html());
        // as if Silver had needed 3 certified people when this assessment was made (today's policy says 1)
        execute("UPDATE tier_assessment SET next_min_certified = 3 WHERE id = ?", stored.id());

        String after = explanation(german.get("/tiers/partners/" + later.id()).html());

        assertThat(plain(before)).isEqualTo(plain("Berechtigt für Registered: 0 zertifizierte Personen, 0\u00a0$ ARR,"
                + " 0 Empfehlungen. Silver erfordert 1 zertifizierte Person; Sie haben 0. Noch 1 weitere zertifizierte"
                + " Person nötig. Silver erfordert 25.000\u00a0$ ARR oder 5 Empfehlungen; Sie haben 0\u00a0$ und 0."));
        assertThat(plain(after)).isEqualTo(plain("Berechtigt für Registered: 0 zertifizierte Personen, 0\u00a0$ ARR,"
                + " 0 Empfehlungen. Silver erfordert 3 zertifizierte Personen; Sie haben 0. Noch 3 weitere zertifizierte"
                + " Personen nötig. Silver erfordert 25.000\u00a0$ ARR oder 5 Empfehlungen; Sie haben 0\u00a0$ und 0."));
    }

    @Test
    void anAssessmentStoredBeforeItKeptItsWordsShowsItsStoredEnglishUntilTheNightlyRecountRewritesIt() {
        Partner old = fixtures.setTier(fixtures.partner("Altbestand"), Tier.SILVER);
        fixtures.assign(old, germanManager);
        UserSummary oldAdmin = fixtures.employee(old, "Olga Admin", Role.PARTNER_ADMIN);
        preferences.save(oldAdmin.id(), Language.JA, ZoneId.of("Asia/Tokyo"));
        events.process(); // her joining is handled now, not by the background job after the row is made old
        AssessmentRow stored = assessments.assess(old.id(), "test");
        // as V135 left every row written before it: the English text only
        execute("UPDATE tier_assessment SET words_kept = FALSE, next_tier = NULL, next_min_certified = NULL,"
                + " next_min_practitioners = NULL, next_min_architects = NULL, next_min_specializations = NULL,"
                + " next_min_arr = NULL, next_min_referrals = NULL WHERE id = ?", stored.id());
        Browser german = signedIn(germanManager);
        Browser japanese = signedIn(oldAdmin);

        Document team = german.get("/tiers/partners/" + old.id()).html();
        Document portal = japanese.get("/portal/partners/" + old.id()).html();
        String csv = german.getAny("/tiers/export.csv").body();

        String english = "Eligible for Registered: 0 people certified, $0 ARR, 0 referrals."
                + " Silver needs 1 person certified; you have 0. Needs 1 more certified person."
                + " Silver needs $25,000 ARR or 5 referrals; you have $0 and 0.";
        assertThat(stored.explanation()).isEqualTo(english);
        assertThat(explanation(team)).isEqualTo(english);
        assertThat(team.select("#tier-explanation").attr("lang")).isEqualTo("en");
        assertThat(portal.select("#portal-explanation").text()).isEqualTo(english);
        assertThat(portal.select("#portal-explanation").attr("lang")).isEqualTo("en");
        assertThat(csvExplanation(csv, old.name())).isEqualTo(english);

        // the nightly recount finds the same text from today's thresholds and keeps them with the row, in place
        assertThat(assessments.recountAll()).isZero();

        AssessmentRow rewritten = tiers.findOpen(old.id()).orElseThrow();
        assertThat(rewritten.id()).isEqualTo(stored.id());
        assertThat(rewritten.wordsKept()).isTrue();
        assertThat(explanation(german.get("/tiers/partners/" + old.id()).html())).startsWith("Berechtigt für Registered");
        assertThat(japanese.get("/portal/partners/" + old.id()).html().select("#portal-explanation").text())
                .startsWith("レジスタード の要件を満たしています");
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private static Document html(Browser browser, String path, String acceptLanguage) {
        var response = browser.fetch(path, Map.of("Accept-Language", acceptLanguage));
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String explanation(Document team) {
        return team.select("#tier-explanation").text();
    }

    private String csvExplanation(String csv) {
        return csvExplanation(csv, partner.name());
    }

    private static String csvExplanation(String csv, String partnerName) {
        try {
            List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
            int column = rows.get(0).toList().indexOf("explanation");
            return rows.stream().filter(r -> r.get(0).equals(partnerName)).findFirst().orElseThrow().get(column);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** jsoup's text() writes no-break spaces as plain ones; compare pages with that in mind (the CSV exactly). */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private void execute(String sql, long id) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
