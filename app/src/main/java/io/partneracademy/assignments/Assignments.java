package io.partneracademy.assignments;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.assignments.AssignmentRejectedException.Part;
import io.partneracademy.partners.PartnerAccessDeniedException;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Person;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.InvalidPartsException.Problem;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.partneracademy.assignments.AssignmentRejectedException.problem;

/**
 * Assigns work with a due date to a partner's people: a partner admin for their company, a partner manager for their
 * portfolio, an admin for anyone. Everything is checked before anything is written, so a refused request leaves no
 * half-made assignments; work a person already has open is not assigned twice.
 */
@Singleton
public class Assignments {

    /** The longest note an assigner may add. */
    static final int NOTE_MAX = 500;

    private final AssignmentRepository assignments;
    private final CampaignRepository campaigns;
    private final People people;
    private final WorkCatalog catalog;
    private final DueDates dueDates;
    private final Clock clock;

    Assignments(AssignmentRepository assignments, CampaignRepository campaigns, People people, WorkCatalog catalog,
                DueDates dueDates, Clock clock) {
        this.assignments = assignments;
        this.campaigns = campaigns;
        this.people = people;
        this.catalog = catalog;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** What to assign to whom, by when. */
    public record Request(WorkKind kind, String refId, List<Long> userIds, @Nullable LocalDate dueOn,
                          @Nullable String note) {
    }

    /** How many assignments were made, and how many people already had this work open. */
    public record Result(int assigned, int alreadyOpen) {
    }

    /** One renewal a tier forecast asks for: this person recertifies on this path. */
    public record Renewal(long userId, String pathId) {
    }

    /**
     * Assigns the work to each person; 403 when one of them is not a current employee of a partner the assigner
     * looks after, {@link AssignmentRejectedException} when the work, the people or the due date are wrong.
     */
    @Transactional
    public Result assign(CurrentUser by, long partnerId, Request request) {
        Map<Long, Person> staff = staff(by, partnerId, request.userIds());
        Work work = check(by, request.kind(), request.refId(), request.userIds(), request.dueOn(), request.note());
        return save(by, partnerId, work, staff.keySet(), request.dueOn(), blankToNull(request.note()), null);
    }

    /**
     * Assigns renewal of each listed certification, due on the date the tier would drop, as one campaign; the
     * campaign's id is returned. Renewals a person already has open join the campaign.
     */
    @Transactional
    public long startCampaign(CurrentUser by, long partnerId, List<Renewal> renewals, LocalDate dueOn, Tier fallsTo) {
        List<Long> userIds = renewals.stream().map(Renewal::userId).distinct().toList();
        staff(by, partnerId, userIds);
        List<Work> works = new ArrayList<>();
        for (Renewal renewal : renewals) {
            works.add(check(by, WorkKind.PATH, renewal.pathId(), userIds, dueOn, null));
        }
        CampaignRow campaign = campaigns.save(new CampaignRow(null, partnerId, dueOn, fallsTo.name(), by.id(),
                clock.instant()));
        for (int i = 0; i < renewals.size(); i++) {
            save(by, partnerId, works.get(i), Set.of(renewals.get(i).userId()), dueOn, null, campaign.id());
        }
        return campaign.id();
    }

    private Map<Long, Person> staff(CurrentUser by, long partnerId, List<Long> userIds) {
        Map<Long, Person> staff = new LinkedHashMap<>();
        people.staff(by, partnerId).forEach(p -> staff.put(p.user().id(), p));
        if (!staff.keySet().containsAll(userIds)) {
            throw new PartnerAccessDeniedException();
        }
        Map<Long, Person> chosen = new LinkedHashMap<>();
        userIds.forEach(id -> chosen.put(id, staff.get(id)));
        return chosen;
    }

    private Work check(CurrentUser by, @Nullable WorkKind kind, @Nullable String refId, List<Long> userIds,
                       @Nullable LocalDate dueOn, @Nullable String note) {
        List<Problem> problems = new ArrayList<>();
        Optional<Work> work = kind == null || refId == null ? Optional.empty() : catalog.find(by, kind, refId);
        if (work.isEmpty()) {
            problems.add(problem(Part.WORK, "assign.work-unknown"));
        }
        if (userIds.isEmpty()) {
            problems.add(problem(Part.PEOPLE, "assign.people-none"));
        }
        if (note != null && note.length() > NOTE_MAX) {
            problems.add(problem(Part.NOTE, "assign.note-too-long", NOTE_MAX));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (work.isPresent()) {
            dueDates.check(work.get(), dueOn, today).ifPresent(problems::add);
        } else if (dueOn == null) {
            problems.add(problem(Part.DUE_ON, "assign.due-missing"));
        }
        if (!problems.isEmpty()) {
            throw new AssignmentRejectedException(problems);
        }
        return work.orElseThrow();
    }

    private Result save(CurrentUser by, long partnerId, Work work, Set<Long> userIds, LocalDate dueOn,
                        @Nullable String note, @Nullable Long campaignId) {
        Instant now = clock.instant();
        int assigned = 0;
        Set<Long> already = new HashSet<>();
        for (Long userId : userIds) {
            String key = AssignmentRow.openKey(userId, work.kind(), work.id());
            Optional<AssignmentRow> open = assignments.findByOpenKey(key);
            if (open.isPresent()) {
                already.add(userId);
                if (campaignId != null) {
                    assignments.joinCampaign(open.get().id(), campaignId, dueOn);
                }
                continue;
            }
            assignments.save(new AssignmentRow(null, partnerId, userId, work.kind(), work.id(), work.title(), dueOn,
                    note, by.id(), campaignId, now, null, null, null, key, null, null, AssignmentRow.NO_ROUND, null));
            assigned++;
        }
        return new Result(assigned, already.size());
    }

    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
