package io.partneracademy.sso;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.Browser;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect Back-Channel Logout 1.0 against the real provider of the SSO tests: it signs the logout tokens with
 * its own keys, and the test posts them as the provider's server would. Valid tokens end the sessions they name (by
 * {@code sid}, or every session of the {@code sub}); every check of section 2.6 refuses with 400 and ends nothing.
 */
@MicronautTest(transactional = false)
class BackChannelLogoutTest extends WithIdentityProvider {

    private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

    @Inject
    TestClock clock;
    @Inject
    SsoHousekeeping housekeeping;

    /** Signs a person in through their company's provider in a browser of their own, with the provider's sid. */
    private Browser signedIn(SsoCompanies.Company company, String local, String subject, String sid) {
        String email = company.email(local);
        Map<String, Object> claims = new HashMap<>(SsoCompanies.verified(email, local));
        claims.put("sid", sid);
        provider.nextSignIn(company.issuerId(), subject, claims);
        SsoJourney journey = new SsoJourney(server.getURI()).start(email, "/").atProvider();
        assertThat(journey.back().status()).isEqualTo(303);
        return journey.browser;
    }

    private static boolean isSignedIn(Browser browser) {
        return browser.get("/profile").status() == 200;
    }

    private HttpResponse<String> post(String logoutToken) throws Exception {
        return provider.sendLogoutToken(server.getURI().resolve("/sso/backchannel-logout"), logoutToken);
    }

    private static Map<String, Object> event() {
        return Map.of("events", Map.of(EVENT, Map.of()));
    }

    private long count(String sql) throws Exception {
        return companies.count(sql);
    }

    @Test
    void aLogoutTokenWithASidEndsThatSessionOnly() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Sid Logout");
        Browser laptop = signedIn(acme, "nia", "nia-sub", "sid-laptop");
        Browser phone = signedIn(acme, "nia", "nia-sub", "sid-phone");
        Map<String, Object> claims = new HashMap<>(event());
        claims.put("sid", "sid-laptop");
        String token = provider.logoutToken(acme.issuerId(), acme.provider().clientId(), "nia-sub", claims);

        HttpResponse<String> answer = post(token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(isSignedIn(laptop)).as("the session the provider named is ended").isFalse();
        assertThat(isSignedIn(phone)).as("the person's other session stays").isTrue();
        assertThat(count("SELECT COUNT(*) FROM sso_session WHERE sid = 'sid-laptop'")).isZero();
    }

    @Test
    void aLogoutTokenWithOnlyASubEndsEverySessionOfThatPersonAtThatProvider() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Sub Logout");
        Browser laptop = signedIn(acme, "ola", "ola-sub", "sid-1");
        Browser phone = signedIn(acme, "ola", "ola-sub", "sid-2");
        Browser colleague = signedIn(acme, "pat", "pat-sub", "sid-3");
        String token = provider.logoutToken(acme.issuerId(), acme.provider().clientId(), "ola-sub", event());

        HttpResponse<String> answer = post(token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(isSignedIn(laptop)).isFalse();
        assertThat(isSignedIn(phone)).isFalse();
        assertThat(isSignedIn(colleague)).as("someone else's session stays").isTrue();
    }

