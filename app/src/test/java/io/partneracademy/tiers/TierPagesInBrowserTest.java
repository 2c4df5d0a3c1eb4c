package io.partneracademy.tiers;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.RealBrowser;
import io.partneracademy.web.Language;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium (axe on every page): a German partner manager reads what the next tier needs in German. */
@MicronautTest(transactional = false)
class TierPagesInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TierEvents events;
    @Inject
    PartnerMetrics metrics;
    @Inject
    PersonPreferences preferences;

    @Test
    void aGermanPartnerManagerReadsTheTeamPagesNextTierExplanationInGerman() {
        learning.importCertifiableBasics();
        Partner partner = fixtures.setTier(fixtures.partner("Münchner Systemhaus"), Tier.SILVER);
        UserSummary manager = fixtures.user("Greta Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        preferences.save(manager.id(), Language.DE, ZoneId.of("Europe/Berlin"));
        learning.completeBasics(Learning.learner(fixtures.employee(partner, "Anna Zertifiziert", Role.LEARNER)));
        events.process();
        metrics.record(new CurrentUser(manager.id(), manager.email(), manager.displayName(),
                Set.of(Role.PARTNER_MANAGER)), partner.id(), "150000", "1200");
        RealBrowser browser = new RealBrowser(server.getURI());

        browser.signIn(manager.email(), Fixtures.PASSWORD).open("/tiers");
        assertThat(plain(browser.find("#partner-" + partner.id() + " .tier-explanation").getText()))
                .startsWith("Berechtigt für Silver: 1 zertifizierte Person, 150.000 $ ARR, 1.200 Empfehlungen.");
        browser.open("/tiers/partners/" + partner.id());

        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("de");
        assertThat(plain(browser.find("#tier-explanation").getText())).isEqualTo("Berechtigt für Silver:"
                + " 1 zertifizierte Person, 150.000 $ ARR, 1.200 Empfehlungen. Gold erfordert 2 zertifizierte Personen;"
                + " Sie haben 1. Noch 1 weitere zertifizierte Person nötig.");
        assertThat(browser.find("#next").getText()).isEqualTo("Auf dem Weg zu Gold");
        assertThat(plain(browser.find("#next-gaps").getText()))
                .isEqualTo("Gold erfordert 2 zertifizierte Personen; Sie haben 1. Noch 1 weitere zertifizierte Person nötig.");
    }

    /** Chromium writes no-break spaces (German puts one before "$") as they are; compare with plain ones. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
