package io.partneracademy.tiers;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Partner managers import ARR and referrals from CSV: all lines or none, with every problem by line. */
@MicronautTest(transactional = false)
class MetricsImportTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Partners partners;
    @Inject
    TierDashboard dashboard;

    Partner comma;
    Partner plain;
    Partner foreign;
    UserSummary manager;

    @BeforeAll
    void portfolio() {
        comma = partners.create(new PartnerForm("Enterprise Partners, Inc " + System.nanoTime(), PartnerType.RESELLER,
                "NA", LocalDate.of(2024, 1, 1), Tier.REGISTERED));
        plain = fixtures.setTier(fixtures.partner("Plainview"), Tier.REGISTERED);
        foreign = fixtures.partner("Foreign Affairs");
        manager = fixtures.user("Ima Importer", Role.PARTNER_MANAGER);
        fixtures.assign(comma, manager);
        fixtures.assign(plain, manager);
    }

    @Test
    void aValidFileRecordsEveryPartnerAndReassessesThem() {
        Browser browser = signedIn();
        String csv = "partner,arr,referrals,as_of\r\n\"" + comma.name() + "\",\"$120,000\",7,2026-10-01\r\n"
                + plain.name().toUpperCase() + ",30000,2\r\n";

        Browser.Page posted = browser.post("/tiers/metrics/import", Map.of("csv", csv));

        assertThat(posted.status()).isEqualTo(303);
        assertThat(browser.get("/tiers?imported=2").text()).contains("Recorded ARR and referrals for 2 partners");
        assertThat(line(comma).assessment().arr()).isEqualByComparingTo(new BigDecimal("120000"));
        assertThat(line(comma).assessment().referrals()).isEqualTo(7);
        assertThat(line(plain).assessment().arr()).isEqualByComparingTo(new BigDecimal("30000"));
        assertThat(line(plain).assessment().explanation()).contains("$30,000 ARR");
    }

    @Test
    void aFileWithBadLinesRecordsNothingAndNamesEveryProblem() {
        Browser browser = signedIn();
        BigDecimal before = line(plain).assessment().arr();
        String csv = String.join("\n", "partner,arr,referrals,as_of",
                plain.name() + ",lots,1",
                "Nobody Ltd,100,1",
                foreign.name() + ",100,1",
                plain.name() + ",100,-2,2999-01-01",
                plain.name() + ",100",
                "");

        Browser.Page page = browser.post("/tiers/metrics/import", Map.of("csv", csv));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select("#import-errors li").eachText()).containsExactly(
                "Line 2: ARR \"lots\" is not an amount of US dollars, 0 or more.",
                "Line 3: there is no partner named \"Nobody Ltd\".",
                "Line 4: \"" + foreign.name() + "\" is not one of the partners you look after.",
                "Line 5: referrals \"-2\" is not a whole number, 0 or more.",
                "Line 5: as_of \"2999-01-01\" is not a date (YYYY-MM-DD) today or earlier.",
                "Line 6: expected 3 or 4 fields (partner, arr, referrals, as_of) but found 2.");
        assertThat(page.html().selectFirst("textarea#csv").text()).contains("Nobody Ltd");
        assertThat(line(plain).assessment().arr()).isEqualByComparingTo(before);
    }

    @Test
    void aFileWithoutTheHeaderOrWithAnOpenQuoteIsRefused() {
        Browser browser = signedIn();

        Browser.Page noHeader = browser.post("/tiers/metrics/import", Map.of("csv", plain.name() + ",1,1\n"));
        Browser.Page openQuote = browser.post("/tiers/metrics/import",
                Map.of("csv", "partner,arr,referrals\n\"" + plain.name() + ",1,1\n"));

        assertThat(noHeader.status()).isEqualTo(422);
        assertThat(noHeader.text()).contains("Line 1: the first line must be the header partner,arr,referrals");
        assertThat(openQuote.text()).contains("Line 2: a quoted field starts here and is never closed.");
    }

    private Browser signedIn() {
        Browser browser = new Browser(server.getURI());
        browser.login(manager.email(), Fixtures.PASSWORD);
        browser.get("/tiers");
        return browser;
    }

    private TierDashboard.Line line(Partner partner) {
        return dashboard.partner(new CurrentUser(manager.id(), manager.email(), manager.displayName(),
                Set.of(Role.PARTNER_MANAGER)), partner.id());
    }
}
