package io.partneracademy.sso;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.Users;
import io.partneracademy.accounts.VerifiedSignIn;
import io.partneracademy.web.DestinationRefusedException;
import io.partneracademy.web.LocalPath;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The OpenID Connect authorization code flow with PKCE (RFC 7636, S256), state and nonce. {@link #start} remembers
 * the sign-in in the database (any node may receive the callback) and says where to send the browser;
 * {@link #finish} takes the sign-in out (once), exchanges the code, validates the ID token, finds or creates the
 * account and opens an ordinary session.
 */
@Singleton
class SsoFlow {

    private static final Logger LOG = LoggerFactory.getLogger(SsoFlow.class);
    static final String CALLBACK = "/sso/callback";

    private final SsoProviderRepository providers;
    private final SsoRequestRepository requests;
    private final SsoSessionRepository ssoSessions;
    private final Discovery discovery;
    private final IdTokenCheck idTokens;
    private final ClientSecrets secrets;
    private final SsoAccounts accounts;
    private final VerifiedSignIn signIn;
    private final SsoSettings settings;
    private final SsoAudit audit;
    private final Users users;
    private final SsoHttp outbound;
    private final Clock clock;
    private final URI redirectUri;

    SsoFlow(SsoProviderRepository providers, SsoRequestRepository requests, SsoSessionRepository ssoSessions,
            Discovery discovery, IdTokenCheck idTokens, ClientSecrets secrets, SsoAccounts accounts,
            VerifiedSignIn signIn, SsoSettings settings, SsoAudit audit, Users users, SsoHttp outbound, Clock clock,
            @Value("${partneracademy.public-base-url}") String baseUrl) {
        this.providers = providers;
        this.requests = requests;
        this.ssoSessions = ssoSessions;
        this.discovery = discovery;
        this.idTokens = idTokens;
        this.secrets = secrets;
        this.accounts = accounts;
        this.signIn = signIn;
        this.settings = settings;
        this.audit = audit;
        this.users = users;
        this.outbound = outbound;
        this.clock = clock;
        this.redirectUri = URI.create(baseUrl.replaceAll("/+$", "") + CALLBACK);
    }

    /** Where to send the browser, and the state the browser must bring back (it goes into a cookie). */
    record Start(URI authorization, String state) {
    }

    /** Starts a sign-in at the provider; {@code next} is kept only when it is a path on this site. */
    Start start(long providerId, @Nullable String next) {
        SsoProvider provider = providers.findById(providerId).filter(SsoProvider::enabled)
                .orElseThrow(() -> new SsoProviderNotFoundException(providerId));
        Discovered discovered = discovered(provider);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        requests.save(new SsoRequest(Secrets.sha256(state.getValue()), provider.id(), nonce.getValue(),
                verifier.getValue(), LocalPath.orHome(next), clock.instant().plus(settings.requestTimeout())));
        URI authorization = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email", "profile"),
                new ClientID(provider.clientId()), redirectUri)
                .endpointURI(discovered.metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
        return new Start(authorization, state.getValue());
    }

    /** The outcome of a callback. */
    sealed interface Finish {
        /** Signed in: set the session cookie and go to {@code next}. */
        record SignedIn(io.micronaut.http.cookie.Cookie cookie, String next) implements Finish {
        }

        /** Nobody signed in, and nothing was created. */
        record Refused(SsoFailure failure) implements Finish {
        }
    }

    /** What the provider sent back to the callback, and the state this browser started with (from its cookie). */
    record Callback(@Nullable String state, @Nullable String code, @Nullable String error,
                    @Nullable String browserState, @Nullable String userAgent) {
    }

    /** Completes a sign-in from the provider's callback; see {@link SsoFailure} for every way it can be refused. */
    Finish finish(Callback callback) {
        try {
            return signIn(callback);
        } catch (SsoRefusedException e) {
            LOG.warn("Single sign-on refused: {}", e.getMessage());
            return new Finish.Refused(e.failure());
        }
    }

    /** The trail line for a person whom their old company's provider still vouches for. */
    private void trail(SsoProvider provider, SsoRefusedException e) {
        if (e.failure() == SsoFailure.NOT_EMPLOYED_HERE && e.userId().isPresent()) {
            audit.signInRefusedNotEmployed(provider.partnerId(), users.get(e.userId().get()));
        }
    }

    private Finish signIn(Callback callback) {
        SsoRequest request = take(callback);
        SsoProvider provider = providers.findById(request.providerId())
                .orElseThrow(() -> new SsoRefusedException(SsoFailure.UNKNOWN_STATE, "provider gone"));
        if (!provider.enabled()) {
            throw new SsoRefusedException(SsoFailure.PROVIDER_DISABLED, "provider " + provider.id());
        }
        if (callback.error() != null) {
            throw new SsoRefusedException(SsoFailure.PROVIDER_REFUSED, bounded(callback.error()));
        }
        if (callback.code() == null || callback.code().isBlank()) {
            throw new SsoRefusedException(SsoFailure.PROVIDER_REFUSED, "no code");
        }
        Discovered discovered = discovered(provider);
        OIDCTokenResponse tokens = exchange(provider, discovered, callback.code(), request.codeVerifier());
        String idToken = tokens.getOIDCTokens().getIDTokenString();
        JWTClaimsSet claims;
        try {
            claims = idTokens.verify(idToken, discovered, provider.clientId(), request.nonce());
        } catch (IdTokenCheck.InvalidIdTokenException e) {
            throw new SsoRefusedException(SsoFailure.TOKEN_INVALID, "provider " + provider.id() + ": " + e.getMessage());
        }
        VerifiedPerson person = person(provider, claims, userInfo(provider, discovered, tokens, claims));
        long userId;
        try {
            userId = accountFor(provider, person);
        } catch (SsoRefusedException e) {
            trail(provider, e);
            throw e;
        }
        VerifiedSignIn.Opened opened = signIn.open(userId, callback.userAgent())
                .orElseThrow(() -> new SsoRefusedException(SsoFailure.ACCOUNT_INACTIVE, "user " + userId));
        ssoSessions.save(new SsoSession(opened.sessionHash(), provider.id(), idToken, clock.instant(),
                claims.getSubject(), claims.getClaim("sid") instanceof String sid ? sid : null));
        return new Finish.SignedIn(opened.cookie(), request.returnTo());
    }

    /**
     * The account, also when the same new person signs in twice at the same moment (two tabs, a double click at
     * the provider): the loser's transaction fails on the email or provider-account key and leaves nothing; run
     * again in a new transaction, it finds what the winner committed and signs in to it.
     */
    private long accountFor(SsoProvider provider, VerifiedPerson person) {
        try {
            return accounts.accountFor(provider, person);
        } catch (RuntimeException e) {
            if (!SsoAccounts.lostRace(e)) {
                throw e;
            }
            LOG.info("First sign-in of {} through provider {} raced another one; signing in to the winner's account",
                    person.subject(), provider.id());
            return accounts.accountFor(provider, person);
        }
    }

    /** The waiting sign-in for this state, taken out so that a second callback with it finds nothing. */
    private SsoRequest take(Callback callback) {
        String state = callback.state();
        if (state == null || state.isBlank() || callback.browserState() == null
                || !Secrets.same(state, callback.browserState())) {
            throw new SsoRefusedException(SsoFailure.FORGED_STATE, "state does not match this browser's");
        }
        String hash = Secrets.sha256(state);
        Optional<SsoRequest> found = requests.findById(hash);
        if (found.isEmpty() || requests.take(hash) != 1) {
            throw new SsoRefusedException(SsoFailure.UNKNOWN_STATE, "no sign-in waits under this state");
        }
        if (!found.get().expiresAt().isAfter(clock.instant())) {
            throw new SsoRefusedException(SsoFailure.EXPIRED, "the sign-in expired at " + found.get().expiresAt());
        }
        return found.get();
    }

    private OIDCTokenResponse exchange(SsoProvider provider, Discovered discovered, String code, String verifier) {
        ClientID clientId = new ClientID(provider.clientId());
        Secret secret = new Secret(secrets.decrypt(provider.clientSecret()));
        List<ClientAuthenticationMethod> methods = discovered.metadata().getTokenEndpointAuthMethods();
        ClientAuthentication authentication = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(clientId, secret) : new ClientSecretBasic(clientId, secret);
        TokenRequest request = new TokenRequest(discovered.metadata().getTokenEndpointURI(), authentication,
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, new CodeVerifier(verifier)));
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send(outbound));
            if (!response.indicatesSuccess()) {
                throw new SsoRefusedException(SsoFailure.PROVIDER_REFUSED, "token endpoint: "
                        + response.toErrorResponse().getErrorObject());
            }
            return (OIDCTokenResponse) response.toSuccessResponse();
        } catch (IOException | ParseException | ClassCastException | DestinationRefusedException e) {
            throw new SsoRefusedException(SsoFailure.PROVIDER_UNAVAILABLE, "token endpoint: " + e.getMessage());
        }
    }

    private Discovered discovered(SsoProvider provider) {
        try {
            return discovery.of(provider.issuer());
        } catch (Discovery.DiscoveryFailedException e) {
            throw new SsoRefusedException(SsoFailure.PROVIDER_UNAVAILABLE, e.getMessage());
        }
    }

    /**
     * The email, its verification and the name come from the ID token, or from the UserInfo endpoint when the ID
     * token carries no email (providers may leave it there, OpenID Connect Core 5.4). Without {@code email_verified}
     * the email is accepted only from a provider an admin said to trust.
     */
    private static VerifiedPerson person(SsoProvider provider, JWTClaimsSet claims, @Nullable UserInfo userInfo) {
        Object email = claims.getClaim("email");
        Object verified = claims.getClaim("email_verified");
        Object name = claims.getClaim("name");
        if (email == null && userInfo != null) {
            email = userInfo.getEmailAddress();
            verified = userInfo.getEmailVerified();
            name = name != null ? name : userInfo.getName();
        }
        if (!(email instanceof String address) || address.indexOf('@') < 1 || address.length() > 254) {
            throw new SsoRefusedException(SsoFailure.EMAIL_UNVERIFIED, "no usable email claim");
        }
        if (!Boolean.TRUE.equals(verified) && !(verified == null && provider.trustEmail())) {
            throw new SsoRefusedException(SsoFailure.EMAIL_UNVERIFIED, "email_verified is " + verified
                    + (provider.trustEmail() ? "" : " and provider " + provider.id() + " is not trusted"));
        }
        return new VerifiedPerson(claims.getSubject(), address.strip().toLowerCase(Locale.ROOT),
                name instanceof String n ? n : null);
    }

    /**
     * The UserInfo answer when the ID token has no email and the provider has a UserInfo endpoint, else null. Its
     * {@code sub} must be the ID token's (OpenID Connect Core 5.3.2), or the answer is about someone else.
     */
    @Nullable
    private UserInfo userInfo(SsoProvider provider, Discovered discovered, OIDCTokenResponse tokens,
                              JWTClaimsSet claims) {
        URI endpoint = discovered.metadata().getUserInfoEndpointURI();
        if (claims.getClaim("email") != null || endpoint == null) {
            return null;
        }
        try {
            HTTPRequest http = new UserInfoRequest(endpoint, tokens.getOIDCTokens().getBearerAccessToken())
                    .toHTTPRequest();
            UserInfoResponse response = UserInfoResponse.parse(http.send(outbound));
            if (!response.indicatesSuccess()) {
                throw new SsoRefusedException(SsoFailure.PROVIDER_REFUSED, "userinfo: "
                        + response.toErrorResponse().getErrorObject());
            }
            UserInfo info = response.toSuccessResponse().getUserInfo();
            if (info == null || !claims.getSubject().equals(info.getSubject().getValue())) {
                throw new SsoRefusedException(SsoFailure.TOKEN_INVALID, "provider " + provider.id()
                        + ": userinfo is not about the ID token's subject (or is not plain JSON)");
            }
            return info;
        } catch (IOException | ParseException | RuntimeException e) {
            if (e instanceof SsoRefusedException refused) {
                throw refused;
            }
            throw new SsoRefusedException(SsoFailure.PROVIDER_UNAVAILABLE, "userinfo: " + e.getMessage());
        }
    }

    private static String bounded(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100);
    }
}
