package io.partneracademy.api;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserNotFoundException;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.web.ForbiddenException;
import io.partneracademy.web.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API tokens: created by admins (all partners, or one) and partner admins (their own company only), shown once,
 * stored as a SHA-256, revocable, expiring. A token acts with its creator's rights, checked at every use, so a
 * partner admin who leaves their company or loses the role takes their tokens' access with them.
 */
@Singleton
public class ApiTokens {

    static final String SECRET_PREFIX = "pa_";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Users users;
    private final Partners partners;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, Users users, Partners partners, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.partners = partners;
        this.clock = clock;
    }

    /** A new token and its secret, which is never shown again. */
    public record Created(long id, String name, String secret) {
    }

    /** Every scope a token can hold, in the order the page lists them. */
    public static List<String> allScopes() {
        return Arrays.stream(ApiResource.values())
                .flatMap(r -> r.writable() ? java.util.stream.Stream.of(r.read(), r.write())
                        : java.util.stream.Stream.of(r.read()))
                .toList();
    }

    /** Creates a token for the form's partner (a partner admin's own company, whatever the form says). */
    @Transactional
    public Created create(CurrentUser creator, ApiTokenForm form) {
        Long partnerId = partnerFor(creator, form.partner());
        Set<String> scopes = new LinkedHashSet<>(form.scopeList());
        if (scopes.isEmpty()) {
            throw new ApiTokenRejectedException(ApiTokenRejectedException.Part.SCOPES, "api.scopes-required");
        }
        if (!allScopes().containsAll(scopes)) {
            throw new ApiTokenRejectedException(ApiTokenRejectedException.Part.SCOPES, "api.scope-unknown");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        ApiTokenRow row = tokens.save(new ApiTokenRow(null, form.name().strip(), hash(secret),
                secret.substring(0, 10), creator.id(), partnerId, String.join(" ", scopes), now,
                now.plus(Duration.ofDays(form.validDays())), null, null));
        return new Created(row.id(), row.name(), secret);
    }

    /** The tokens the viewer may see and revoke: all for admins, their company's for partner admins. */
    public List<ApiTokenView> list(CurrentUser viewer) {
        List<ApiTokenRow> rows;
        if (viewer.has(Role.ADMIN)) {
            rows = tokens.listAll();
        } else {
            rows = ownPartner(viewer).map(p -> tokens.listForPartner(p.id())).orElse(List.of());
        }
        Instant now = clock.instant();
        return rows.stream().map(r -> view(r, now)).toList();
    }

    /** Revokes a token at once; revoking twice changes nothing. */
    @Transactional
    public void revoke(CurrentUser viewer, long id) {
        ApiTokenRow row = tokens.findById(id).orElseThrow(() -> new ApiTokenNotFoundException(id));
        if (!viewer.has(Role.ADMIN)
                && (row.partnerId() == null || !ownPartner(viewer).map(p -> p.id().equals(row.partnerId())).orElse(false))) {
            throw new ApiTokenNotFoundException(id);
        }
        tokens.revoke(id, clock.instant());
    }

    /** The caller a secret stands for, if it is a live token whose creator still holds the rights it needs. */
    @Transactional
    public Optional<ApiClient> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiTokenRow> found = tokens.findByTokenHash(hash(secret))
                .filter(t -> t.revokedAt() == null && t.expiresAt().isAfter(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiTokenRow token = found.get();
        Optional<CurrentUser> creator = creator(token);
        if (creator.isEmpty()) {
            return Optional.empty();
        }
        tokens.touch(token.id(), now, now.minus(TOUCH_EVERY));
        return Optional.of(new ApiClient(token.id(), creator.get(), token.partnerId(),
                Set.copyOf(Arrays.asList(token.scopes().split(" ")))));
    }

    private Optional<CurrentUser> creator(ApiTokenRow token) {
        UserSummary user;
        try {
            user = users.get(token.createdBy());
        } catch (UserNotFoundException e) {
            return Optional.empty();
        }
        CurrentUser me = new CurrentUser(user.id(), user.email(), user.displayName(), user.roles());
        boolean stillAllowed = user.active() && (me.has(Role.ADMIN) || token.partnerId() != null
                && me.has(Role.PARTNER_ADMIN)
                && ownPartner(me).map(p -> p.id().equals(token.partnerId())).orElse(false));
        return stillAllowed ? Optional.of(me) : Optional.empty();
    }

    private Long partnerFor(CurrentUser creator, Long requested) {
        if (creator.has(Role.ADMIN)) {
            return requested == null ? null : partners.get(requested).id();
        }
        if (creator.has(Role.PARTNER_ADMIN)) {
            return ownPartner(creator).map(Partner::id)
                    .orElseThrow(() -> new ForbiddenException("api.no-company"));
        }
        throw new ForbiddenException("api.not-allowed");
    }

    private Optional<Partner> ownPartner(CurrentUser user) {
        return user.has(Role.PARTNER_ADMIN) ? partners.currentEmployer(user.id()) : Optional.empty();
    }

    private ApiTokenView view(ApiTokenRow r, Instant now) {
        String partner = r.partnerId() == null ? null : partners.get(r.partnerId()).name();
        String creator = users.get(r.createdBy()).displayName();
        return new ApiTokenView(r.id(), r.name(), r.prefix(), partner, List.of(r.scopes().split(" ")), creator,
                r.createdAt(), r.expiresAt(), r.lastUsedAt(), r.revokedAt() != null,
                r.revokedAt() == null && r.expiresAt().isAfter(now));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No token with this id that the viewer may manage. */
    static class ApiTokenNotFoundException extends NotFoundException {
        ApiTokenNotFoundException(long id) {
            super("api.token-not-found", id);
        }
    }
}
