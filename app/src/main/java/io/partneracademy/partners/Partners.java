package io.partneracademy.partners;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Partner companies and the partner managers assigned to them. */
@Singleton
public class Partners {

    private final PartnerRepository partners;
    private final ManagerAssignmentRepository assignments;
    private final EmploymentRepository employments;
    private final PartnerAccess access;
    private final Users users;
    private final Clock clock;

    Partners(PartnerRepository partners, ManagerAssignmentRepository assignments, EmploymentRepository employments,
             PartnerAccess access, Users users, Clock clock) {
        this.partners = partners;
        this.assignments = assignments;
        this.employments = employments;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /** All partners by name. */
    public List<Partner> list() {
        return partners.findAllOrderByName();
    }

    /** These partners, in no particular order; unknown ids are left out. */
    public List<Partner> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : partners.findByIdIn(ids);
    }

    /** One partner, or a 404. */
    public Partner get(long id) {
        return partners.findById(id).orElseThrow(() -> new PartnerNotFoundException(id));
    }

    /** A partner the user may manage; a 403 when they may not. */
    public Partner getManaged(CurrentUser user, long id) {
        Partner partner = get(id);
        access.requireManage(user, id);
        return partner;
    }

    /** Partners in a manager's portfolio. */
    public List<Partner> portfolio(long managerId) {
        return partners.findPortfolio(managerId);
    }

    /** The partners the user looks after: all for admins, the portfolio, or their own company. */
    public List<Partner> managedBy(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return list();
        }
        if (user.has(Role.PARTNER_MANAGER)) {
            return portfolio(user.id());
        }
        if (user.has(Role.PARTNER_ADMIN)) {
            return currentEmployer(user.id()).stream().toList();
        }
        return List.of();
    }

    /** Every partner changed after (at, afterId), oldest change first, one page; admins only. */
    public List<Partner> changedAfter(CurrentUser viewer, Instant at, long afterId, int limit) {
        if (!viewer.has(Role.ADMIN)) {
            throw new PartnerAccessDeniedException();
        }
        return partners.findChangedAfter(at, afterId, limit);
    }

    /** The ids of every partner of the tier today. */
    public List<Long> idsOfTier(Tier tier) {
        return partners.findIdsOfTier(tier.name());
    }

    /** The ids of partners changed after the moment (a new tier, another name or type). */
    public List<Long> idsChangedAfter(Instant at) {
        return partners.findIdsChangedAfter(at);
    }

    /** The partner the person works for today. */
    public Optional<Partner> currentEmployer(long userId) {
        return employments.findByUserIdAndEndedOnIsNull(userId).flatMap(e -> partners.findById(e.partnerId()));
    }

    @Transactional
    public Partner create(PartnerForm form) {
        if (partners.existsByName(form.name().strip())) {
            throw new PartnerNameTakenException();
        }
        Instant now = clock.instant();
        return partners.save(new Partner(null, form.name().strip(), form.type(), form.region().strip(),
                form.agreementSignedOn(), form.tier(), now, now));
    }

    @Transactional
    public Partner update(long id, PartnerForm form) {
        Partner partner = get(id);
        if (partners.existsByNameAndIdNotEqual(form.name().strip(), id)) {
            throw new PartnerNameTakenException();
        }
        return partners.update(partner.withDetails(form, clock.instant()));
    }

    /** Moves partners to another tier; the tiers feature decides when (eligibility and its grace period). */
    @Transactional
    public void changeTier(List<Long> ids, Tier tier) {
        if (!ids.isEmpty()) {
            partners.updateTier(ids, tier.name(), clock.instant());
        }
    }

    /** The partner managers of many partners, by partner, in one query. */
    public Map<Long, List<Long>> managerIds(Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return assignments.findManagers(List.copyOf(partnerIds)).stream().collect(java.util.stream.Collectors
                .groupingBy(PartnerUser::partnerId, Collectors.mapping(PartnerUser::userId,
                        Collectors.toList())));
    }

    /** The partner managers assigned to a partner. */
    public List<UserSummary> managers(long partnerId) {
        return assignments.findManagerIds(partnerId).stream().map(users::get).toList();
    }

    /** Adds a partner manager to a partner's coverage; the user must hold the PARTNER_MANAGER role. */
    @Transactional
    public void assignManager(long partnerId, long managerId) {
        get(partnerId);
        if (!users.get(managerId).roles().contains(Role.PARTNER_MANAGER)) {
            throw new NotAPartnerManagerException();
        }
        if (!assignments.isAssigned(partnerId, managerId)) {
            assignments.assign(partnerId, managerId, clock.instant());
        }
    }

    @Transactional
    public void unassignManager(long partnerId, long managerId) {
        assignments.unassign(partnerId, managerId);
    }
}
