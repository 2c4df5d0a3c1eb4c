package io.partneracademy.sso;

import io.partneracademy.accounts.EmailTakenException;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds or creates the account a provider's verified person signs in to. The email's domain must be claimed by the
 * provider's own company and sign in through this very provider (a company with several providers gives each its
 * domains, and one provider does not vouch for another's people). A known provider account ({@code sub}) signs in to the account it was linked to; an
 * existing account with the same email is linked (and keeps its history); otherwise a learner is created at the
 * company (just in time). Either way the person must work for the provider's company today: someone who moved to
 * another company (or left) is refused, although their old company's provider still vouches for them. One
 * transaction: a refusal leaves nothing behind.
 */
@Singleton
class SsoAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(SsoAccounts.class);
    /** The vendor's own staff: a partner's identity provider must never be able to sign in as one of them. */
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.PARTNER_MANAGER, Role.AUTHOR);
    private static final int MAX_NAME = 200;

    private final SsoDomainRepository domains;
    private final SsoIdentityRepository identities;
    private final Users users;
    private final People people;
    private final Partners partners;
    private final Clock clock;

    SsoAccounts(SsoDomainRepository domains, SsoIdentityRepository identities, Users users, People people,
                Partners partners, Clock clock) {
        this.domains = domains;
        this.identities = identities;
        this.users = users;
        this.people = people;
        this.partners = partners;
        this.clock = clock;
    }

    /** The id of the account to sign in to; throws {@link SsoRefusedException} when none may be used. */
    @Transactional
    long accountFor(SsoProvider provider, VerifiedPerson person) {
        SsoDomain claimed = domains.findById(person.domain()).orElseThrow(() -> new SsoRefusedException(
                SsoFailure.DOMAIN_NOT_CLAIMED, person.domain()));
        if (claimed.partnerId() != provider.partnerId()) {
            throw new SsoRefusedException(SsoFailure.DOMAIN_OF_OTHER_COMPANY, person.domain() + " is partner "
                    + claimed.partnerId() + "'s, the provider is partner " + provider.partnerId() + "'s");
        }
        if (!provider.id().equals(claimed.providerId())) {
            throw new SsoRefusedException(SsoFailure.DOMAIN_OF_OTHER_PROVIDER, person.domain() + " signs in through "
                    + (claimed.providerId() == null ? "no provider" : "provider " + claimed.providerId())
                    + ", not provider " + provider.id());
        }
        Instant now = clock.instant();
        Optional<SsoIdentity> known = identities.findByProviderIdAndSubject(provider.id(), person.subject());
        if (known.isPresent()) {
            UserSummary user = users.get(known.get().userId());
            usable(user);
            employedAt(provider, user.id(), partners.currentEmployer(user.id()).map(Partner::id));
            identities.touch(known.get().id(), now);
            return user.id();
        }
        UserSummary user = users.findByEmail(person.email()).orElse(null);
        if (user == null) {
            user = users.create(person.email(), name(person), EnumSet.of(Role.LEARNER));
            LOG.info("Created learner {} at partner {} on first sign-in through provider {}", user.id(),
                    provider.partnerId(), provider.id());
        } else {
            usable(user);
        }
        Optional<Long> employer = partners.currentEmployer(user.id()).map(Partner::id);
        if (employer.isEmpty()) {
            people.employ(user.id(), provider.partnerId(), null, LocalDate.now(clock));
        } else {
            employedAt(provider, user.id(), employer);
        }
        identities.save(new SsoIdentity(null, provider.id(), person.subject(), user.id(), now, now));
        return user.id();
    }

    /**
     * Whether a failed {@link #accountFor} lost a race with a concurrent first sign-in of the same person: a
     * duplicate email or provider account (unique keys), the email found taken, or a deadlock between the two
     * inserts. Its transaction was rolled back whole, so running it again is safe.
     */
    static boolean lostRace(Throwable e) {
        if (e instanceof EmailTakenException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException || t instanceof SQLTransactionRollbackException
                    || t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("23000") || sql.getSQLState().equals("40001"))) {
                return true;
            }
        }
        return false;
    }

    /** Refuses unless the person works for the provider's company today. */
    private static void employedAt(SsoProvider provider, long userId, Optional<Long> employer) {
        if (employer.isEmpty() || employer.get() != provider.partnerId()) {
            throw new SsoRefusedException(SsoFailure.NOT_EMPLOYED_HERE, "user " + userId + " works for "
                    + employer.map(String::valueOf).orElse("no partner") + ", the provider is partner "
                    + provider.partnerId() + "'s", userId);
        }
    }

    private static void usable(UserSummary user) {
        if (!user.active()) {
            throw new SsoRefusedException(SsoFailure.ACCOUNT_INACTIVE, "user " + user.id());
        }
        if (user.roles().stream().anyMatch(STAFF::contains)) {
            throw new SsoRefusedException(SsoFailure.STAFF_ACCOUNT, "user " + user.id() + " holds " + user.roles());
        }
    }

    private static String name(VerifiedPerson person) {
        String name = person.displayName() == null || person.displayName().isBlank()
                ? person.email().substring(0, person.email().indexOf('@')) : person.displayName().strip();
        return name.codePointCount(0, name.length()) <= MAX_NAME ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME));
    }
}
