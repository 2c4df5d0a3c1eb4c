package io.partneracademy.sso;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when" in a real Chromium: an admin sets up a company's identity provider and claims its domain
 * on the pages, then a person of that company signs in through the provider (a real OpenID Connect server in the
 * test JVM), lands in the company as a learner, takes a course to the end, and signs out here and at the provider.
 */
@MicronautTest(transactional = false)
class SsoInBrowserTest extends WithIdentityProvider {

    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    Users users;
    @Inject
    Partners partners;
    @Inject
    SsoSetup setup;

    @BeforeAll
    void importShippedContent() {
        contentImporter.importTree(ProjectDir.get().resolve("content"), null);
    }

    @Test
    void aPersonSignsInWithTheirCompanyAccountAndTakesACourse() {
        Partner globex = fixtures.partner("Globex");
        Partner initech = fixtures.partner("Initech");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        String issuer = provider.issuer("globex");

        RealBrowser adminBrowser = new RealBrowser(server.getURI()).signIn(admin.email(), Fixtures.PASSWORD);
        adminBrowser.clickLink("Single sign-on").clickLink("Add a provider");
        String trustWarning = adminBrowser.find("#trustEmail-warning").getText();
        boolean trustedByDefault = adminBrowser.find("#trustEmail").isSelected();
        new Select(adminBrowser.find("#partnerId")).selectByVisibleText(globex.name());
        adminBrowser.type("#issuer", issuer).type("#clientId", "partner-academy").type("#clientSecret", "s3cret")
                .clickButton("Save");
        String savedFlash = adminBrowser.find(".flash").getText();
        adminBrowser.type("#domain", "globex.example");
        new Select(adminBrowser.find("#partnerId")).selectByVisibleText(globex.name());
        adminBrowser.clickButton("Claim domain");
        adminBrowser.type("#domain", "GLOBEX.example");
        new Select(adminBrowser.find("#partnerId")).selectByVisibleText(initech.name());
        clickExpectingRefusal(adminBrowser, "#claim-domain button[type=submit]", "422");
        String taken = adminBrowser.find("#domain-errors").getText();
        adminBrowser.open("/admin/sso").screenshot("sso-admin");
        String providers = adminBrowser.find("#providers").getText();
        String domains = adminBrowser.find("#domains").getText();

        provider.nextSignIn("globex", "lena-42", Map.of("email", "lena.lopez@globex.example",
                "email_verified", true, "name", "Lena López"));
        RealBrowser lena = new RealBrowser(server.getURI());
        lena.open("/login").clickLink("Sign in with your company account").screenshot("sso-sign-in");
        lena.type("#email", "lena.lopez@globex.example");
        continueToProvider(lena);
        String landed = lena.waitFor(d -> "/".equals(URI.create(d.getCurrentUrl()).getPath()) ? "/" : null);
        String welcome = lena.find("h1").getText();
        UserSummary person = users.findByEmail("lena.lopez@globex.example").orElseThrow();

        lena.open("/courses/program-essentials");
        if (!lena.all("form[action$='/enrol'] button").isEmpty()) {
            lena.clickButton("Enrol");
        }
        lena.click("#continue");
        int lessons = 0;
        do {
            while (!lena.all("button#complete").isEmpty()) {
                lena.clickButton("Mark complete and continue");
                lessons++;
            }
        } while (lena.leaveQuizForLater());
        lena.open("/courses/program-essentials");
        String courseState = lena.find("#course-complete").getText();
        lena.open("/profile");
        String noPassword = lena.find("#password-none").getText();
        lena.type("#password", "lena's own pass phrase").type("#confirmation", "lena's own pass phrase")
                .clickButton("Set password");
        String passwordSet = lena.find(".flash").getText();

        lena.clickButton("Sign out");
        String signedOut = lena.find("h1").getText();
        lena.click("#sign-out-elsewhere");
        String afterProviderLogout = lena.driver().getCurrentUrl();
        boolean signedInAfter = !lena.all("a.who").isEmpty();
        RealBrowser withPassword = new RealBrowser(server.getURI()).signIn("lena.lopez@globex.example",
                "lena's own pass phrase");
        String byPassword = withPassword.find("h1").getText();

        assertThat(trustWarning).startsWith("Warning").contains("Entra ID");
        assertThat(trustedByDefault).isFalse();
        assertThat(savedFlash).contains("Identity provider saved");
        assertThat(taken).contains("already claimed");
        assertThat(providers).contains(globex.name(), issuer, "partner-academy", "On").doesNotContain("s3cret");
        assertThat(domains).contains("globex.example", globex.name()).doesNotContain(initech.name());
        assertThat(landed).isEqualTo("/");
        assertThat(welcome).contains("Lena López");
        assertThat(person.roles()).containsExactly(Role.LEARNER);
        assertThat(partners.currentEmployer(person.id()).map(Partner::name)).contains(globex.name());
        assertThat(lessons).isPositive();
        assertThat(courseState).startsWith("Course complete");
        assertThat(signedOut).isEqualTo("Signed out");
        assertThat(afterProviderLogout).as("the provider sent the browser back to our home page")
                .isEqualTo(server.getURI() + "/");
        assertThat(signedInAfter).isFalse();
        assertThat(noPassword).contains("no password here");
        assertThat(passwordSet).contains("Your password is set");
        assertThat(byPassword).as("the same person signs in with the password they set").contains("Lena López");
    }

