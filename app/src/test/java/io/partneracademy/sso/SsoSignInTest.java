package io.partneracademy.sso;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.support.Browser;
import io.partneracademy.support.Fixtures;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect provider running in the test JVM: discovery, the code flow with
 * PKCE, state and nonce, every ID-token check, matching by verified email domain, just-in-time learners, linking to
 * password accounts, logout at the provider, and the forgeries an attacker would try.
 */
@MicronautTest(transactional = false)
class SsoSignInTest extends WithIdentityProvider {

    @Inject
    Fixtures fixtures;
    @Inject
    SsoSetup setup;
    @Inject
    Users users;
    @Inject
    Partners partners;
    @Inject
    People people;
    @Inject
    DataSource dataSource;
    @Inject
    SsoHousekeeping housekeeping;
    @Inject
    io.partneracademy.support.TestClock clock;

    long count(String sql) throws Exception {
        return companies.count(sql);
    }

    @Test
    void aNewPersonSignsInWithPkceAndBecomesALearnerAtTheirCompany() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Acme");
        String email = acme.email("mia.jones");
        provider.nextSignIn(acme.issuerId(), "mia-123", SsoCompanies.verified(email, "Mia Jones"));

        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/courses");
        Map<String, String> asked = SsoJourney.query(journey.authorization);
        journey.atProvider();
        Browser.Page back = journey.back();
        String tokenRequest = provider.takeRequestBody("/" + acme.issuerId() + "/token");
        Map<String, String> tokenFields = SsoJourney.query("http://x/?" + tokenRequest);
        UserSummary created = users.findByEmail(email).orElseThrow();
        Browser.Page home = journey.browser.get("/");

