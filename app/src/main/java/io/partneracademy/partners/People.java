package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.InvitationLink;
import io.partneracademy.accounts.Invitations;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The people who work for partner companies: who they are, where they work, and since when. */
@Singleton
public class People {

    private final EmploymentRepository employments;
    private final PartnerRepository partners;
    private final PartnerAccess access;
    private final Users users;
    private final Invitations invitations;
    private final Outbox outbox;
    private final Clock clock;

    /** The outbox event for a join, leave or move. */
    public static final String EMPLOYMENT_CHANGED = "employment.changed";

    People(EmploymentRepository employments, PartnerRepository partners, PartnerAccess access, Users users,
           Invitations invitations, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.employments = employments;
        this.partners = partners;
        this.access = access;
        this.users = users;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** True for the person themself, admins, and whoever may manage the person's current employer. */
    public boolean mayView(CurrentUser viewer, long userId) {
        if (viewer.id() == userId || viewer.has(Role.ADMIN)) {
            return true;
        }
        return employments.findByUserIdAndEndedOnIsNull(userId).map(e -> access.canManage(viewer, e.partnerId()))
                .orElse(false);
    }

    /** The ids of the partner's current staff who hold the partner admin role (for notifications). */
    public List<Long> adminIds(long partnerId) {
        return adminIds(List.of(partnerId)).getOrDefault(partnerId, List.of());
    }

    /** {@link #adminIds(long)} for many partners in one query, by partner. */
    public Map<Long, List<Long>> adminIds(Collection<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        return employments.findAdmins(List.copyOf(partnerIds)).stream().collect(Collectors.groupingBy(
                PartnerUser::partnerId, Collectors.mapping(PartnerUser::userId,
                        Collectors.toList())));
    }

    /** A partner's current staff, if the user may manage that partner. */
    public List<Person> staff(CurrentUser viewer, long partnerId) {
        access.requireManage(viewer, partnerId);
        return employments.findByPartnerIdAndEndedOnIsNull(partnerId).stream()
                .map(e -> new Person(users.get(e.userId()), e.jobTitle(), e.startedOn()))
                .sorted(Comparator.comparing(p -> p.user().displayName()))
                .toList();
    }

    /** One current employee of the partner; 403 for partners the viewer does not manage, 404 for others' staff. */
    public Person person(CurrentUser viewer, long partnerId, long userId) {
        access.requireManage(viewer, partnerId);
        Employment employment = employments.findByUserIdAndEndedOnIsNull(userId)
                .filter(e -> e.partnerId() == partnerId)
                .orElseThrow(() -> new PersonNotFoundException(userId));
        return new Person(users.get(userId), employment.jobTitle(), employment.startedOn());
    }

    /** The people who work at each of these partners today (user ids by partner; partners with nobody left out). */
    public Map<Long, List<Long>> currentStaffIds(Collection<Long> partnerIds) {
        Map<Long, List<Long>> staff = new HashMap<>();
        if (!partnerIds.isEmpty()) {
            employments.findByPartnerIdInAndEndedOnIsNull(partnerIds).forEach(e ->
                    staff.computeIfAbsent(e.partnerId(), id -> new java.util.ArrayList<>()).add(e.userId()));
        }
        return staff;
    }

    /** The partner each of these people works at today, by person; people without a current employer are left out. */
    public Map<Long, Long> currentEmployerIds(Collection<Long> userIds) {
        Map<Long, Long> employers = new HashMap<>();
        if (!userIds.isEmpty()) {
            employments.findByUserIdInAndEndedOnIsNull(userIds).forEach(e -> employers.put(e.userId(), e.partnerId()));
        }
        return employers;
    }

    /** Someone working at a partner today. */
    public record Employee(long userId, long partnerId) {
    }

    /**
     * One page of the people working today at these partners (at every partner when {@code partnerIds} is null) whose
     * job title contains {@code titleContains} (case-insensitively; anyone when null), in user id order after
     * {@code afterUserId}: callers that reach thousands page through them.
     */
    public List<Employee> currentEmployees(@Nullable Collection<Long> partnerIds, @Nullable String titleContains,
                                           long afterUserId, int limit) {
        if (partnerIds != null && partnerIds.isEmpty()) {
            return List.of();
        }
        return employments.findCurrent(partnerIds == null, partnerIds == null ? List.of(-1L) : partnerIds,
                        titleContains, afterUserId, limit).stream()
                .map(e -> new Employee(e.userId(), e.partnerId()))
                .toList();
    }

    /** The people whose current employment began (a join or a move) or changed (a job title) after the moment. */
    public List<Long> employmentChangedAfter(Instant at) {
        return employments.findCurrentChangedAfter(at);
    }

    /** The person as they work at the partner today (job title, start date); empty when they do not work there. */
    public Optional<Person> currentAt(long partnerId, long userId) {
        return employments.findByUserIdAndEndedOnIsNull(userId).filter(e -> e.partnerId() == partnerId)
                .map(e -> new Person(users.get(userId), e.jobTitle(), e.startedOn()));
    }

    /** Creates a learner account at the partner and returns the one-time invitation link. */
    @Transactional
    public InvitationLink invite(CurrentUser inviter, long partnerId, PersonForm form) {
        return invite(inviter, partnerId, form, false);
    }

    /** As {@link #invite(CurrentUser, long, PersonForm)}, and the person is also a partner admin when asked. */
    @Transactional
    public InvitationLink invite(CurrentUser inviter, long partnerId, PersonForm form, boolean partnerAdmin) {
        access.requireManage(inviter, partnerId);
        partners.findById(partnerId).orElseThrow(() -> new PartnerNotFoundException(partnerId));
        UserSummary user = users.create(form.email(), form.displayName(), partnerAdmin
                ? EnumSet.of(Role.LEARNER, Role.PARTNER_ADMIN) : EnumSet.of(Role.LEARNER));
        employments.save(new Employment(null, user.id(), partnerId, blankToNull(form.jobTitle()),
                LocalDate.now(clock), null, clock.instant()));
        changed(user.id(), null, partnerId);
        return invitations.issue(user.id(), inviter.id());
    }

    /** Starts someone's employment at a partner, ending the current one the day before (history is kept). */
    @Transactional
    public void employ(long userId, long partnerId, String jobTitle, LocalDate from) {
        partners.findById(partnerId).orElseThrow(() -> new PartnerNotFoundException(partnerId));
        Optional<Employment> current = employments.findByUserIdAndEndedOnIsNull(userId);
        if (current.isPresent()) {
            Employment open = current.get();
            if (open.partnerId() == partnerId) {
                throw new AlreadyEmployedException();
            }
            if (!from.isAfter(open.startedOn())) {
                throw new MoveBeforeStartException();
            }
            employments.update(open.endedOn(from.minusDays(1), clock.instant()));
        }
        employments.save(new Employment(null, userId, partnerId, blankToNull(jobTitle), from, null, clock.instant()));
        changed(userId, current.map(Employment::partnerId).orElse(null), partnerId);
    }

    /** Changes the job title of one of the partner's current people (blank clears it). */
    @Transactional
    public void changeJobTitle(CurrentUser viewer, long partnerId, long userId, String jobTitle) {
        person(viewer, partnerId, userId);
        Employment open = employments.findByUserIdAndEndedOnIsNull(userId).orElseThrow();
        employments.update(open.withJobTitle(blankToNull(jobTitle), clock.instant()));
    }

    /**
     * The partner's people changed after a point, oldest change first, for an integration's sync: current staff, or
     * also those who left (with their last day).
     */
    public List<StaffChange> changedAfter(CurrentUser viewer, long partnerId, boolean includeLeft, Instant at,
                                          long afterEmploymentId, int limit) {
        access.requireManage(viewer, partnerId);
        return employments.findChanged(partnerId, includeLeft, at, afterEmploymentId, limit).stream()
                .map(StaffChangeRow::change).toList();
    }

    /** Deactivates the account of one of the partner's current people: they can no longer sign in. */
    @Transactional
    public void deactivate(CurrentUser viewer, long partnerId, long userId) {
        Person person = person(viewer, partnerId, userId);
        if (person.user().id() == viewer.id()) {
            throw new SelfDeactivationException();
        }
        users.update(userId, person.user().displayName(), false, person.user().roles());
    }

    /** Ends the person's current employment (they left the partner); the history stays. */
    @Transactional
    public void endEmployment(CurrentUser viewer, long partnerId, long userId, LocalDate lastDay) {
        Person person = person(viewer, partnerId, userId);
        Employment open = employments.findByUserIdAndEndedOnIsNull(person.user().id()).orElseThrow();
        employments.update(open.endedOn(lastDay, clock.instant()));
        changed(person.user().id(), open.partnerId(), null);
    }

    /** Tells other features (tier eligibility) that someone joined, left or moved, in the same transaction. */
    private void changed(long userId, Long fromPartnerId, Long toPartnerId) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("userId", userId);
        payload.put("fromPartnerId", fromPartnerId);
        payload.put("toPartnerId", toPartnerId);
        outbox.add(EMPLOYMENT_CHANGED, String.valueOf(userId), payload);
    }

    /** Every employment a person has had, newest first. */
    public List<EmploymentPeriod> history(long userId) {
        return employments.findByUserIdOrderByStartedOnDesc(userId).stream()
                .map(e -> new EmploymentPeriod(e.partnerId(),
                        partners.findById(e.partnerId()).map(Partner::name).orElse("?"),
                        e.jobTitle(), e.startedOn(), e.endedOn()))
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
