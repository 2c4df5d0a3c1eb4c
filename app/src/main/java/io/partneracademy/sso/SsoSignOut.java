package io.partneracademy.sso;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import io.micronaut.context.annotation.Value;
import io.partneracademy.accounts.SignOutRedirect;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Optional;

/**
 * After a sign-out of a session a provider opened, sends the browser to the provider's {@code end_session_endpoint}
 * (OpenID Connect RP-Initiated Logout 1.0) with the ID token as hint, so the person is signed out there too; a
 * provider without one (or unreachable) gets a local sign-out only.
 */
@Singleton
class SsoSignOut implements SignOutRedirect {

    private static final Logger LOG = LoggerFactory.getLogger(SsoSignOut.class);

    private final SsoSessionRepository ssoSessions;
    private final SsoProviderRepository providers;
    private final Discovery discovery;
    private final URI afterLogout;

    SsoSignOut(SsoSessionRepository ssoSessions, SsoProviderRepository providers, Discovery discovery,
               @Value("${partneracademy.public-base-url}") String baseUrl) {
        this.ssoSessions = ssoSessions;
        this.providers = providers;
        this.discovery = discovery;
        this.afterLogout = URI.create(baseUrl.replaceAll("/+$", "") + "/");
    }

    @Override
    public Optional<String> signingOut(String sessionHash) {
        Optional<SsoSession> session = ssoSessions.findById(sessionHash);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        ssoSessions.deleteById(sessionHash);
        Optional<SsoProvider> provider = providers.findById(session.get().providerId());
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI endSession = discovery.of(provider.get().issuer()).metadata().getEndSessionEndpointURI();
            if (endSession == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(endSession, JWTParser.parse(session.get().idToken()), null,
                    new ClientID(provider.get().clientId()), afterLogout, null, null).toURI().toString());
        } catch (Discovery.DiscoveryFailedException | java.text.ParseException e) {
            LOG.warn("Signed out locally only; the provider's logout is not reachable: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