    @Test
    void aLogoutTokenFailingAnyCheckIsRefusedWithABadRequestAndEndsNothing() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Forged Logout");
        SsoCompanies.Company other = companies.company(provider, "Other Company");
        Browser rui = signedIn(acme, "rui", "rui-sub", "sid-rui");
        String issuer = acme.issuerId();
        String client = acme.provider().clientId();
        String idToken = companies.value("SELECT id_token FROM sso_session WHERE sid = 'sid-rui'");
        Map<String, Object> withNonce = new HashMap<>(event());
        withNonce.put("nonce", "n-1");
        Map<String, Object> noSubNorSid = new HashMap<>(event());
        noSubNorSid.put("iss", provider.issuer(issuer));
        noSubNorSid.put("aud", client);
        Map<String, Object> expired = new HashMap<>(noSubNorSid);
        expired.put("sub", "rui-sub");
        Map<String, Object> noJti = new HashMap<>(expired);
        Map<String, Object> strangerClaims = new HashMap<>(event());
        strangerClaims.put("sid", "sid-rui");
        Map<String, String> forgeries = new LinkedHashMap<>();
        forgeries.put("no token", null);
        forgeries.put("not a JWT", "not-a-jwt");
        forgeries.put("unsigned (alg none)", new PlainJWT(new JWTClaimsSet.Builder().issuer(provider.issuer(issuer))
                .audience(client).subject("rui-sub").issueTime(new java.util.Date())
                .claim("events", Map.of(EVENT, Map.of())).build()).serialize());
        forgeries.put("signed by a stranger's key", provider.signedByStranger(issuer, "rui-sub", client, strangerClaims));
        forgeries.put("for another client", provider.logoutToken(issuer, "someone-else", "rui-sub", event()));
        forgeries.put("from another company's issuer", provider.logoutToken(other.issuerId(), client, "rui-sub", event()));
        forgeries.put("no events claim", provider.logoutToken(issuer, client, "rui-sub", Map.of("sid", "sid-rui")));
        forgeries.put("event not an object", provider.logoutToken(issuer, client, "rui-sub",
                Map.of("events", Map.of(EVENT, "yes"))));
        forgeries.put("with a nonce", provider.logoutToken(issuer, client, "rui-sub", withNonce));
        forgeries.put("neither sub nor sid", provider.signedJwt(issuer, noSubNorSid, Duration.ofMinutes(2)));
        forgeries.put("expired", provider.signedJwt(issuer, expired, Duration.ofMinutes(-3)));
        forgeries.put("no jti", provider.signedJwt(issuer, noJti, Duration.ofMinutes(2)));
        forgeries.put("the ID token itself", idToken);
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();

        for (Map.Entry<String, String> forgery : forgeries.entrySet()) {
            HttpResponse<String> answer = post(forgery.getValue());
            statuses.put(forgery.getKey(), answer.statusCode());
            errors.put(forgery.getKey(), answer.body());
        }
        String fresh = provider.logoutToken(issuer, client, "rui-sub", event());
        clock.advance(Duration.ofMinutes(7));
        int old = post(fresh).statusCode();
        clock.advance(Duration.ofMinutes(-14));
        int future = post(fresh).statusCode();
        clock.advance(Duration.ofMinutes(7));
        boolean stillSignedIn = isSignedIn(rui);

        assertThat(statuses).allSatisfy((name, status) -> assertThat(status).as(name).isEqualTo(400));
        assertThat(errors).allSatisfy((name, body) -> assertThat(body).as(name).contains("\"error\":\"invalid_request\""));
        assertThat(old).as("issued 7 minutes ago").isEqualTo(400);
        assertThat(future).as("issued 7 minutes from now").isEqualTo(400);
        assertThat(stillSignedIn).isTrue();
        assertThat(count("SELECT COUNT(*) FROM sso_session WHERE sid = 'sid-rui'")).isEqualTo(1);
        assertThat(post(fresh).statusCode()).as("the same token, in time, is accepted").isEqualTo(200);
        assertThat(isSignedIn(rui)).isFalse();
    }

    @Test
    void aReplayedLogoutTokenIsRefusedAndDoesNotEndTheSessionOpenedSince() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Replayed Logout");
        Browser before = signedIn(acme, "uma", "uma-sub", "sid-before");
        String token = provider.logoutToken(acme.issuerId(), acme.provider().clientId(), "uma-sub", event());

        HttpResponse<String> first = post(token);
        Browser since = signedIn(acme, "uma", "uma-sub", "sid-since");
        HttpResponse<String> replay = post(token);
        long remembered = count("SELECT COUNT(*) FROM sso_logout_token WHERE provider_id = " + acme.provider().id());
        clock.advance(Duration.ofMinutes(7));
        housekeeping.clean();

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(isSignedIn(before)).isFalse();
        assertThat(replay.statusCode()).as("the same token a second time, within its five minutes").isEqualTo(400);
        assertThat(replay.body()).contains("\"error\":\"invalid_request\"");
        assertThat(isSignedIn(since)).as("the session opened after the logout stays").isTrue();
        assertThat(remembered).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sso_logout_token WHERE provider_id = " + acme.provider().id()))
                .as("forgotten once too old to be accepted anyway").isZero();
    }
}
