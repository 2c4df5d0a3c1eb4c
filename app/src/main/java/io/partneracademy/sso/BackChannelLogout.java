package io.partneracademy.sso;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import io.micronaut.data.exceptions.DataAccessException;
import io.partneracademy.accounts.VerifiedSignIn;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Ends our sessions of a person when their identity provider says they signed out there (OpenID Connect Back-Channel
 * Logout 1.0). The logout token is checked as section 2.6 asks before anything is ended: a signed JWT (never
 * encrypted, never {@code none}, asymmetric keys only) from a provider we know by its issuer whose client id is in
 * the audience, verified with that provider's published keys; {@code iat} present and not in the future, {@code exp}
 * not passed, not older than {@link #MAX_AGE}; a {@code sub} or a {@code sid}; an {@code events} claim holding the
 * back-channel logout event as a JSON object; and no {@code nonce}. Then the sessions opened through that provider
 * with that {@code sid} (and {@code sub}), or all of that provider account's sessions, are ended.
 */
@Singleton
class BackChannelLogout {

    private static final Logger LOG = LoggerFactory.getLogger(BackChannelLogout.class);
    static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** A provider sends the token when the person signs out; an older one is a replay. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** Section 2.4: logout tokens should be typed {@code logout+jwt}; untyped and plain JWT are accepted too. */
    private static final DefaultJOSEObjectTypeVerifier<SecurityContext> TYPES = new DefaultJOSEObjectTypeVerifier<>(
            new JOSEObjectType("logout+jwt"), JOSEObjectType.JWT, null);

    private final SsoProviderRepository providers;
    private final SsoSessionRepository ssoSessions;
    private final Discovery discovery;
    private final VerifiedSignIn signIn;
    private final SsoSettings settings;
    private final SsoLogoutTokenRepository used;
    private final Clock clock;

    BackChannelLogout(SsoProviderRepository providers, SsoSessionRepository ssoSessions, Discovery discovery,
                      VerifiedSignIn signIn, SsoSettings settings, SsoLogoutTokenRepository used, Clock clock) {
        this.used = used;
        this.providers = providers;
        this.ssoSessions = ssoSessions;
        this.discovery = discovery;
        this.signIn = signIn;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks the logout token and ends the sessions it names; returns how many; throws when it is not valid. A token
     * is used once: its jti is recorded in the transaction that ends the sessions, so a replay (even within its five
     * minutes, even at another node) is refused, and a failure leaves the token unused for the provider's retry.
     */
    @Transactional
    int logOut(String logoutToken) {
        if (logoutToken == null || logoutToken.isBlank()) {
            throw new InvalidLogoutTokenException("no logout_token");
        }
        JWT jwt;
        JWTClaimsSet unverified;
        try {
            jwt = JWTParser.parse(logoutToken.strip());
            unverified = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidLogoutTokenException("not a JWT: " + e.getMessage());
        }
        if (!(jwt instanceof SignedJWT)) {
            throw new InvalidLogoutTokenException("not a signed JWT (encrypted and unsigned tokens are refused)");
        }
        List<String> audience = unverified.getAudience() == null ? List.of() : unverified.getAudience();
        List<SsoProvider> candidates = unverified.getIssuer() == null ? List.of()
                : providers.findByIssuer(unverified.getIssuer()).stream()
                .filter(p -> audience.contains(p.clientId())).toList();
        if (candidates.isEmpty()) {
            throw new InvalidLogoutTokenException("no provider with issuer " + unverified.getIssuer()
                    + " and a client id in the audience " + audience);
        }
        InvalidLogoutTokenException last = null;
        for (SsoProvider provider : candidates) {
            JWTClaimsSet claims;
            try {
                claims = verify(logoutToken.strip(), provider);
            } catch (InvalidLogoutTokenException e) {
                last = e;
                continue;
            }
            useOnce(provider, claims);
            return end(provider, claims);
        }
        throw last;
    }

    private JWTClaimsSet verify(String token, SsoProvider provider) {
        Discovered discovered;
        try {
            discovered = discovery.of(provider.issuer());
        } catch (Discovery.DiscoveryFailedException e) {
            throw new InvalidLogoutTokenException("the provider's keys cannot be read: " + e.getMessage());
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(TYPES);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(IdTokenCheck.ALGORITHMS, discovered.keys()));
        processor.setJWTClaimsSetVerifier(new Claims(discovered.metadata().getIssuer().getValue(), provider.clientId()));
        try {
            return processor.process(token, null);
        } catch (ParseException | BadJOSEException e) {
            throw new InvalidLogoutTokenException(e.getMessage());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new InvalidLogoutTokenException("signature could not be checked: " + e.getMessage());
        }
    }

    /** Records the token's jti for the provider; refuses a token whose jti was recorded before (a replay). */
    private void useOnce(SsoProvider provider, JWTClaimsSet claims) {
        Instant until = claims.getIssueTime().toInstant().plus(MAX_AGE).plus(settings.clockSkew());
        try {
            used.use(provider.id(), Secrets.sha256(claims.getJWTID()), until);
        } catch (DataAccessException e) {
            if (!SsoAccounts.lostRace(e)) {
                throw e;
            }
            throw new InvalidLogoutTokenException("jti " + claims.getJWTID() + " was already used (a replay)");
        }
    }

    /** Forgets the jti of tokens too old to be accepted anyway. */
    int forgetExpired() {
        return used.deleteExpired(clock.instant());
    }

    private int end(SsoProvider provider, JWTClaimsSet claims) {
        String sid = (String) claims.getClaim("sid");
        String sub = claims.getSubject();
        List<String> hashes = sid != null ? ssoSessions.findHashesBySid(provider.id(), sid, sub)
                : ssoSessions.findHashesBySubject(provider.id(), sub);
        hashes.forEach(signIn::end);
        LOG.info("Back-channel logout from provider {} ({}): ended {} session(s)", provider.id(),
                sid != null ? "sid" : "sub", hashes.size());
        return hashes.size();
    }

    /** The claim checks of section 2.6, with our clock and skew. */
    private final class Claims implements JWTClaimsSetVerifier<SecurityContext> {
        private final String issuer;
        private final String clientId;

        Claims(String issuer, String clientId) {
            this.issuer = issuer;
            this.clientId = clientId;
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            Instant now = clock.instant();
            Duration skew = settings.clockSkew();
            if (!issuer.equals(claims.getIssuer())) {
                throw new BadJWTException("iss " + claims.getIssuer() + " is not " + issuer);
            }
            List<String> audience = claims.getAudience();
            if (audience == null || !audience.contains(clientId)) {
                throw new BadJWTException("aud " + audience + " does not contain our client id");
            }
            Date issued = claims.getIssueTime();
            if (issued == null) {
                throw new BadJWTException("no iat");
            }
            if (issued.toInstant().minus(skew).isAfter(now)) {
                throw new BadJWTException("iat " + issued.toInstant() + " is in the future");
            }
            if (issued.toInstant().plus(MAX_AGE).plus(skew).isBefore(now)) {
                throw new BadJWTException("iat " + issued.toInstant() + " is older than " + MAX_AGE);
            }
            Date expires = claims.getExpirationTime();
            if (expires != null && !expires.toInstant().plus(skew).isAfter(now)) {
                throw new BadJWTException("expired at " + expires.toInstant());
            }
            if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
                throw new BadJWTException("no jti");
            }
            boolean hasSub = claims.getSubject() != null && !claims.getSubject().isBlank();
            Object sid = claims.getClaim("sid");
            if (!hasSub && !(sid instanceof String s && !s.isBlank())) {
                throw new BadJWTException("neither sub nor sid");
            }
            if (sid != null && !(sid instanceof String)) {
                throw new BadJWTException("sid is not a string");
            }
            Object events = claims.getClaim("events");
            if (!(events instanceof Map<?, ?> map) || !(map.get(EVENT) instanceof Map<?, ?>)) {
                throw new BadJWTException("events does not hold " + EVENT + " as a JSON object");
            }
            if (claims.getClaim("nonce") != null) {
                throw new BadJWTException("a logout token must not carry a nonce");
            }
        }
    }

    /** The logout token failed a check; the message says which (for the answer's error_description and the log). */
    static final class InvalidLogoutTokenException extends RuntimeException {
        InvalidLogoutTokenException(String why) {
            super(why);
        }
    }
}
