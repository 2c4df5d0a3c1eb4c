package io.partneracademy.sso;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Validates an ID token as OpenID Connect Core 3.1.3.7 asks: signed with one of the provider's published keys by an
 * asymmetric algorithm (never {@code none}, never a MAC), issued by the provider's issuer for our client id, not
 * expired, and carrying the nonce this sign-in sent. Time comes from the injected clock.
 */
@Singleton
class IdTokenCheck {

    /** Asymmetric algorithms only: a MAC would be keyed with the client secret, {@code none} with nothing. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    private final Clock clock;
    private final SsoSettings settings;

    IdTokenCheck(Clock clock, SsoSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** The token's claims when it is valid; else an {@link InvalidIdTokenException} saying which check failed. */
    JWTClaimsSet verify(String idToken, Discovered provider, String clientId, String nonce) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, provider.keys()));
        processor.setJWTClaimsSetVerifier(new Claims(provider.metadata().getIssuer().getValue(), clientId, nonce));
        try {
            return processor.process(idToken, null);
        } catch (ParseException | BadJOSEException e) {
            throw new InvalidIdTokenException(e.getMessage());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new InvalidIdTokenException("signature could not be checked: " + e.getMessage());
        }
    }

    /** The claim checks, with our clock and skew. */
    private final class Claims implements JWTClaimsSetVerifier<SecurityContext> {
        private final String issuer;
        private final String clientId;
        private final String nonce;

        Claims(String issuer, String clientId, String nonce) {
            this.issuer = issuer;
            this.clientId = clientId;
            this.nonce = nonce;
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            Instant now = clock.instant();
            if (!issuer.equals(claims.getIssuer())) {
                throw new BadJWTException("iss " + claims.getIssuer() + " is not " + issuer);
            }
            List<String> audience = claims.getAudience();
            if (audience == null || !audience.contains(clientId)) {
                throw new BadJWTException("aud " + audience + " does not contain our client id");
            }
            Object azp = claims.getClaim("azp");
            if (audience.size() > 1 && !clientId.equals(azp)) {
                throw new BadJWTException("several audiences and azp " + azp + " is not our client id");
            }
            Date expires = claims.getExpirationTime();
            if (expires == null || !expires.toInstant().plus(settings.clockSkew()).isAfter(now)) {
                throw new BadJWTException("expired at " + (expires == null ? "(no exp)" : expires.toInstant()));
            }
            Date issued = claims.getIssueTime();
            if (issued == null || issued.toInstant().minus(settings.clockSkew()).isAfter(now)) {
                throw new BadJWTException("iat " + (issued == null ? "(none)" : issued.toInstant()) + " is in the future");
            }
            if (claims.getSubject() == null || claims.getSubject().isBlank()) {
                throw new BadJWTException("no sub");
            }
            Object sent = claims.getClaim("nonce");
            if (!(sent instanceof String s) || !io.partneracademy.web.Secrets.same(s, nonce)) {
                throw new BadJWTException("nonce does not match this sign-in");
            }
        }
    }

    /** The ID token failed a check; the message says which (for the log, not for the person). */
    static final class InvalidIdTokenException extends RuntimeException {
        InvalidIdTokenException(String why) {
            super(why);
        }
    }
}
