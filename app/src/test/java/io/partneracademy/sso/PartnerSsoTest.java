package io.partneracademy.sso;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.support.Browser;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner admin sets up their own company's identity provider on {@code /partners/{id}/sso}: only their company,
 * the admin pages' rules and address filter, the secret never shown back, a trail of who changed what, and the
 * hostile posts a partner admin could try, each refused at its field with nothing written.
 */
@MicronautTest(transactional = false)
class PartnerSsoTest extends WithIdentityProvider {

    @Inject
    Fixtures fixtures;
    @Inject
    SsoSetup setup;
    @Inject
    Users users;
    @Inject
    Partners partners;
    @Inject
    io.partneracademy.support.TestClock clock;

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    private static String page(Partner company) {
        return "/partners/" + company.id() + "/sso";
    }

    private static String add(Partner company) {
        return page(company) + "/providers";
    }

    private String edit(Partner company) throws Exception {
        return page(company) + "/providers/" + value("SELECT MIN(id) FROM sso_provider WHERE partner_id = " + company.id());
    }

    private static Map<String, String> provider(Partner company, String issuer, String clientId, String secret) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partnerId", String.valueOf(company.id()));
        fields.put("issuer", issuer);
        fields.put("clientId", clientId);
        fields.put("clientSecret", secret);
        fields.put("enabled", "on");
        return fields;
    }

    private static String issuerId() {
        return "co-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long count(String sql) throws Exception {
        return companies.count(sql);
    }

    String value(String sql) throws Exception {
        return companies.value(sql);
    }

    @Test
    void aPartnerAdminSetsUpTheirCompanysProviderAndTheTrailSaysWhoDidWhat() throws Exception {
        Partner acme = fixtures.partner("Acme");
        UserSummary paula = fixtures.employee(acme, "Paula Admin", Role.PARTNER_ADMIN);
        UserSummary ada = fixtures.user("Ada Admin", Role.ADMIN);
        String issuer = provider.issuer(issuerId());
        Browser browser = signedIn(paula);

        Browser.Page empty = browser.get(page(acme));
        Browser.Page added = browser.post(add(acme), provider(acme, issuer, "academy", "paula-secret-123"));
        String storedSecret = value("SELECT client_secret FROM sso_provider WHERE partner_id = " + acme.id());
        Browser.Page listed = browser.get(page(acme));
        Browser.Page shown = browser.get(edit(acme));
        clock.advance(java.time.Duration.ofMinutes(5));
        Map<String, String> change = provider(acme, issuer, "academy-2", "");
        change.put("trustEmail", "on");
        Browser.Page changed = browser.post(edit(acme), change);
        Browser.Page after = browser.get(page(acme));
        Browser.Page adminPage = signedIn(ada).get("/admin/sso");

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.html().selectFirst("#provider-state").text()).contains("No identity provider yet");
        assertThat(added.status()).isEqualTo(303);
        assertThat(added.location()).isEqualTo(page(acme));
        assertThat(listed.html().selectFirst("#company-providers tbody tr").text()).contains(issuer, "academy", "On");
        assertThat(listed.html().selectFirst("#issuer").attr("value")).as("the form adds another provider").isEmpty();
        assertThat(shown.html().selectFirst("#issuer").attr("value")).isEqualTo(issuer);
        assertThat(shown.html().selectFirst("#clientSecret").attr("value")).isEmpty();
        assertThat(shown.body()).doesNotContain("paula-secret-123").doesNotContain(storedSecret);
        assertThat(listed.html().selectFirst("#changes").text()).contains("Paula Admin", paula.email(),
                "Added the identity provider " + issuer, "Set the client id to academy",
                "Turned sign-in with the provider on").doesNotContain("trusting");
        assertThat(changed.status()).isEqualTo(303);
        assertThat(value("SELECT client_secret FROM sso_provider WHERE partner_id = " + acme.id()))
                .as("an empty secret keeps the stored one").isEqualTo(storedSecret);
        assertThat(after.html().select("#changes tbody tr").eachText()).hasSize(5)
                .allSatisfy(line -> assertThat(line).contains("Paula Admin"));
        assertThat(after.html().selectFirst("#changes tbody tr").text())
                .contains("Turned on trusting the provider’s email addresses");
        assertThat(after.html().selectFirst("#changes").text()).contains("Set the client id to academy-2")
                .doesNotContain("Replaced the client secret");
        assertThat(after.body()).doesNotContain("paula-secret-123");
        assertThat(adminPage.html().selectFirst("#changes").text()).contains("Paula Admin", acme.name(),
                "Added the identity provider " + issuer);
        assertThat(count("SELECT COUNT(*) FROM sso_setting_change WHERE actor_id = " + paula.id())).isEqualTo(5);
    }

    @Test
    void aPartnerAdminReachesOnlyTheirOwnCompanysSignIn() throws Exception {
        Partner acme = fixtures.partner("Acme");
        Partner globex = fixtures.partner("Globex");
        UserSummary paula = fixtures.employee(acme, "Paula Admin", Role.PARTNER_ADMIN);
        UserSummary manager = fixtures.user("Manny Manager", Role.PARTNER_MANAGER);
        fixtures.assign(acme, manager);
        UserSummary learner = fixtures.employee(acme, "Lena Learner", Role.LEARNER);
        String globexIssuer = provider.issuer(issuerId());
        setup.save(null, new ProviderForm(globex.id(), globexIssuer, "globex-client", "globex-secret", "on", null, null),
                companies.admin());
        long changesBefore = count("SELECT COUNT(*) FROM sso_setting_change");
        Browser browser = signedIn(paula);
        browser.get(page(acme));

        Browser.Page otherPage = browser.get(page(globex));
        Browser.Page otherPost = browser.post(add(globex), provider(globex, provider.issuer(issuerId()), "mine", "x"));
        Browser.Page otherEdit = browser.post(edit(globex), provider(globex, provider.issuer(issuerId()), "mine", "x"));
        Browser.Page otherThroughOwn = browser.get(page(acme) + "/providers/"
                + value("SELECT id FROM sso_provider WHERE partner_id = " + globex.id()));
        Browser.Page namingOther = browser.post(add(acme), provider(globex, provider.issuer(issuerId()), "mine", "x"));
        Browser.Page noSuchCompany = browser.get("/partners/999999/sso");
        Browser.Page asManager = signedIn(manager).get(page(acme));
        Browser.Page asLearner = signedIn(learner).get(page(acme));

        assertThat(otherPage.status()).isEqualTo(403);
        assertThat(otherPage.body()).doesNotContain(globexIssuer, "globex-client");
        assertThat(otherPost.status()).isEqualTo(403);
        assertThat(otherEdit.status()).isEqualTo(403);
        assertThat(otherThroughOwn.status()).as("another company's provider under one's own company").isEqualTo(404);
        assertThat(otherThroughOwn.body()).doesNotContain(globexIssuer);
        assertThat(namingOther.status()).isEqualTo(422);
        assertThat(namingOther.html().selectFirst("#partnerId-errors").text())
                .contains("only set up single sign-on for the company shown on this page");
        assertThat(noSuchCompany.status()).isEqualTo(404);
        assertThat(asManager.status()).as("a partner manager does not change how a company signs in").isEqualTo(403);
        assertThat(asLearner.status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM sso_provider WHERE partner_id = " + acme.id())).isZero();
        assertThat(value("SELECT CONCAT(issuer, ' ', client_id) FROM sso_provider WHERE partner_id = " + globex.id()))
                .isEqualTo(globexIssuer + " globex-client");
        assertThat(count("SELECT COUNT(*) FROM sso_setting_change")).isEqualTo(changesBefore);
    }

    @Test
    void anInternalOrMalformedIssuerIsRefusedAtItsFieldAndNothingIsWritten() throws Exception {
        Partner acme = fixtures.partner("Acme");
        UserSummary paula = fixtures.employee(acme, "Paula Admin", Role.PARTNER_ADMIN);
        String id = issuerId();
        Browser browser = signedIn(paula);
        browser.get(page(acme));

        Browser.Page loopback = browser.post(add(acme), provider(acme,
                provider.issuer(id).replace("localhost", "127.0.0.1"), "academy", "hunter2-secret"));
        Browser.Page metadata = browser.post(add(acme), provider(acme, "http://169.254.169.254/latest", "academy",
                "hunter2-secret"));
        Browser.Page malformed = browser.post(add(acme), provider(acme, "not a url", "academy", "hunter2-secret"));
        Browser.Page noClient = browser.post(add(acme), provider(acme, provider.issuer(id), " ", "hunter2-secret"));
        Browser.Page noSecret = browser.post(add(acme), provider(acme, provider.issuer(id), "academy", ""));

        for (Browser.Page refused : java.util.List.of(loopback, metadata, malformed, noClient, noSecret)) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).doesNotContain("hunter2-secret");
        }
        assertThat(loopback.html().selectFirst("#issuer-errors").text())
                .contains("private, loopback or link-local network");
        assertThat(metadata.html().selectFirst("#issuer-errors").text())
                .contains("private, loopback or link-local network");
        assertThat(malformed.html().selectFirst("#issuer-errors").text()).contains("absolute URL");
        assertThat(malformed.html().selectFirst("#issuer").attr("value")).isEqualTo("not a url");
        assertThat(noClient.html().selectFirst("#clientId-errors")).isNotNull();
        assertThat(noSecret.html().selectFirst("#clientSecret-errors").text()).contains("Enter the client secret");
        assertThat(count("SELECT COUNT(*) FROM sso_provider WHERE partner_id = " + acme.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM sso_setting_change WHERE partner_id = " + acme.id())).isZero();
    }

    @Test
    void aNewIssuersSubjectsDoNotSignInToTheOldIssuersPeople() throws Exception {
        Partner acme = fixtures.partner("Acme");
        UserSummary paula = fixtures.employee(acme, "Paula Admin", Role.PARTNER_ADMIN);
        String domain = issuerId() + ".example";
        setup.claim(new DomainForm(domain, acme.id()), companies.admin());
        String before = issuerId();
        String after = issuerId();
        Browser browser = signedIn(paula);
        browser.get(page(acme));
        assertThat(browser.post(add(acme), provider(acme, provider.issuer(before), "academy", "one")).status())
                .isEqualTo(303);
        provider.nextSignIn(before, "employee-7", SsoCompanies.verified("lena@" + domain, "Lena Old"));
        assertThat(new SsoJourney(server.getURI()).start("lena@" + domain, "/").atProvider().back()
                .status()).isEqualTo(303);

        browser.get(edit(acme));
        Browser.Page moved = browser.post(edit(acme), provider(acme, provider.issuer(after), "academy", "two"));
        provider.nextSignIn(after, "employee-7", SsoCompanies.verified("mallory@" + domain, "Mallory New"));
        SsoJourney journey = new SsoJourney(server.getURI()).start("mallory@" + domain, "/")
                .atProvider();
        Browser.Page back = journey.back();
        Browser.Page home = journey.browser.get("/");
        Browser.Page trail = browser.get(page(acme));

        assertThat(moved.status()).isEqualTo(303);
        assertThat(back.status()).isEqualTo(303);
        assertThat(home.text()).as("the new issuer's employee-7 is not the old issuer's").contains("Mallory New")
                .doesNotContain("Lena Old");
        assertThat(users.findByEmail("mallory@" + domain)).isPresent();
        assertThat(trail.html().selectFirst("#changes").text())
                .contains("Changed the issuer to " + provider.issuer(after), "Replaced the client secret");
    }

    @Test
    void twoSavesOfOneNewProviderAtOnceSaveOneAndTellTheOtherWithNothingHalfWritten() throws Exception {
        Partner acme = fixtures.partner("Twice");
        Browser paula = signedIn(fixtures.employee(acme, "Paula First", Role.PARTNER_ADMIN));
        Browser pia = signedIn(fixtures.employee(acme, "Pia Second", Role.PARTNER_ADMIN));
        String issuerId = issuerId();
        String issuer = provider.issuer(issuerId);
        paula.get(page(acme));
        pia.get(page(acme));
        // Both saves are held at the provider's discovery document, after their "no provider yet" check.
        provider.holdDiscovery(issuerId, 2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);

        var first = pool.submit(() -> paula.post(add(acme), provider(acme, issuer, "academy-client", "secret-1")));
        var second = pool.submit(() -> pia.post(add(acme), provider(acme, issuer, "academy-client", "secret-2")));
        java.util.List<Browser.Page> answers = java.util.List.of(first.get(), second.get());
        pool.shutdown();

        assertThat(answers).extracting(Browser.Page::status).containsExactlyInAnyOrder(303, 422);
        Browser.Page refused = answers.stream().filter(a -> a.status() == 422).findFirst().orElseThrow();
        assertThat(refused.html().selectFirst("#partnerId-errors").text())
                .contains("Someone saved an identity provider with this issuer and client id for this company a moment ago");
        assertThat(refused.html().selectFirst("input[name=clientSecret]").attr("value")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM sso_provider WHERE partner_id = " + acme.id())).isEqualTo(1);
        String saved = value("SELECT client_id FROM sso_provider WHERE partner_id = " + acme.id());
        assertThat(count("SELECT COUNT(*) FROM sso_setting_change WHERE partner_id = " + acme.id()
                + " AND kind = 'PROVIDER_ADDED'")).as("only the saved provider's lines").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sso_setting_change WHERE partner_id = " + acme.id()
                + " AND kind = 'CLIENT_ID_CHANGED' AND detail = '" + saved + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sso_setting_change WHERE partner_id = " + acme.id())).isEqualTo(3);
    }
}
