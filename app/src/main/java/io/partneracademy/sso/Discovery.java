package io.partneracademy.sso;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a provider's OpenID Connect discovery document ({@code /.well-known/openid-configuration}) and keeps it,
 * with a key source for its JWKS, per issuer for a while. Nimbus checks that the document names the issuer it was
 * fetched for. Per node and derived: losing it only costs a fetch.
 */
@Singleton
class Discovery {

    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 10_000;
    private static final int JWKS_SIZE_LIMIT = 512 * 1024;

    private final SsoSettings settings;
    private final Clock clock;
    private final Map<String, Discovered> cache = new ConcurrentHashMap<>();

    Discovery(SsoSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The issuer's discovery document and keys; throws {@link DiscoveryFailedException} saying what went wrong. */
    Discovered of(String issuer) {
        Instant now = clock.instant();
        Discovered cached = cache.get(issuer);
        if (cached != null && cached.fetchedAt().plus(settings.discoveryCacheFor()).isAfter(now)) {
            return cached;
        }
        Discovered fresh = fetch(issuer, now);
        cache.put(issuer, fresh);
        return fresh;
    }

    /** Forgets what was fetched for an issuer (its provider was just saved). */
    void forget(String issuer) {
        cache.remove(issuer);
    }

    /** Null when the issuer is an acceptable URL, else the message key saying why not. */
    String problemWith(String issuer) {
        URI uri;
        try {
            uri = new URI(issuer);
        } catch (java.net.URISyntaxException e) {
            return "sso.issuer.invalid";
        }
        String scheme = uri.getScheme();
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || scheme == null) {
            return "sso.issuer.invalid";
        }
        if (!"https".equals(scheme) && !("http".equals(scheme) && settings.allowHttpIssuers())) {
            return "sso.issuer.https";
        }
        return null;
    }

    private Discovered fetch(String issuer, Instant now) {
        if (problemWith(issuer) != null) {
            throw new DiscoveryFailedException(issuer, "not an acceptable issuer URL");
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(issuer), CONNECT_TIMEOUT_MS,
                    READ_TIMEOUT_MS);
            if (metadata.getJWKSetURI() == null || metadata.getAuthorizationEndpointURI() == null
                    || metadata.getTokenEndpointURI() == null) {
                throw new DiscoveryFailedException(issuer, "the discovery document lacks jwks_uri, "
                        + "authorization_endpoint or token_endpoint");
            }
            var keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, JWKS_SIZE_LIMIT)).build();
            return new Discovered(metadata, keys, now);
        } catch (GeneralException | IOException | IllegalArgumentException e) {
            throw new DiscoveryFailedException(issuer, e.getMessage());
        }
    }

    /** The discovery document could not be read or is not usable. */
    static final class DiscoveryFailedException extends RuntimeException {
        DiscoveryFailedException(String issuer, String why) {
            super("OpenID Connect discovery for " + issuer + " failed: " + why);
        }
    }
}
