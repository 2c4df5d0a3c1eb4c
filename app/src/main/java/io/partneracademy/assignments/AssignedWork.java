package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Assignments as people see them: a learner's open work, a partner's assignments with progress and overdue counts,
 * and a renewal campaign's progress. An open assignment whose work is done counts as done at once, even before
 * {@link AssignmentCompletion} has closed it.
 */
@Singleton
public class AssignedWork {

    private final AssignmentRepository assignments;
    private final CampaignRepository campaigns;
    private final WorkCatalog catalog;
    private final People people;
    private final Users users;
    private final WorkTitles titles;
    private final Clock clock;

    AssignedWork(AssignmentRepository assignments, CampaignRepository campaigns, WorkCatalog catalog, People people,
                 Users users, WorkTitles titles, Clock clock) {
        this.titles = titles;
        this.assignments = assignments;
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.people = people;
        this.users = users;
        this.clock = clock;
    }

    /** Where an assignment stands; WITHDRAWN when its onboarding step was removed from the plan before it was done. */
    public enum Status { OPEN, OVERDUE, DONE, WITHDRAWN }

    /**
     * One open assignment on the learner's home page.
     *
     * @param assignedBy who assigned it; null when the partner's onboarding plan did ({@code onboardingWeek} is set)
     */
    public record Assigned(String title, String link, @Nullable String assignedBy, String dueOn, boolean overdue,
                           @Nullable String note, @Nullable Integer onboardingWeek) {
    }

    /**
     * One assignment on the team page and in its CSV.
     *
     * @param assignedBy who assigned it; null when the partner's onboarding plan did ({@code onboardingWeek} is set)
     */
    public record Line(long userId, String person, WorkKind kind, String refId, String title, String dueOn,
                       @Nullable String assignedBy, Status status, @Nullable Integer onboardingWeek) {
    }

    /** A partner's assignments with how many are open, overdue and done. */
    public record Team(int open, int overdue, int done, List<Line> lines) {
    }

    /** A renewal campaign: due date, the tier it guards against, and how many of its people have renewed. */
    public record Campaign(long id, String dueOn, Tier fallsTo, int people, int done, List<Line> lines) {
    }

    /** One new hire's onboarding: their plan's steps, how many are done and how many overdue. */
    public record Onboarding(long userId, String person, int done, int overdue, List<Line> steps) {
    }

    /** The person's open assignments, soonest due first, titled as stored. */
    public List<Assigned> openFor(long userId) {
        return openFor(userId, null);
    }

    /** The person's open assignments, soonest due first, titled in the reader's language where translated. */
    public List<Assigned> openFor(long userId, @Nullable Locale reader) {
        LocalDate today = today();
        Map<Long, String> names = new HashMap<>();
        WorkTitles.Memo title = titles.memo(reader);
        return assignments.findByUserIdAndCompletedAtIsNullOrderByDueOn(userId).stream()
                .filter(a -> !catalog.done(a.userId(), a.kind(), a.refId(), a.dueOn()))
                .map(a -> new Assigned(title.of(a.kind(), a.refId(), a.title()), Work.link(a.kind(), a.refId()),
                        name(names, a.assignedBy()),
                        a.dueOn().toString(), a.dueOn().isBefore(today), a.note(), a.onboardingWeek()))
                .toList();
    }

    /** Every assignment at the partner, for those who look after it (403 otherwise), titled as stored. */
    public Team forPartner(CurrentUser viewer, long partnerId) {
        return forPartner(viewer, partnerId, null);
    }

    /** Every assignment at the partner, titled in the reader's language where translated (403 to others). */
    public Team forPartner(CurrentUser viewer, long partnerId, @Nullable Locale reader) {
        people.staff(viewer, partnerId);
        List<Line> lines = lines(assignments.findByPartner(partnerId), reader);
        return new Team(count(lines, Status.OPEN), count(lines, Status.OVERDUE), count(lines, Status.DONE), lines);
    }

    /** Everyone at the partner with steps of an onboarding plan, by name, for those who look after it (403 otherwise). */
    public List<Onboarding> onboarding(CurrentUser viewer, long partnerId) {
        return onboarding(viewer, partnerId, null);
    }

    /** As {@link #onboarding(CurrentUser, long)}, the steps titled in the reader's language where translated. */
    public List<Onboarding> onboarding(CurrentUser viewer, long partnerId, @Nullable Locale reader) {
        people.staff(viewer, partnerId);
        Map<Long, List<Line>> byPerson = new java.util.LinkedHashMap<>();
        for (Line line : lines(assignments.findOnboardingByPartner(partnerId), reader)) {
            if (line.status() == Status.WITHDRAWN) {
                continue;
            }
            byPerson.computeIfAbsent(line.userId(), id -> new java.util.ArrayList<>()).add(line);
        }
        return byPerson.values().stream().map(l -> new Onboarding(l.get(0).userId(), l.get(0).person(),
                        count(l, Status.DONE), count(l, Status.OVERDUE), l))
                .sorted(java.util.Comparator.comparing(Onboarding::person)).toList();
    }

    /** The partner's latest renewal campaign, for those who look after it. */
    public Optional<Campaign> latestCampaign(CurrentUser viewer, long partnerId) {
        return latestCampaign(viewer, partnerId, null);
    }

    /** As {@link #latestCampaign(CurrentUser, long)}, titled in the reader's language where translated. */
    public Optional<Campaign> latestCampaign(CurrentUser viewer, long partnerId, @Nullable Locale reader) {
        people.staff(viewer, partnerId);
        return campaigns.findFirstByPartnerIdOrderByIdDesc(partnerId).map(c -> {
            List<Line> lines = lines(assignments.findByCampaignIdOrderById(c.id()), reader);
            return new Campaign(c.id(), c.dueOn().toString(), Tier.valueOf(c.fallsTo()), lines.size(),
                    count(lines, Status.DONE), lines);
        });
    }

    private List<Line> lines(List<AssignmentRow> rows, @Nullable Locale reader) {
        LocalDate today = today();
        Map<Long, String> names = new HashMap<>();
        WorkTitles.Memo title = titles.memo(reader);
        return rows.stream().map(a -> new Line(a.userId(), name(names, a.userId()), a.kind(), a.refId(),
                title.of(a.kind(), a.refId(), a.title()),
                a.dueOn().toString(), name(names, a.assignedBy()), status(a, today), a.onboardingWeek())).toList();
    }

    private Status status(AssignmentRow a, LocalDate today) {
        if (a.withdrawnAt() != null) {
            return Status.WITHDRAWN;
        }
        if (a.completedAt() != null || catalog.done(a.userId(), a.kind(), a.refId(), a.dueOn())) {
            return Status.DONE;
        }
        return a.dueOn().isBefore(today) ? Status.OVERDUE : Status.OPEN;
    }

    @Nullable
    private String name(Map<Long, String> names, @Nullable Long userId) {
        return userId == null ? null : names.computeIfAbsent(userId, id -> users.get(id).displayName());
    }

    private static int count(List<Line> lines, Status status) {
        return (int) lines.stream().filter(l -> l.status() == status).count();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