        assertThat(journey.authorization).startsWith(provider.issuer(acme.issuerId()) + "/authorize?");
        assertThat(asked).containsEntry("response_type", "code").containsEntry("client_id", "academy-" + acme.issuerId())
                .containsEntry("code_challenge_method", "S256").containsEntry("redirect_uri", server.getURI() + "/sso/callback")
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(asked.get("scope").split(" ")).contains("openid", "email");
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(tokenFields.get("code_verifier").getBytes(StandardCharsets.US_ASCII)));
        assertThat(challenge).as("the verifier sent with the code matches the challenge sent with the request")
                .isEqualTo(asked.get("code_challenge"));
        assertThat(back.status()).isEqualTo(303);
        assertThat(back.location()).isEqualTo("/courses");
        assertThat(home.text()).contains("Mia Jones");
        assertThat(created.roles()).containsExactly(Role.LEARNER);
        assertThat(partners.currentEmployer(created.id()).map(Partner::id)).contains(acme.partner().id());
        assertThat(count("SELECT COUNT(*) FROM sso_identity WHERE subject = 'mia-123' AND user_id = " + created.id()))
                .isEqualTo(1);
    }

    @Test
    void theClientSecretIsStoredEncrypted() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Vault");

        assertThat(count("SELECT COUNT(*) FROM sso_provider WHERE client_secret LIKE '%s3cret%' AND id = "
                + acme.provider().id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM sso_provider WHERE client_secret LIKE 'v1:%' AND id = "
                + acme.provider().id())).isEqualTo(1);
    }

    @Test
    void aPasswordAccountIsLinkedByItsVerifiedEmailAndKeepsItsHistory() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Linked");
        UserSummary existing = fixtures.employee(acme.partner(), "Omar Existing", Role.LEARNER);
        // The fixture's address is at example.com; the person's work address is in the company's claimed domain.
        String email = acme.email("omar");
        try (var c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); var s = c.prepareStatement("UPDATE app_user SET email = ? WHERE id = ?")) {
            s.setString(1, email);
            s.setLong(2, existing.id());
            s.executeUpdate();
        }
        long usersBefore = count("SELECT COUNT(*) FROM app_user");
        provider.nextSignIn(acme.issuerId(), "omar-sub", SsoCompanies.verified(email, "Omar From IdP"));

        Browser.Page back = new SsoJourney(server.getURI()).start(email, "/").atProvider().back();
        Browser password = new Browser(server.getURI());
        Browser.Page passwordSignIn = password.login(email, Fixtures.PASSWORD);

        assertThat(back.status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM app_user")).as("no second account").isEqualTo(usersBefore);
        assertThat(count("SELECT user_id FROM sso_identity WHERE subject = 'omar-sub'")).isEqualTo(existing.id());
        assertThat(people.history(existing.id())).hasSize(1).first()
                .satisfies(p -> assertThat(p.jobTitle()).isEqualTo("Engineer"));
        assertThat(users.get(existing.id()).displayName()).isEqualTo("Omar Existing");
        assertThat(passwordSignIn.status()).as("the password still signs in to the same account").isEqualTo(303);
    }

    @Test
    void aLinkedPersonSignsInAgainThroughTheProviderToTheSameAccount() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Again");
        String email = acme.email("ken");
        provider.nextSignIn(acme.issuerId(), "ken-sub", SsoCompanies.verified(email, "Ken"));
        new SsoJourney(server.getURI()).start(email, "/").atProvider().back();
        long id = users.findByEmail(email).orElseThrow().id();
        provider.nextSignIn(acme.issuerId(), "ken-sub", SsoCompanies.verified(email, "Ken"));

        Browser.Page again = new SsoJourney(server.getURI()).start(email, "/").atProvider().back();

        assertThat(again.status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM sso_identity WHERE user_id = " + id)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM employment WHERE user_id = " + id)).isEqualTo(1);
    }

    private void refused(SsoCompanies.Company company, String email, String expectedText) throws Exception {
        long usersBefore = count("SELECT COUNT(*) FROM app_user");
        long sessionsBefore = count("SELECT COUNT(*) FROM user_session");
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/").atProvider();

        Browser.Page back = journey.back();

        assertThat(back.status()).isIn(400, 403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains(expectedText);
        assertThat(count("SELECT COUNT(*) FROM app_user")).as("no account created").isEqualTo(usersBefore);
        assertThat(count("SELECT COUNT(*) FROM user_session")).as("nobody signed in").isEqualTo(sessionsBefore);
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Audience");
        String email = acme.email("eve");
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/");
        String nonce = SsoJourney.query(journey.authorization).get("nonce");
        journey.atProvider();
        provider.nextTokenAnswer(acme.issuerId(), provider.signedByIssuer(acme.issuerId(), "eve", "some-other-client",
                Map.of("nonce", nonce, "email", email, "email_verified", true)));

        Browser.Page back = journey.back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("could not be verified");
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Issuer");
        SsoCompanies.Company other = companies.company(provider, "Other issuer");
        String email = acme.email("ivan");
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/");
        String nonce = SsoJourney.query(journey.authorization).get("nonce");
        journey.atProvider();
        provider.nextTokenAnswer(acme.issuerId(), provider.signedByIssuer(other.issuerId(), "ivan",
                "academy-" + acme.issuerId(), Map.of("nonce", nonce, "email", email, "email_verified", true)));

        Browser.Page back = journey.back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Expired");
        String email = acme.email("old");
        provider.nextSignIn(acme.issuerId(), "old", null, SsoCompanies.verified(email, "Old"), -600);

        refused(acme, email, "could not be verified");
    }

    @Test
    void anIdTokenSignedWithAnotherKeyIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Signature");
        String email = acme.email("mallory");
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/");
        String nonce = SsoJourney.query(journey.authorization).get("nonce");
        journey.atProvider();
        provider.nextTokenAnswer(acme.issuerId(), provider.signedByStranger(acme.issuerId(), "mallory", "academy-" + acme.issuerId(),
                Map.of("nonce", nonce, "email", email, "email_verified", true)));

        Browser.Page back = journey.back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("could not be verified");
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Nonce");
        String email = acme.email("replay");
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/").atProvider();
        provider.nextTokenAnswer(acme.issuerId(), provider.signedByIssuer(acme.issuerId(), "replay", "academy-" + acme.issuerId(),
                Map.of("nonce", "a-nonce-from-another-sign-in", "email", email, "email_verified", true)));

        Browser.Page back = journey.back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("could not be verified");
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void anUnverifiedEmailIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Unverified");
        String email = acme.email("nobody");
        provider.nextSignIn(acme.issuerId(), "nobody", Map.of("email", email, "email_verified", false));

        refused(acme, email, "verified email address");
    }

    @Test
    void anEmailInADomainNobodyClaimedIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Unclaimed");
        String email = "someone@unclaimed-" + acme.issuerId() + ".example";
        provider.nextSignIn(acme.issuerId(), "someone", SsoCompanies.verified(email, "Someone"));
        long usersBefore = count("SELECT COUNT(*) FROM app_user");

        Browser.Page started = new SsoJourney(server.getURI()).browser.post("/sso",
                Map.of("email", acme.email("someone"), "next", "/"));
        Browser.Page back = new SsoJourney(server.getURI()).start(acme.email("someone"), "/").atProvider().back();

        assertThat(started.status()).as("a post without the page's CSRF token").isEqualTo(403);
        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("No partner company has claimed");
        assertThat(count("SELECT COUNT(*) FROM app_user")).isEqualTo(usersBefore);
    }

    @Test
    void aProviderCannotSignInPeopleOfADomainAnotherCompanyClaimed() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Honest");
        SsoCompanies.Company rogue = companies.company(provider, "Rogue");
        String victim = acme.email("victim");
        provider.nextSignIn(rogue.issuerId(), "victim", SsoCompanies.verified(victim, "Victim"));
        SsoJourney journey = new SsoJourney(server.getURI()).start(rogue.email("victim"), "/");

        Browser.Page back = journey.atProvider().back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("belongs to another partner company");
        assertThat(users.findByEmail(victim)).isEmpty();
    }

    @Test
    void aProviderCannotSignInAsTheVendorsStaff() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Staff");
        UserSummary manager = fixtures.user("Pat Manager", Role.PARTNER_MANAGER);
        String email = acme.email("pat");
        try (var c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); var s = c.prepareStatement("UPDATE app_user SET email = ? WHERE id = ?")) {
            s.setString(1, email);
            s.setLong(2, manager.id());
            s.executeUpdate();
        }
        provider.nextSignIn(acme.issuerId(), "pat", SsoCompanies.verified(email, "Pat"));

        Browser.Page back = new SsoJourney(server.getURI()).start(email, "/").atProvider().back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("our own staff");
        assertThat(count("SELECT COUNT(*) FROM sso_identity WHERE user_id = " + manager.id())).isZero();
    }

    @Test
    void aCallbackWithAnotherBrowsersStateIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Forged");
        String email = acme.email("victim");
        provider.nextSignIn(acme.issuerId(), "attacker", SsoCompanies.verified(email, "Attacker"));
        SsoJourney attacker = new SsoJourney(server.getURI()).start(email, "/").atProvider();
        Browser victim = new Browser(server.getURI());

        Browser.Page forged = victim.get(attacker.callbackUrl);
        Browser.Page noState = victim.get("/sso/callback?code=abc");

        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.html().selectFirst("#sso-failure").text()).contains("did not start in this browser");
        assertThat(noState.status()).isEqualTo(400);
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void aReplayedCallbackIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Replay");
        String email = acme.email("once");
        provider.nextSignIn(acme.issuerId(), "once", SsoCompanies.verified(email, "Once"));
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/").atProvider();
        Browser.Page first = journey.back();
        long sessions = count("SELECT COUNT(*) FROM user_session");
        journey.browser.setCookie(SsoController.STATE_COOKIE, SsoJourney.query(journey.callbackUrl).get("state"));

        Browser.Page second = journey.browser.get(journey.callbackUrl);

        assertThat(first.status()).isEqualTo(303);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.html().selectFirst("#sso-failure").text()).contains("already used");
        assertThat(count("SELECT COUNT(*) FROM user_session")).isEqualTo(sessions);
    }

    @Test
    void aCodeFromAnotherSignInDoesNotWorkWithANewState() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Code");
        String email = acme.email("code");
        provider.nextSignIn(acme.issuerId(), "code", SsoCompanies.verified(email, "Code"));
        SsoJourney stolen = new SsoJourney(server.getURI()).start(email, "/").atProvider();
        String code = SsoJourney.query(stolen.callbackUrl).get("code");
        SsoJourney attacker = new SsoJourney(server.getURI()).start(email, "/");
        String state = SsoJourney.query(attacker.authorization).get("state");

        Browser.Page back = attacker.browser.get("/sso/callback?state=" + state + "&code=" + code);

        assertThat(back.status()).as("the code was bound to the other sign-in's PKCE challenge").isIn(403, 502);
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void theReturnAddressStaysOnThisSite() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Redirect");
        for (String next : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example")) {
            String email = acme.email("r" + Math.abs(next.hashCode()));
            provider.nextSignIn(acme.issuerId(), "r" + next.hashCode(), SsoCompanies.verified(email, "R"));

            Browser.Page back = new SsoJourney(server.getURI()).start(email, next).atProvider().back();

            assertThat(back.status()).isEqualTo(303);
            assertThat(back.location()).as(next).isEqualTo("/");
        }
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Logout");
        String email = acme.email("leaver");
        provider.nextSignIn(acme.issuerId(), "leaver", SsoCompanies.verified(email, "Leaver"));
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/").atProvider();
        journey.back();
        journey.browser.get("/");

        Browser.Page out = journey.browser.post("/logout", Map.of());
        Browser.Page after = journey.browser.get("/profile");

        assertThat(out.status()).isEqualTo(200);
        String elsewhere = out.html().selectFirst("#sign-out-elsewhere").attr("href");
        assertThat(elsewhere).startsWith(provider.endSession(acme.issuerId()) + "?");
        assertThat(SsoJourney.query(elsewhere)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", server.getURI() + "/")
                .containsEntry("client_id", "academy-" + acme.issuerId());
        assertThat(after.status()).as("signed out here").isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM sso_session WHERE provider_id = " + acme.provider().id())).isZero();
    }

    @Test
    void aLinkedPersonWhoMovedToAnotherCompanyNoLongerSignsInThroughTheOldCompanysProvider() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Old Employer");
        Partner beta = fixtures.partner("New Employer");
        String email = acme.email("mover");
        provider.nextSignIn(acme.issuerId(), "mover-sub", SsoCompanies.verified(email, "Mo Mover"));
        new SsoJourney(server.getURI()).start(email, "/").atProvider().back();
        UserSummary mover = users.findByEmail(email).orElseThrow();
        people.employ(mover.id(), beta.id(), null, java.time.LocalDate.now(clock).plusDays(1));
        long sessionsBefore = count("SELECT COUNT(*) FROM user_session WHERE user_id = " + mover.id());
        provider.nextSignIn(acme.issuerId(), "mover-sub", SsoCompanies.verified(email, "Mo Mover"));

        Browser.Page back = new SsoJourney(server.getURI()).start(email, "/").atProvider().back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text())
                .contains("no longer belongs to the company of this sign-in service");
        assertThat(count("SELECT COUNT(*) FROM user_session WHERE user_id = " + mover.id())).isEqualTo(sessionsBefore);
        assertThat(partners.currentEmployer(mover.id()).map(Partner::id)).contains(beta.id());
        assertThat(count("SELECT COUNT(*) FROM sso_setting_change WHERE partner_id = " + acme.partner().id()
                + " AND kind = 'SIGN_IN_REFUSED_NOT_EMPLOYED' AND actor_id = " + mover.id() + " AND detail IS NULL"))
                .as("one trail line at the old company, naming the person and not where they work now").isEqualTo(1);
    }

    @Test
    void anAccountAtAnotherCompanyIsNotLinkedByAnEmailInTheProvidersDomain() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Domain Owner");
        Partner beta = fixtures.partner("Employer Elsewhere");
        UserSummary elsewhere = fixtures.employee(beta, "Eli Elsewhere", Role.LEARNER);
        String email = acme.email("eli");
        try (var c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var s = c.prepareStatement("UPDATE app_user SET email = ? WHERE id = ?")) {
            s.setString(1, email);
            s.setLong(2, elsewhere.id());
            s.executeUpdate();
        }
        provider.nextSignIn(acme.issuerId(), "eli-sub", SsoCompanies.verified(email, "Eli"));

        Browser.Page back = new SsoJourney(server.getURI()).start(email, "/").atProvider().back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("no longer belongs");
        assertThat(count("SELECT COUNT(*) FROM sso_identity WHERE subject = 'eli-sub'")).as("not linked").isZero();
        assertThat(count("SELECT COUNT(*) FROM user_session WHERE user_id = " + elsewhere.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM sso_setting_change WHERE partner_id = " + acme.partner().id()
                + " AND kind = 'SIGN_IN_REFUSED_NOT_EMPLOYED'")).isEqualTo(1);
    }

    @Test
    void anEmailWithoutACompanySignInIsAnsweredLikeOneWithItAndContinuesToThePasswordSignIn() {
        SsoCompanies.Company acme = companies.company(provider, "Discovery");
        Browser withSso = new Browser(server.getURI());
        withSso.get("/sso");
        Browser without = new Browser(server.getURI());
        without.get("/sso");

        Browser.Page known = withSso.post("/sso", Map.of("email", acme.email("kim"), "next", "/courses"));
        Browser.Page unknown = without.post("/sso", Map.of("email", "someone@nowhere.example", "next", "/courses"));
        String link = unknown.html().selectFirst("#sso-continue").attr("href");
        Browser.Page passwordPage = without.get(link);

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(200);
        assertThat(unknown.html().selectFirst("h1").text()).isEqualTo(known.html().selectFirst("h1").text());
        assertThat(unknown.html().selectFirst("main").text()).isEqualTo(known.html().selectFirst("main").text());
        assertThat(unknown.text()).doesNotContain("No company sign-in");
        assertThat(without.cookie(SsoController.STATE_COOKIE)).as("a state cookie as for a provider").isNotBlank();
        assertThat(link).isEqualTo("/login?next=%2Fcourses&email=someone%40nowhere.example");
        assertThat(passwordPage.status()).isEqualTo(200);
        assertThat(passwordPage.html().selectFirst("input[name=password]")).isNotNull();
        assertThat(passwordPage.html().selectFirst("input[name=email]").attr("value"))
                .as("the address typed on the company sign-in page, not typed twice").isEqualTo("someone@nowhere.example");
        assertThat(known.html().selectFirst("#sso-continue").attr("href"))
                .startsWith(provider.issuer(acme.issuerId()) + "/authorize?");
    }

    @Test
    void aSignInThatTookTooLongIsRefusedAndAbandonedOnesAreCleanedUp() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Slow");
        String email = acme.email("slow");
        provider.nextSignIn(acme.issuerId(), "slow", SsoCompanies.verified(email, "Slow"));
        SsoJourney slow = new SsoJourney(server.getURI()).start(email, "/").atProvider();
        new SsoJourney(server.getURI()).start(acme.email("abandoned"), "/");
        long waiting = count("SELECT COUNT(*) FROM sso_request WHERE provider_id = " + acme.provider().id());
        clock.advance(java.time.Duration.ofMinutes(11));

        Browser.Page back = slow.back();
        housekeeping.clean();

        assertThat(waiting).isEqualTo(2);
        assertThat(back.status()).isEqualTo(400);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("took too long");
        assertThat(users.findByEmail(email)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM sso_request WHERE provider_id = " + acme.provider().id())).isZero();
    }

    @Test
    void aDeactivatedAccountCannotSignInThroughTheProvider() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Deactivated");
        String email = acme.email("gone");
        provider.nextSignIn(acme.issuerId(), "gone", SsoCompanies.verified(email, "Gone"));
        new SsoJourney(server.getURI()).start(email, "/").atProvider().back();
        UserSummary gone = users.findByEmail(email).orElseThrow();
        users.update(gone.id(), gone.displayName(), false, gone.roles());
        provider.nextSignIn(acme.issuerId(), "gone", SsoCompanies.verified(email, "Gone"));

        Browser.Page back = new SsoJourney(server.getURI()).start(email, "/").atProvider().back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("deactivated");
        assertThat(count("SELECT COUNT(*) FROM user_session WHERE user_id = " + gone.id())).isZero();
    }

    @Test
    void aSignInCancelledAtTheProviderSaysSo() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Cancel");
        SsoJourney journey = new SsoJourney(server.getURI()).start(acme.email("cancel"), "/");
        String state = SsoJourney.query(journey.authorization).get("state");

        Browser.Page back = journey.browser.get("/sso/callback?state=" + state + "&error=access_denied");

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("did not sign you in");
    }

    @Test
    void aSwitchedOffProviderIsNeitherOfferedNorUsable() {
        SsoCompanies.Company acme = companies.company(provider, "Off");
        setup.save(acme.provider().id(), new ProviderForm(acme.partner().id(), acme.provider().issuer(),
                acme.provider().clientId(), "", null, null, null), companies.admin());
        Browser browser = new Browser(server.getURI());

        Browser.Page page = browser.get("/sso");
        Browser.Page byEmail = browser.post("/sso", Map.of("email", acme.email("x"), "next", "/"));

        assertThat(page.text()).doesNotContain(acme.partner().name());
        assertThat(byEmail.html().selectFirst("#sso-continue").attr("href")).startsWith("/login?");
    }

    @Test
    void theAdminIsToldWhenTheIssuerCannotBeReadAndNothingIsSaved() throws Exception {
        Partner partner = fixtures.partner("Typo");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/sso/providers/new");

        Browser.Page wrong = browser.post("/admin/sso/providers", Map.of("partnerId", String.valueOf(partner.id()),
                "issuer", "http://localhost:1/realms/typo", "clientId", "c", "clientSecret", "s",
                "enabled", "on"));
        Browser.Page noSecret = browser.post("/admin/sso/providers", Map.of("partnerId", String.valueOf(partner.id()),
                "issuer", provider.issuer("typo"), "clientId", "c", "clientSecret", "", "enabled", "on"));

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.html().selectFirst("#issuer-errors").text()).contains("could not be read");
        assertThat(noSecret.status()).isEqualTo(422);
        assertThat(noSecret.html().selectFirst("#clientSecret-errors").text()).contains("Enter the client secret");
        assertThat(count("SELECT COUNT(*) FROM sso_provider WHERE partner_id = " + partner.id())).isZero();
    }

    @Test
    void aProviderThatSendsNoEmailVerifiedSignsPeopleInOnlyWhenAnAdminTrustsIt() throws Exception {
        SsoCompanies.Company strict = companies.company(provider, "Strict");
        SsoCompanies.Company entra = companies.company(provider, "Entra", true);
        provider.nextSignIn(strict.issuerId(), "sam-1", Map.of("email", strict.email("sam"), "name", "Sam Strict"));
        provider.nextSignIn(entra.issuerId(), "eli-1", Map.of("email", entra.email("eli"), "name", "Eli Entra"));

        Browser.Page untrusted = new SsoJourney(server.getURI()).start(strict.email("sam"), "/").atProvider().back();
        Browser.Page trusted = new SsoJourney(server.getURI()).start(entra.email("eli"), "/").atProvider().back();
        provider.nextSignIn(entra.issuerId(), "una-1", Map.of("email", entra.email("una"), "email_verified", false));
        Browser.Page saidUnverified = new SsoJourney(server.getURI()).start(entra.email("una"), "/").atProvider().back();

        assertThat(untrusted.status()).isEqualTo(403);
        assertThat(untrusted.html().selectFirst("#sso-failure").text()).contains("verified email address");
        assertThat(users.findByEmail(strict.email("sam"))).isEmpty();
        assertThat(trusted.status()).isEqualTo(303);
        UserSummary eli = users.findByEmail(entra.email("eli")).orElseThrow();
        assertThat(eli.roles()).containsExactly(Role.LEARNER);
        assertThat(partners.currentEmployer(eli.id()).map(Partner::id)).contains(entra.partner().id());
        assertThat(saidUnverified.status()).as("a provider that says the email is not verified is believed")
                .isEqualTo(403);
        assertThat(users.findByEmail(entra.email("una"))).isEmpty();
        assertThat(setup.provider(strict.provider().id()).trustEmail()).as("off unless an admin turns it on").isFalse();
    }

    @Test
    void anEmailMissingFromTheIdTokenIsReadFromTheUserInfoEndpoint() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Userinfo");
        String email = acme.email("uma");
        String client = "academy-" + acme.issuerId();
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/");
        String nonce = SsoJourney.query(journey.authorization).get("nonce");
        journey.atProvider();
        provider.nextTokenAnswer(acme.issuerId(),
                provider.signedByIssuer(acme.issuerId(), "uma-1", client, Map.of("nonce", nonce)),
                provider.signedByIssuer(acme.issuerId(), "uma-1", client,
                        Map.of("email", email, "email_verified", true, "name", "Uma Userinfo")));

        Browser.Page back = journey.back();

        assertThat(back.status()).isEqualTo(303);
        UserSummary uma = users.findByEmail(email).orElseThrow();
        assertThat(uma.displayName()).isEqualTo("Uma Userinfo");
        assertThat(partners.currentEmployer(uma.id()).map(Partner::id)).contains(acme.partner().id());
    }

    @Test
    void aUserInfoAnswerAboutSomeoneElseIsRefused() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Userinfo swap");
        String email = acme.email("victim");
        String client = "academy-" + acme.issuerId();
        SsoJourney journey = new SsoJourney(server.getURI()).start(acme.email("attacker"), "/");
        String nonce = SsoJourney.query(journey.authorization).get("nonce");
        journey.atProvider();
        provider.nextTokenAnswer(acme.issuerId(),
                provider.signedByIssuer(acme.issuerId(), "attacker-1", client, Map.of("nonce", nonce)),
                provider.signedByIssuer(acme.issuerId(), "victim-1", client,
                        Map.of("email", email, "email_verified", true)));

        Browser.Page back = journey.back();

        assertThat(back.status()).isEqualTo(403);
        assertThat(back.html().selectFirst("#sso-failure").text()).contains("could not be verified");
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void theSameNewPersonSigningInTwiceAtOnceEndsSignedInBothTimesWithOneAccount() throws Exception {
        for (int round = 0; round < 3; round++) {
            SsoCompanies.Company acme = companies.company(provider, "Twice " + round);
            String email = acme.email("twin");
            provider.nextSignIn(acme.issuerId(), "twin-" + round, SsoCompanies.verified(email, "Tia Twin"));
            List<SsoJourney> tabs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tabs.add(new SsoJourney(server.getURI()).start(email, "/").atProvider());
            }
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(tabs.size());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tabs.size());
            List<java.util.concurrent.Future<Browser.Page>> answers = new java.util.ArrayList<>();
            for (SsoJourney tab : tabs) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return tab.back();
                }));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS).status());
            }
            pool.shutdown();

            UserSummary twin = users.findByEmail(email).orElseThrow();
            assertThat(statuses).as("round %d", round).containsOnly(303);
            assertThat(count("SELECT COUNT(*) FROM app_user WHERE email = '" + email + "'")).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM sso_identity WHERE user_id = " + twin.id())).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM employment WHERE user_id = " + twin.id())).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM user_session WHERE user_id = " + twin.id())).isEqualTo(4);
        }
    }

    @Test
    void anIssuerAtAnInternalAddressIsRefusedAndNothingIsSaved() throws Exception {
        Partner partner = fixtures.partner("Internal");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        String loopback = provider.issuer("probe").replace("localhost", "127.0.0.1");
        List<String> internal = List.of(loopback, provider.issuer("probe").replace("localhost", "[::1]"),
                "http://169.254.169.254/latest/meta-data", "http://10.0.0.7/realms/x", "http://192.168.1.1/x");

        List<String> answers = new java.util.ArrayList<>();
        for (String issuer : internal) {
            browser.get("/admin/sso/providers/new");
            Browser.Page page = browser.post("/admin/sso/providers", Map.of("partnerId", String.valueOf(partner.id()),
                    "issuer", issuer, "clientId", "c", "clientSecret", "s", "enabled", "on"));
            answers.add(page.status() + " " + page.html().selectFirst("#issuer-errors").text());
        }

        assertThat(answers).allSatisfy(a -> assertThat(a).startsWith("422").contains("private, loopback or link-local"));
        assertThat(count("SELECT COUNT(*) FROM sso_provider WHERE partner_id = " + partner.id())).isZero();
    }

    @Test
    void aPersonCreatedBySingleSignOnSetsAPasswordOnceAndThenSignsInWithItToo() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Password");
        String email = acme.email("pam");
        String password = "a long pass phrase 42";
        provider.nextSignIn(acme.issuerId(), "pam-1", SsoCompanies.verified(email, "Pam Password"));
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/").atProvider();
        journey.back();

        Browser.Page profile = journey.browser.get("/profile");
        Browser.Page weak = journey.browser.post("/profile/password", Map.of("password", "short", "confirmation", "short"));
        Browser.Page set = journey.browser.post("/profile/password", Map.of("password", password,
                "confirmation", password));
        Browser.Page again = journey.browser.post("/profile/password", Map.of("password", "another long phrase 7",
                "confirmation", "another long phrase 7"));
        Browser.Page afterwards = journey.browser.get("/profile");
        Browser.Page withPassword = new Browser(server.getURI()).login(email, password);
        Browser.Page oldOne = new Browser(server.getURI()).login(email, "another long phrase 7");

        assertThat(profile.html().selectFirst("#password-none").text()).contains("no password here");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.html().selectFirst("#password-errors").text()).contains("at least 12 characters");
        assertThat(set.status()).isEqualTo(303);
        assertThat(again.status()).as("the profile sets a first password only").isEqualTo(409);
        assertThat(afterwards.status()).as("still signed in").isEqualTo(200);
        assertThat(afterwards.html().selectFirst("#set-password")).isNull();
        assertThat(withPassword.status()).isEqualTo(303);
        assertThat(oldOne.status()).isNotEqualTo(303);
    }
}
