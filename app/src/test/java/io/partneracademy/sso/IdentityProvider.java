package io.partneracademy.sso;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.TokenRequest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server: discovery, authorization endpoint,
 * token endpoint with PKCE, JWKS, end-session), one issuer per company, plus the few forged answers a test needs.
 */
final class IdentityProvider implements AutoCloseable {

    /** The server takes a callback for an issuer from this set when its own queue has none for it. */
    private final Set<OAuth2TokenCallback> callbacks = ConcurrentHashMap.newKeySet();
    private final Map<String, Scripted> scripted = new ConcurrentHashMap<>();
    private final Map<String, String> forgedAnswers = new ConcurrentHashMap<>();
    private final Map<String, Held> heldDiscovery = new ConcurrentHashMap<>();
    private final OAuth2TokenProvider tokens = new OAuth2TokenProvider();
    private final MockOAuth2Server server;

    IdentityProvider() {
        server = new MockOAuth2Server(new OAuth2Config(false, null, null, false, tokens, callbacks),
                new ForgedTokenRoute(), new HeldDiscoveryRoute());
        server.start();
    }

    String issuer(String issuerId) {
        return server.issuerUrl(issuerId).toString();
    }

    String endSession(String issuerId) {
        return server.endSessionEndpointUrl(issuerId).toString();
    }

    /** The next sign-in at this issuer is this person, as the provider says it. */
    void nextSignIn(String issuerId, String subject, Map<String, Object> claims) {
        script(issuerId, new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", null, claims, 3600));
    }

    /** The next sign-in carries these claims with a chosen audience and lifetime in seconds (negative: expired). */
    void nextSignIn(String issuerId, String subject, List<String> audience, Map<String, Object> claims, long expiry) {
        script(issuerId, new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", audience, claims, expiry));
    }

    private void script(String issuerId, DefaultOAuth2TokenCallback callback) {
        scripted.computeIfAbsent(issuerId, id -> {
            Scripted fresh = new Scripted(id);
            callbacks.add(fresh);
            return fresh;
        }).next = callback;
    }

    /** The issuer's next token request gets this ID token, whatever was asked (a forged or broken provider). */
    void nextTokenAnswer(String issuerId, String idToken) {
        nextTokenAnswer(issuerId, idToken, "at");
    }

    /**
     * The issuer's next token request gets this ID token and access token; an access token from
     * {@link #signedByIssuer} is accepted by the provider's UserInfo endpoint, which answers with its claims.
     */
    void nextTokenAnswer(String issuerId, String idToken, String accessToken) {
        forgedAnswers.put(issuerId, idToken + " " + accessToken);
    }

    /** An ID token signed by the issuer's own key with exactly these claims (iss and iat filled in). */
    String signedByIssuer(String issuerId, String subject, String audience, Map<String, Object> claims) {
        return server.issueToken(issuerId, audience, new DefaultOAuth2TokenCallback(issuerId, subject, "JWT",
                List.of(audience), claims, 3600)).serialize();
    }

    /**
     * A logout token as the issuer's back-channel logout sends it (typed {@code logout+jwt}, signed with the issuer's
     * key, with iss, aud, iat, exp and jti), with these claims added; the test adds the events claim and sid.
     */
    String logoutToken(String issuerId, String audience, String subject, Map<String, Object> claims) {
        return server.issueToken(issuerId, audience, new DefaultOAuth2TokenCallback(issuerId, subject, "logout+jwt",
                List.of(audience), claims, 120)).serialize();
    }

    /** Posts a logout token to a back-channel logout endpoint, as the provider's server does (no cookies). */
    HttpResponse<String> sendLogoutToken(URI endpoint, String logoutToken) throws Exception {
        String body = logoutToken == null ? ""
                : "logout_token=" + java.net.URLEncoder.encode(logoutToken, java.nio.charset.StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JWT signed with the issuer's key holding exactly these claims, plus iat, nbf and exp (now + expiry). */
    String signedJwt(String issuerId, Map<String, Object> claims, java.time.Duration expiry) {
        return tokens.jwt(claims, expiry, issuerId).serialize();
    }

    /** An ID token with every claim right, signed by a stranger's key that carries the issuer's key id. */
    String signedByStranger(String issuerId, String subject, String audience, Map<String, Object> claims)
            throws Exception {
        String kid = JWKSet.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.jwksUrl(issuerId).toString())).build(), HttpResponse.BodyHandlers.ofString()).body())
                .getKeys().get(0).getKeyID();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(kid).generate();
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer(issuerId)).subject(subject)
                .audience(audience).issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 3_600_000));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT)
                .build(), set.build());
        jwt.sign(new RSASSASigner(stranger));
        return jwt.serialize();
    }

    /**
     * The issuer's next {@code requests} discovery requests are answered only once all of them have arrived (or after
     * ten seconds), so that as many saves are all between their first check and their first write at once.
     */
    void holdDiscovery(String issuerId, int requests) throws Exception {
        String document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer(issuerId)
                + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString()).body();
        heldDiscovery.put(issuerId, new Held(document, new java.util.concurrent.CountDownLatch(requests)));
    }

    private record Held(String document, java.util.concurrent.CountDownLatch arrived) {
    }

    /** The body of the next request the provider received (form fields of a token request, say). */
    String takeRequestBody(String pathEnd) throws InterruptedException {
        while (true) {
            var request = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
            if (request == null) {
                return null;
            }
            if (request.getPath() != null && request.getPath().contains(pathEnd)) {
                return request.getBody().readUtf8();
            }
        }
    }

    /** The claims an issuer gives its next sign-in, as the test set them. */
    private static final class Scripted implements OAuth2TokenCallback {
        private final String issuerId;
        private volatile DefaultOAuth2TokenCallback next;

        Scripted(String issuerId) {
            this.issuerId = issuerId;
            this.next = new DefaultOAuth2TokenCallback(issuerId);
        }

        @Override
        public String issuerId() {
            return issuerId;
        }

        @Override
        public String subject(TokenRequest request) {
            return next.subject(request);
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return next.typeHeader(request);
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return next.audience(request);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            return next.addClaims(request);
        }

        @Override
        public long tokenExpiry() {
            return next.tokenExpiry();
        }
    }

    /** Answers an issuer's token request with a forged ID token when a test asked for one. */
    private final class ForgedTokenRoute implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            List<String> segments = request.getUrl().pathSegments();
            return segments.size() == 2 && "token".equals(segments.get(1)) && forgedAnswers.containsKey(segments.get(0));
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String[] tokens = forgedAnswers.remove(request.getUrl().pathSegments().get(0)).split(" ");
            String body = "{\"access_token\":\"" + tokens[1] + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"id_token\":\"" + tokens[0] + "\"}";
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body, null);
        }
    }

    /** Holds discovery requests of an issuer a test asked to hold, then answers each with the real document. */
    private final class HeldDiscoveryRoute implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            List<String> segments = request.getUrl().pathSegments();
            return segments.size() == 3 && "openid-configuration".equals(segments.get(2))
                    && heldDiscovery.containsKey(segments.get(0));
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            Held held = heldDiscovery.get(request.getUrl().pathSegments().get(0));
            held.arrived().countDown();
            try {
                held.arrived().await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, held.document(), null);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
