package io.partneracademy.sso;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.partneracademy.web.DestinationRefusedException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a provider's OpenID Connect discovery document ({@code /.well-known/openid-configuration}) and keeps it,
 * with a key source for its JWKS, per issuer for a while. Nimbus checks that the document names the issuer it was
 * fetched for. Fetched through the SSRF filter ({@link SsoHttp}). Per node and derived: losing it only costs a fetch.
 */
@Singleton
class Discovery {

    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 10_000;

    private final SsoSettings settings;
    private final SsoHttp http;
    private final Clock clock;
    private final Map<String, Discovered> cache = new ConcurrentHashMap<>();

    Discovery(SsoSettings settings, SsoHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
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
            // OpenID Connect Discovery 1.0, section 4: the issuer without a trailing slash, then the well-known path
            URI document = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
            OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(http.get(document));
            if (!issuer.equals(metadata.getIssuer().getValue())) {
                throw new DiscoveryFailedException(issuer, "the document names the issuer " + metadata.getIssuer());
            }
            if (metadata.getJWKSetURI() == null || metadata.getAuthorizationEndpointURI() == null
                    || metadata.getTokenEndpointURI() == null) {
                throw new DiscoveryFailedException(issuer, "the discovery document lacks jwks_uri, "
                        + "authorization_endpoint or token_endpoint");
            }
            var keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(), http).build();
            return new Discovered(metadata, keys, now);
        } catch (DestinationRefusedException e) {
            throw new DiscoveryFailedException(issuer, e.getMessage(), true);
        } catch (ParseException | IOException | IllegalArgumentException e) {
            throw new DiscoveryFailedException(issuer, e.getMessage());
        }
    }

    /** The discovery document could not be read or is not usable. */
    static final class DiscoveryFailedException extends RuntimeException {
        private final boolean internal;

        DiscoveryFailedException(String issuer, String why) {
            this(issuer, why, false);
        }

        DiscoveryFailedException(String issuer, String why, boolean internal) {
            super("OpenID Connect discovery for " + issuer + " failed: " + why);
            this.internal = internal;
        }

        /** Whether the issuer was refused because it lives at an internal address (SSRF filter). */
        boolean internal() {
            return internal;
        }
    }
}
