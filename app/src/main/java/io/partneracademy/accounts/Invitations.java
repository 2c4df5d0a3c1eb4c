package io.partneracademy.accounts;

import io.micronaut.context.annotation.Value;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Issues one-time invitation links and lets the invited person choose a password. */
@Singleton
public class Invitations {

    private static final Logger LOG = LoggerFactory.getLogger(Invitations.class);
    private static final int TOKEN_BYTES = 32;
    static final String PATH = "/invitations/";

    private final InvitationRepository invitations;
    private final AppUserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Sessions sessions;
    private final Clock clock;
    private final Duration validFor;
    private final String baseUrl;

    Invitations(InvitationRepository invitations, AppUserRepository users, PasswordHasher hasher,
                PasswordPolicy policy, Sessions sessions, Clock clock,
                @Value("${partneracademy.invitations.valid-for:7d}") Duration validFor,
                @Value("${partneracademy.public-base-url}") String baseUrl) {
        this.invitations = invitations;
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.clock = clock;
        this.validFor = validFor;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Issues a new link for the user (earlier open links stop working) and logs it until email exists. */
    @Transactional
    public InvitationLink issue(long userId, long invitedBy) {
        AppUser user = users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        Instant now = clock.instant();
        invitations.expireOpen(userId, now);
        String token = Secrets.randomToken(TOKEN_BYTES);
        invitations.save(new Invitation(null, userId, Secrets.sha256(token), invitedBy, now, now.plus(validFor), null));
        String url = baseUrl + PATH + token;
        LOG.info("Invitation for {}: {}", user.email(), url);
        return new InvitationLink(userId, user.email(), url);
    }

    /** The person an open invitation is for, or a 404 when the link is unknown, used or expired. */
    public UserSummary invitee(String token) {
        Invitation invitation = open(token);
        AppUser user = users.findById(invitation.userId()).orElseThrow(InvitationNotFoundException::new);
        return new UserSummary(user.id(), user.email(), user.displayName(), user.active(), true, java.util.Set.of());
    }

    /**
     * Sets the password, uses up the link and signs the person in; returns the session token. The link is used up
     * by one conditional update first, so of several parallel accepts exactly one goes on; the others get a 404.
     */
    @Transactional
    public String accept(String token, String password, String confirmation) {
        Invitation invitation = open(token);
        AppUser user = users.findById(invitation.userId()).orElseThrow(InvitationNotFoundException::new);
        List<String> problems = policy.violations(password, user.email());
        boolean confirmationDiffers = !password.equals(confirmation);
        if (!problems.isEmpty() || confirmationDiffers) {
            throw new PasswordRejectedException(problems, confirmationDiffers);
        }
        Instant now = clock.instant();
        if (invitations.markUsed(invitation.id(), now) == 0) {
            throw new InvitationNotFoundException();
        }
        users.update(user.withPasswordHash(hasher.hash(password), now));
        sessions.closeAll(user.id());
        return sessions.open(user.id(), null);
    }

    private Invitation open(String token) {
        Instant now = clock.instant();
        return invitations.findByTokenHash(Secrets.sha256(token))
                .filter(i -> i.usedAt() == null && i.expiresAt().isAfter(now))
                .orElseThrow(InvitationNotFoundException::new);
    }
}
