package io.partneracademy.tiers;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.certification.Expiry;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Certification and employment events move a partner's eligible tier, as its manager sees it. */
@MicronautTest(transactional = false)
class TierAssessmentTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Learning learning;
    @Inject
    People people;
    @Inject
    Expiry expiry;
    @Inject
    TierEvents events;
    @Inject
    Assessments assessments;
    @Inject
    TierDashboard dashboard;

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void certificationsExpiryAndMovesChangeTheEligibleTierAtOnce() {
        Partner gold = partner("Goldsmith", Tier.GOLD);
        Partner other = partner("Othertech", Tier.REGISTERED);
        UserSummary manager = fixtures.user("Mona Manager", Role.PARTNER_MANAGER);
        fixtures.assign(gold, manager);
        fixtures.assign(other, manager);
        CurrentUser managerUser = new CurrentUser(manager.id(), manager.email(), manager.displayName(),
                Set.of(Role.PARTNER_MANAGER));
        Browser browser = new Browser(server.getURI());
        browser.login(manager.email(), Fixtures.PASSWORD);
        browser.get("/tiers");
        assertThat(browser.post("/tiers/partners/" + gold.id() + "/metrics",
                Map.of("arr", "150,000", "referrals", "3")).status()).isEqualTo(303);
        assertThat(browser.post("/tiers/partners/" + gold.id() + "/metrics",
                Map.of("arr", "lots", "referrals", "-1")).status()).isEqualTo(422);

        UserSummary ann = certifiedEmployee(gold, "Ann Certified");
        events.process();
        assertThat(line(managerUser, gold).assessment().eligible()).isEqualTo(Tier.SILVER);
        assertThat(line(managerUser, gold).assessment().standing()).isEqualTo(TierDashboard.Standing.AT_RISK);
        assertThat(line(managerUser, gold).assessment().explanation()).contains("Gold needs 2 people certified; you have 1.");

        certifiedEmployee(gold, "Ben Certified");
        events.process();
        assertThat(line(managerUser, gold).assessment().eligible()).isEqualTo(Tier.GOLD);
        TierDashboard.Line forecast = line(managerUser, gold);
        assertThat(forecast.outlook().dropsTo()).isEqualTo(Tier.SILVER);
        assertThat(forecast.outlook().recertify()).containsExactly("Ann Certified");
        assertThat(forecast.outlook().dropsOn()).isEqualTo(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                .plusYears(1).toString());
        assertThat(browser.get("/tiers").text()).contains("Forecast: stays Gold until " + java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH).format(LocalDate.parse(forecast.outlook().dropsOn()))
                + ", then falls to Silver unless these people recertify first: Ann Certified.");
        Instant whileGold = clock.instant();
        clock.advance(Duration.ofDays(1));

        people.employ(ann.id(), other.id(), "Architect", LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        events.process();
        assertThat(line(managerUser, gold).assessment().eligible()).isEqualTo(Tier.SILVER);
        assertThat(line(managerUser, gold).counts().certified()).isEqualTo(1);
        assertThat(line(managerUser, other).counts().certified()).isEqualTo(1);
        assertThat(assessments.asOf(gold.id(), whileGold).orElseThrow().eligibleTier()).isEqualTo(Tier.GOLD);

        clock.advance(Duration.ofDays(366));
        expiry.expireDue();
        events.process();
        assertThat(line(managerUser, gold).assessment().eligible()).isEqualTo(Tier.REGISTERED);
        assertThat(line(managerUser, other).counts().certified()).isZero();
        assertThat(assessments.recountAll()).isZero();
    }

    @Test
    void managersSeeTheirPortfolioOnlyAndTheCsvIsTheTable() {
        Partner mine = partner("Mine Ltd", Tier.SILVER);
        Partner theirs = partner("Theirs Ltd", Tier.SILVER);
        UserSummary manager = fixtures.user("Pat Portfolio", Role.PARTNER_MANAGER);
        fixtures.assign(mine, manager);
        certifiedEmployee(mine, "Cora Certified");
        events.process();
        Browser browser = new Browser(server.getURI());
        browser.login(manager.email(), Fixtures.PASSWORD);

        Browser.Page page = browser.get("/tiers");
        Browser.Page csv = browser.getAny("/tiers/export.csv");
        Browser.Page foreign = browser.post("/tiers/partners/" + theirs.id() + "/metrics",
                Map.of("arr", "1", "referrals", "1"));

        assertThat(page.text()).contains(mine.name()).doesNotContain(theirs.name());
        assertThat(page.html().selectFirst("li.path-card svg.tier-chart").attr("aria-label"))
                .isEqualTo("1 certified people, against the number each tier needs");
        assertThat(page.html().select("li.path-card svg.tier-chart text").eachText())
                .containsExactly("Silver 1", "Gold 2", "Platinum 5");
        assertThat(foreign.status()).isEqualTo(403);
        List<List<String>> rows = records(csv.body());
        assertThat(rows.get(0)).isEqualTo(TierCsv.HEADER);
        List<Element> cards = page.html().select("li.path-card");
        assertThat(rows).hasSize(cards.size() + 1);
        for (int i = 0; i < cards.size(); i++) {
            Element card = cards.get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row.get(0)).isEqualTo(card.selectFirst("h2").text());
            assertThat(row).anySatisfy(cell -> assertThat(cell).contains(card.selectFirst("p").text()));
        }
    }

    @Test
    void anAdminChangesThePolicyAndEveryPartnerIsReassessed() {
        Partner partner = partner("Policy Partners", Tier.SILVER);
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        CurrentUser adminUser = new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN));
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/tiers");
        assertThat(browser.post("/tiers/partners/" + partner.id() + "/metrics", Map.of("arr", "30000", "referrals", "0"))
                .status()).isEqualTo(303);
        certifiedEmployee(partner, "Solo Certified");
        events.process();
        assertThat(line(adminUser, partner).assessment().eligible()).isEqualTo(Tier.SILVER);
        Map<String, String> form = new java.util.HashMap<>();
        for (String tier : List.of("SILVER", "GOLD", "PLATINUM")) {
            form.put(tier + ".minPractitioners", "0");
            form.put(tier + ".minArchitects", tier.equals("PLATINUM") ? "1" : "0");
            form.put(tier + ".minSpecializations", "0");
        }
        form.putAll(Map.of("SILVER.minCertified", "2", "SILVER.minArr", "25000", "SILVER.minReferrals", "5",
                "GOLD.minCertified", "3", "GOLD.minArr", "100000", "GOLD.minReferrals", "20",
                "PLATINUM.minCertified", "5", "PLATINUM.minArr", "500000", "PLATINUM.minReferrals", "50"));
        browser.get("/admin/tier-policy");

        Map<String, String> lowerGold = new java.util.HashMap<>(form);
        lowerGold.put("GOLD.minCertified", "1");
        Map<String, String> garbage = new java.util.HashMap<>(form);
        garbage.put("SILVER.minArr", "a lot");
        assertThat(browser.post("/admin/tier-policy", lowerGold).text()).contains("cannot require less");
        assertThat(browser.post("/admin/tier-policy", garbage).status()).isEqualTo(422);
        assertThat(line(adminUser, partner).assessment().eligible()).isEqualTo(Tier.SILVER);
        assertThat(browser.post("/admin/tier-policy", form).status()).isEqualTo(303);

        assertThat(line(adminUser, partner).assessment().eligible()).isEqualTo(Tier.REGISTERED);
        assertThat(line(adminUser, partner).assessment().explanation()).contains("Silver needs 2 people certified; you have 1.");
        browser.get("/admin/tier-policy");
        form.put("SILVER.minCertified", "1");
        form.put("GOLD.minCertified", "2");
        assertThat(browser.post("/admin/tier-policy", form).status()).isEqualTo(303);
        assertThat(line(adminUser, partner).assessment().eligible()).isEqualTo(Tier.SILVER);
    }

    private TierDashboard.Line line(CurrentUser viewer, Partner partner) {
        return dashboard.partner(viewer, partner.id());
    }

    private Partner partner(String name, Tier tier) {
        Partner p = fixtures.partner(name);
        return fixtures.setTier(p, tier);
    }

    private UserSummary certifiedEmployee(Partner partner, String name) {
        UserSummary user = fixtures.employee(partner, name, Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        return user;
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
