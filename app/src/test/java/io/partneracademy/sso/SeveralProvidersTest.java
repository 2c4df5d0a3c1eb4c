package io.partneracademy.sso;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.support.Browser;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner company with several identity providers (one per email domain: staff and contractors), set up by its
 * partner admin on the company's page: each domain's people are sent to their own provider by the sign-in page, one
 * provider never vouches for another's domain, a domain that names no provider is answered like any unknown address,
 * and a form that names another company's domain or repeats a provider is refused with nothing written.
 */
@MicronautTest(transactional = false)
class SeveralProvidersTest extends WithIdentityProvider {

    @Inject
    Fixtures fixtures;
    @Inject
    SsoSetup setup;
    @Inject
    Users users;
    @Inject
    Partners partners;

    private static String issuerId() {
        return "multi-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String page(Partner company) {
        return "/partners/" + company.id() + "/sso";
    }

    /** The provider form as the company page sends it: the empty domains value first, then each ticked domain. */
    private static List<Map.Entry<String, String>> form(Partner company, String issuer, String clientId, String secret,
                                                       String... domains) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("partnerId", String.valueOf(company.id())), Map.entry("issuer", issuer),
                Map.entry("clientId", clientId), Map.entry("clientSecret", secret), Map.entry("enabled", "on"),
                Map.entry("domains", "")));
        for (String domain : domains) {
            fields.add(Map.entry("domains", domain));
        }
        return fields;
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    @Test
    void aCompanyWithTwoProvidersSendsEachDomainsPeopleToTheirOwnProvider() throws Exception {
        Partner initrode = fixtures.partner("Initrode");
        UserSummary paula = fixtures.employee(initrode, "Paula Admin", Role.PARTNER_ADMIN);
        String staffIdp = issuerId();
        String contractorIdp = issuerId();
        String staff = staffIdp + ".example";
        String contractors = contractorIdp + ".example";
        CurrentUser admin = companies.admin();
        setup.claim(new DomainForm(staff, initrode.id()), admin);
        setup.claim(new DomainForm(contractors, initrode.id()), admin);
        Browser browser = signedIn(paula);
        Browser.Page offered = browser.get(page(initrode));

        Browser.Page first = browser.postFields(page(initrode) + "/providers",
                form(initrode, provider.issuer(staffIdp), "academy", "staff-secret", staff, contractors));
        browser.get(page(initrode));
        Browser.Page second = browser.postFields(page(initrode) + "/providers",
                form(initrode, provider.issuer(contractorIdp), "academy", "contractor-secret", contractors));
        Browser.Page listed = browser.get(page(initrode));
        provider.nextSignIn(staffIdp, "sam-1", SsoCompanies.verified("sam@" + staff, "Sam Staff"));
        SsoJourney sam = new SsoJourney(server.getURI()).start("sam@" + staff, "/");
        Browser.Page samBack = sam.atProvider().back();
        provider.nextSignIn(contractorIdp, "cleo-1", SsoCompanies.verified("cleo@" + contractors, "Cleo Contractor"));
        SsoJourney cleo = new SsoJourney(server.getURI()).start("cleo@" + contractors, "/");
        Browser.Page cleoBack = cleo.atProvider().back();
        // The contractors' provider vouches for an address of the staff domain: the company's, but not its domain.
        provider.nextSignIn(contractorIdp, "cleo-2", SsoCompanies.verified("boss@" + staff, "Not The Boss"));
        Browser.Page borrowed = new SsoJourney(server.getURI()).start("mallory@" + contractors, "/").atProvider()
                .back();

        assertThat(offered.html().select("#domain-choices input[type=checkbox][checked]").eachAttr("value"))
                .as("a first provider is offered every domain that names none").containsExactlyInAnyOrder(staff,
                        contractors);
        assertThat(first.status()).isEqualTo(303);
        assertThat(second.status()).isEqualTo(303);
        assertThat(listed.html().select("#company-providers tbody tr")).hasSize(2);
        assertThat(listed.html().select("#company-domains tbody tr").eachText()).containsExactlyInAnyOrder(
                contractors + " " + provider.issuer(contractorIdp), staff + " " + provider.issuer(staffIdp));
        assertThat(listed.html().selectFirst("#changes").text()).contains(
                "Sent a domain’s people to an identity provider: " + contractors + " → " + provider.issuer(contractorIdp),
                "Sent a domain’s people to an identity provider: " + staff + " → " + provider.issuer(staffIdp));
        assertThat(sam.authorization).startsWith(provider.issuer(staffIdp) + "/authorize?");
        assertThat(cleo.authorization).startsWith(provider.issuer(contractorIdp) + "/authorize?");
        assertThat(samBack.status()).isEqualTo(303);
        assertThat(cleoBack.status()).isEqualTo(303);
        for (String email : List.of("sam@" + staff, "cleo@" + contractors)) {
            UserSummary person = users.findByEmail(email).orElseThrow();
            assertThat(person.roles()).containsExactly(Role.LEARNER);
            assertThat(partners.currentEmployer(person.id()).map(Partner::id)).contains(initrode.id());
        }
        assertThat(borrowed.status()).isEqualTo(403);
        assertThat(borrowed.html().selectFirst("#sso-failure").text())
                .contains("signs in through another of your company’s sign-in services");
        assertThat(users.findByEmail("boss@" + staff)).isEmpty();
        assertThat(companies.count("SELECT COUNT(*) FROM sso_identity WHERE subject = 'cleo-2'")).isZero();
    }

    @Test
    void aDomainThatNamesNoProviderOrAnOffOneIsAnsweredLikeAnUnknownAddressAndContinuesToThePassword()
            throws Exception {
        SsoCompanies.Company hooli = companies.company(provider, "Hooli");
        String unrouted = "unrouted-" + hooli.domain();
        setup.claim(new DomainForm(unrouted, hooli.partner().id()), companies.admin());
        UserSummary paula = fixtures.employee(hooli.partner(), "Paula Admin", Role.PARTNER_ADMIN);
        Browser browser = signedIn(paula);
        String edit = page(hooli.partner()) + "/providers/" + hooli.provider().id();
        Browser.Page offered = browser.get(edit);
        // Paula keeps the provider's own domain and unticks the second one.
        Browser.Page saved = browser.postFields(edit, form(hooli.partner(), hooli.provider().issuer(),
                hooli.provider().clientId(), "", hooli.domain()));
        SsoCompanies.Company off = companies.company(provider, "Switched Off");
        setup.save(off.provider().id(), new ProviderForm(off.partner().id(), off.provider().issuer(),
                off.provider().clientId(), "", null, null, null), companies.admin());

        Browser.Page known = answer(hooli.email("kim"));
        Browser.Page none = answer("kim@" + unrouted);
        Browser.Page switchedOff = answer(off.email("kim"));
        Browser.Page unknown = answer("kim@nowhere.example");

        assertThat(offered.html().select("#domain-choices input[type=checkbox][checked]").eachAttr("value"))
                .as("a second domain claimed while the company had one provider went to it")
                .containsExactlyInAnyOrder(hooli.domain(), unrouted);
        assertThat(saved.status()).isEqualTo(303);
        assertThat(companies.value("SELECT COALESCE(provider_id, 'none') FROM sso_domain WHERE domain = '"
                + unrouted + "'")).isEqualTo("none");
        assertThat(known.html().selectFirst("#sso-continue").attr("href"))
                .startsWith(provider.issuer(hooli.issuerId()) + "/authorize?");
        for (Browser.Page page : List.of(none, switchedOff, unknown)) {
            assertThat(page.status()).isEqualTo(known.status()).isEqualTo(200);
            assertThat(page.html().selectFirst("main").text()).isEqualTo(known.html().selectFirst("main").text());
            assertThat(page.html().selectFirst("#sso-continue").attr("href")).startsWith("/login?next=%2F&email=kim%40");
        }
        assertThat(browser.get(page(hooli.partner())).html().selectFirst("#changes").text())
                .contains("People of the domain " + unrouted + " now sign in with their password (no provider)");
    }

    private Browser.Page answer(String email) {
        Browser browser = new Browser(server.getURI());
        browser.get("/sso");
        return browser.post("/sso", Map.of("email", email, "next", "/"));
    }

    @Test
    void aFormNamingAnotherCompanysDomainOrRepeatingAProviderIsRefusedAtItsFieldWithNothingWritten()
            throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Acme");
        SsoCompanies.Company globex = companies.company(provider, "Globex");
        UserSummary paula = fixtures.employee(acme.partner(), "Paula Admin", Role.PARTNER_ADMIN);
        long changesBefore = companies.count("SELECT COUNT(*) FROM sso_setting_change");
        Browser browser = signedIn(paula);
        browser.get(page(acme.partner()));

        Browser.Page othersDomain = browser.postFields(page(acme.partner()) + "/providers",
                form(acme.partner(), provider.issuer(issuerId()), "second", "secret-2", globex.domain()));
        Browser.Page sameClient = browser.postFields(page(acme.partner()) + "/providers",
                form(acme.partner(), acme.provider().issuer(), acme.provider().clientId(), "secret-3"));

        assertThat(othersDomain.status()).isEqualTo(422);
        assertThat(othersDomain.html().selectFirst("#domains-errors").text())
                .contains("Choose only email domains claimed for this company");
        assertThat(othersDomain.html().select("#domain-choices input[type=checkbox]").eachAttr("value"))
                .as("only the company's own domains are offered").containsExactly(acme.domain());
        assertThat(othersDomain.body()).doesNotContain("secret-2");
        assertThat(sameClient.status()).isEqualTo(422);
        assertThat(sameClient.html().selectFirst("#clientId-errors").text())
                .contains("already has an identity provider with this issuer and client id");
        assertThat(companies.count("SELECT COUNT(*) FROM sso_provider WHERE partner_id = " + acme.partner().id()))
                .isEqualTo(1);
        assertThat(companies.value("SELECT provider_id FROM sso_domain WHERE domain = '" + globex.domain() + "'"))
                .isEqualTo(String.valueOf(globex.provider().id()));
        assertThat(companies.count("SELECT COUNT(*) FROM sso_setting_change")).isEqualTo(changesBefore);
    }
}
