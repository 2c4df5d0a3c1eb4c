package io.partneracademy.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner admin creates an API token on the page in a real Chromium, copies the secret shown once, uses it, and
 * revokes it; an admin sees every company's tokens, the partner admin only their own.
 */
@MicronautTest(transactional = false)
class ApiTokensInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    @Test
    void aPartnerAdminCreatesUsesAndRevokesATokenForTheirCompany() {
        Partner globex = fixtures.partner("Globex");
        Partner other = fixtures.partner("Initech");
        UserSummary partnerAdmin = fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN);
        UserSummary otherAdmin = fixtures.employee(other, "Ivan Admin", Role.PARTNER_ADMIN);
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        ApiCalls api = new ApiCalls(server.getURI(), json);
        RealBrowser other1 = new RealBrowser(server.getURI()).signIn(otherAdmin.email(), Fixtures.PASSWORD);
        other1.open("/api-tokens").type("#name", "Initech PRM").press("input[value='people:read']")
                .clickButton("Create token");

        RealBrowser browser = new RealBrowser(server.getURI()).signIn(partnerAdmin.email(), Fixtures.PASSWORD);
        browser.clickLink("API tokens");
        browser.type("#name", "HubSpot sync").type("#validDays", "30")
                .press("input[value='certifications:read']").clickButton("Create token");
        String secret = browser.find("#secret").getAttribute("value");
        String listed = browser.find("#tokens").getText();
        browser.open("/api-tokens").screenshot("api-tokens");
        boolean secretShownAgain = browser.text().contains(secret) || browser.all("#secret").size() > 0;
        int before = api.get(secret, "/api/v1/certifications").status();
        browser.click("button[aria-label='Revoke token HubSpot sync']");
        String flash = browser.find(".flash").getText();
        int after = api.get(secret, "/api/v1/certifications").status();
        RealBrowser adminBrowser = new RealBrowser(server.getURI()).signIn(admin.email(), Fixtures.PASSWORD);
        String adminList = adminBrowser.open("/api-tokens").find("#tokens").getText();

        assertThat(secret).startsWith("pa_").hasSizeGreaterThan(40);
        assertThat(listed).contains("HubSpot sync", globex.name(), "certifications:read", secret.substring(0, 10))
                .doesNotContain("Initech PRM");
        assertThat(secretShownAgain).isFalse();
        assertThat(before).isEqualTo(200);
        assertThat(flash).contains("Token revoked");
        assertThat(after).isEqualTo(401);
        assertThat(browser.find("#tokens").getText()).contains("Revoked");
        assertThat(adminList).contains("HubSpot sync", "Initech PRM");
    }
}
