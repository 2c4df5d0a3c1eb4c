package io.partneracademy.tiers;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.RealBrowser;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: a partner admin turns the tier forecast's "unless these people recertify" into one renewal campaign;
 * the two people see it on their home page; one renews, and the forecast and the campaign show it.
 */
@MicronautTest(transactional = false)
class RenewalCampaignInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TierEvents events;
    @Inject
    TestClock clock;
    @Inject
    PartnerMetrics metrics;

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aPartnerAdminAssignsRenewalFromTheForecastAndTheCampaignFollowsWhoRenewed() {
        Partner partner = fixtures.setTier(fixtures.partner("Renewals"), Tier.GOLD);
        UserSummary admin = fixtures.employee(partner, "Paula Admin", Role.PARTNER_ADMIN);
        UserSummary ann = certified(partner, "Ann Renewer");
        UserSummary ben = certified(partner, "Ben Renewer");
        String dueShown = java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH)
                .format(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(1));
        UserSummary vendor = fixtures.user("Val Vendor", Role.ADMIN);
        // Gold also needs $100K ARR or 20 referrals; with them, Gold needs two of the three certified people.
        metrics.record(new CurrentUser(vendor.id(), vendor.email(), vendor.displayName(), Set.of(Role.ADMIN)),
                partner.id(), "150,000", "3");
        // A month later Cy certifies too: when Ann's and Ben's certifications lapse, only Cy is left.
        clock.advance(Duration.ofDays(30));
        certified(partner, "Cy Later");
        events.process();
        RealBrowser browser = new RealBrowser(server.getURI());

        browser.signIn(admin.email(), Fixtures.PASSWORD).open("/tiers/partners/" + partner.id());
        assertThat(browser.find(".alert.forecast").getText()).contains("Forecast: stays Gold until " + dueShown
                + ", then falls to Silver unless these people recertify first: Ann Renewer, Ben Renewer.");
        browser.clickButton("Assign renewal to these 2 people, due " + dueShown);

        assertThat(browser.find("#campaign").getText()).contains(
                "Renewal campaign: 0 of 2 renewed, due " + dueShown + " (otherwise the tier falls to Silver).",
                "Ann Renewer: Basics Path, Open", "Ben Renewer: Basics Path, Open").doesNotContain("Cy Later");
        assertThat(browser.find("#assignment-counts").getText()).isEqualTo("2 open, 0 overdue, 0 done");
        for (UserSummary person : new UserSummary[] {ann, ben}) {
            signOutAndIn(browser, person).open("/");
            assertThat(browser.find("#home-assigned").getText())
                    .contains("Basics Path", "Assigned by Paula Admin, due " + dueShown);
        }

        // Ann's renewal window opens 90 days before her certification expires; she passes the exam again in it.
        clock.advance(Duration.ofDays(270));
        learning.pass(Learning.learner(ann), "quiz");
        events.process();

        signOutAndIn(browser, ann).open("/");
        assertThat(browser.all("#home-assigned")).isEmpty();
        signOutAndIn(browser, admin).open("/tiers/partners/" + partner.id());
        assertThat(browser.find(".alert.forecast").getText()).contains("Ben Renewer").doesNotContain("Ann Renewer");
        assertThat(browser.find("#campaign").getText()).contains("Renewal campaign: 1 of 2 renewed, due " + dueShown,
                "Ann Renewer: Basics Path, Done", "Ben Renewer: Basics Path, Open");
        browser.screenshot("campaign");
        assertThat(browser.find("#assignment-counts").getText()).isEqualTo("1 open, 0 overdue, 1 done");
    }

    private UserSummary certified(Partner partner, String name) {
        UserSummary user = fixtures.employee(partner, name, Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        return user;
    }

    private static RealBrowser signOutAndIn(RealBrowser browser, UserSummary user) {
        browser.driver().manage().deleteAllCookies();
        return browser.signIn(user.email(), Fixtures.PASSWORD);
    }
}