    @Test
    void aPersonWhoseDomainBelongsToAnotherCompanySeesWhyAndIsNotSignedIn() {
        Partner umbrella = fixtures.partner("Umbrella");
        Partner hooli = fixtures.partner("Hooli");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        var me = new io.partneracademy.accounts.CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles());
        for (Partner company : List.of(umbrella, hooli)) {
            String id = company == umbrella ? "umbrella" : "hooli";
            setup.save(null, new ProviderForm(company.id(), provider.issuer(id), "academy", "secret", "on", null, null), me);
            setup.claim(new DomainForm(id + ".example", company.id()), me);
        }
        provider.nextSignIn("hooli", "spy", Map.of("email", "ceo@umbrella.example", "email_verified", true));

        RealBrowser spy = new RealBrowser(server.getURI());
        spy.open("/sso");
        String page = spy.text();
        spy.type("#email", "spy@hooli.example");
        continueToProvider(spy);
        spy.waitQuietly(d -> d.getCurrentUrl().contains("/sso/callback") && !d.findElements(By.id("sso-failure"))
                .isEmpty());
        List<String> errors = spy.drainConsole();
        spy.checked();
        String why = spy.find("#sso-failure").getText();

        assertThat(page).as("nobody learns which companies sign in here").doesNotContain(umbrella.name(), hooli.name());
        assertThat(errors).allSatisfy(e -> assertThat(e).contains("Failed to load resource").contains("403"));
        assertThat(why).contains("belongs to another partner company");
        assertThat(users.findByEmail("ceo@umbrella.example")).isEmpty();
        assertThat(spy.all("a.who")).isEmpty();
    }

    @Test
    void aPartnerAdminSetsUpTheirCompanysSignInAndTheirPeopleUseIt() {
        Partner soylent = fixtures.partner("Soylent");
        Partner tyrell = fixtures.partner("Tyrell");
        UserSummary paula = fixtures.employee(soylent, "Paula Admin", Role.PARTNER_ADMIN);
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        var me = new io.partneracademy.accounts.CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles());
        setup.claim(new DomainForm("soylent.example", soylent.id()), me);
        String issuer = provider.issuer("soylent");

        RealBrowser pa = new RealBrowser(server.getURI()).signIn(paula.email(), Fixtures.PASSWORD);
        pa.clickLink("Partners").clickLink(soylent.name()).clickLink("Single sign-on for your people");
        String path = pa.path();
        String before = pa.find("#provider-state").getText();
        String domains = pa.find("#company-domains").getText();
        pa.type("#issuer", issuer.replace("localhost", "127.0.0.1")).type("#clientId", "academy")
                .type("#clientSecret", "soylent-secret-1");
        pa.clickButtonRefused("Save", 422);
        String internal = pa.find("#issuer-errors").getText();
        String secretAfterRefusal = pa.find("#clientSecret").getAttribute("value");
        pa.type("#issuer", issuer).type("#clientSecret", "soylent-secret-1").clickButton("Save")
                .screenshot("sso-partner-admin");
        String saved = pa.find(".flash").getText();
        String state = pa.find("#company-providers tbody tr").getText();
        String trail = pa.find("#changes").getText();
        String page = pa.driver().getPageSource();
        pa.openRefused("/partners/" + tyrell.id() + "/sso");
        String refused = pa.find("h1").getText();

        provider.nextSignIn("soylent", "sol-1", Map.of("email", "sol.green@soylent.example", "email_verified", true,
                "name", "Sol Green"));
        RealBrowser sol = new RealBrowser(server.getURI());
        sol.open("/sso").type("#email", "sol.green@soylent.example");
        continueToProvider(sol);
        sol.waitFor(d -> "/".equals(URI.create(d.getCurrentUrl()).getPath()) ? "/" : null);
        sol.checked();
        String welcome = sol.find("h1").getText();
        UserSummary person = users.findByEmail("sol.green@soylent.example").orElseThrow();
        RealBrowser adminBrowser = new RealBrowser(server.getURI()).signIn(admin.email(), Fixtures.PASSWORD);
        adminBrowser.clickLink("Single sign-on");
        String adminTrail = adminBrowser.find("#changes").getText();

        assertThat(path).isEqualTo("/partners/" + soylent.id() + "/sso");
        assertThat(before).contains("No identity provider yet");
        assertThat(domains).contains("soylent.example", "No provider: password sign-in");
        assertThat(internal).contains("private, loopback or link-local network");
        assertThat(secretAfterRefusal).isEmpty();
        assertThat(saved).contains("Identity provider saved");
        assertThat(state).contains(issuer, "academy", "soylent.example", "On");
        assertThat(trail).contains("Paula Admin", "Added the identity provider " + issuer);
        assertThat(page).doesNotContain("soylent-secret-1");
        assertThat(refused).isNotBlank();
        assertThat(welcome).contains("Sol Green");
        assertThat(person.roles()).containsExactly(Role.LEARNER);
        assertThat(partners.currentEmployer(person.id()).map(Partner::name)).contains(soylent.name());
        assertThat(adminTrail).contains("Paula Admin", soylent.name(), "Added the identity provider " + issuer,
                "Ada Admin", "Claimed the domain soylent.example");
    }

    @Test
    void anAdminGivesEachOfACompanysTwoProvidersItsOwnDomain() {
        Partner initrode = fixtures.partner("Initrode");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        var me = new io.partneracademy.accounts.CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles());
        setup.claim(new DomainForm("initrode.example", initrode.id()), me);
        setup.claim(new DomainForm("contractors.initrode.example", initrode.id()), me);
        String staff = provider.issuer("initrode-staff");
        String contractors = provider.issuer("initrode-contractors");
        // The first provider takes both domains; the second serves none until one is given to it.
        setup.save(null, new ProviderForm(initrode.id(), staff, "academy", "secret-1", "on", null, null), me);
        setup.save(null, new ProviderForm(initrode.id(), contractors, "academy", "secret-2", "on", null, null), me);

        RealBrowser browser = new RealBrowser(server.getURI()).signIn(admin.email(), Fixtures.PASSWORD);
        browser.clickLink("Single sign-on");
        String before = browser.find("#providers").getText();
        browser.click("#providers a[aria-label*='" + contractors + "']");
        String offered = browser.find("#domain-choices").getText();
        browser.press("#domain-choices input[value='contractors.initrode.example']");
        browser.clickButton("Save").screenshot("sso-admin-two-providers");
        String saved = browser.find(".flash").getText();
        List<String> providers = browser.all("#providers tbody tr").stream().map(r -> r.getText())
                .filter(row -> row.startsWith(initrode.name())).toList();
        String domains = browser.find("#domains").getText();
        String trail = browser.find("#changes").getText();
        browser.open("/partners/" + initrode.id() + "/sso");
        List<String> companyDomains = browser.all("#company-domains tbody tr").stream().map(r -> r.getText()).toList();

        assertThat(before).contains(staff, contractors);
        assertThat(offered).contains("contractors.initrode.example (now through " + staff + ")");
        assertThat(saved).contains("Identity provider saved");
        assertThat(providers).hasSize(2);
        assertThat(providers.get(0)).contains(initrode.name(), staff, "initrode.example")
                .doesNotContain("contractors.initrode.example");
        assertThat(providers.get(1)).contains(initrode.name(), contractors, "contractors.initrode.example");
        assertThat(domains).contains("contractors.initrode.example " + initrode.name() + " " + contractors);
        assertThat(trail).contains("Sent a domain’s people to an identity provider: contractors.initrode.example → "
                + contractors);
        assertThat(companyDomains).containsExactly("contractors.initrode.example " + contractors,
                "initrode.example " + staff);
    }

    @Test
    void aPersonWhoSignsOutAtTheirProviderIsSignedOutHereToo() throws Exception {
        SsoCompanies.Company vandelay = companies.company(provider, "Vandelay");
        String email = vandelay.email("art");
        Map<String, Object> claims = new HashMap<>(SsoCompanies.verified(email, "Art Vandelay"));
        claims.put("sid", "vandelay-session-1");
        provider.nextSignIn(vandelay.issuerId(), "art-1", claims);
        RealBrowser art = new RealBrowser(server.getURI());
        art.open("/sso").type("#email", email);
        continueToProvider(art);
        art.waitFor(d -> "/".equals(URI.create(d.getCurrentUrl()).getPath()) ? "/" : null);
        art.checked();
        String before = art.find("a.who").getText();

        var answer = provider.sendLogoutToken(server.getURI().resolve(BackChannelLogoutController.PATH),
                provider.logoutToken(vandelay.issuerId(), vandelay.provider().clientId(), "art-1",
                        Map.of("sid", "vandelay-session-1", "events",
                                Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))));
        art.open("/profile");
        String after = URI.create(art.driver().getCurrentUrl()).getPath();

        assertThat(before).contains("Art Vandelay");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(after).as("the next page asks to sign in").isEqualTo("/login");
        assertThat(art.all("a.who")).isEmpty();
    }

    /**
     * Sends the email form; the answer refreshes on to the provider at once, which sends the browser back, so the
     * page is checked where the journey ends and not while it moves on.
     */
    private static void continueToProvider(RealBrowser browser) {
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Continue']")).click();
    }

    /**
     * Clicks a submit whose answer is an error page (422, 403): Chromium logs the status of the page itself as a
     * console error, the one error allowed here; the page is then checked as any other.
     */
    private static void clickExpectingRefusal(RealBrowser browser, String selector, String status) {
        By by = selector.startsWith("//") ? By.xpath(selector) : By.cssSelector(selector);
        var html = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(by).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        List<String> errors = browser.drainConsole();
        assertThat(errors).allSatisfy(e -> assertThat(e).contains("Failed to load resource").contains(status));
        browser.checked();
    }
}
