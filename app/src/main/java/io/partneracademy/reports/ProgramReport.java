package io.partneracademy.reports;

import io.micronaut.transaction.annotation.Transactional;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.catalog.Requirements;
import io.partneracademy.web.ForbiddenException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The program view for admins and the enablement team: the partner success report's certification tables computed
 * from live data. Only ADMIN and AUTHOR may read it, checked here whatever the caller.
 */
@Singleton
public class ProgramReport {

    private final ProgramRepository repository;
    private final Labels labels;
    private final PathRules paths;
    private final Requirements requirements;
    private final Clock clock;

    ProgramReport(ProgramRepository repository, Labels labels, PathRules paths, Requirements requirements,
                  Clock clock) {
        this.repository = repository;
        this.paths = paths;
        this.requirements = requirements;
        this.labels = labels;
        this.clock = clock;
    }

    /** The section ids in the page's order. */
    static final List<String> SECTIONS = List.of(CompletionsSection.ID, TierSection.ID, FunnelSection.ID,
            VelocitySection.ID, LiveSection.ID, LiveSessionsSection.ID);

    /** The sections for the filter, in the page's order, read in one consistent snapshot. */
    @Transactional(readOnly = true)
    public Program report(CurrentUser viewer, ProgramFilter filter) {
        allow(viewer);
        Instant now = clock.instant();
        List<Section> sections = SECTIONS.stream().map(id -> section(id, filter, now)).toList();
        return new Program(filter, sections, repository.regions());
    }

    /** One table of the report, by its id, for the CSV download: only that table's queries run. */
    @Transactional(readOnly = true)
    public Table table(CurrentUser viewer, ProgramFilter filter, String id) {
        allow(viewer);
        if (!SECTIONS.contains(id)) {
            throw new ProgramTableNotFoundException(id);
        }
        return section(id, filter, clock.instant()).table();
    }

    private Section section(String id, ProgramFilter filter, Instant now) {
        Instant from = filter.period().from(now);
        Instant to = now.plusNanos(1000);
        String tier = filter.tierParam();
        String region = filter.regionParam();
        return switch (id) {
            case CompletionsSection.ID -> CompletionsSection.build(labels, repository.issued(from, to, tier, region),
                    repository.graded(from, to, tier, region));
            case TierSection.ID -> TierSection.build(labels, repository.tierStatus(now, tier, region));
            case FunnelSection.ID -> FunnelSection.build(labels, funnel(repository.enrolments(from, to, tier, region)));
            case LiveSection.ID -> LiveSection.build(labels,
                    ProgramRows.LiveAttendance.perPartner(repository.liveAttendance(from, to, tier, region)));
            case LiveSessionsSection.ID -> LiveSessionsSection.build(labels,
                    ProgramRows.LiveSessionAttendance.perSession(repository.liveAttendance(from, to, tier, region)));
            default -> VelocitySection.build(labels, repository.velocity(from, to, tier, region));
        };
    }

    /**
     * Enrolments per level, how many completed the path's training (nothing of its listed requirements missing, by
     * catalog's one definition; a certified person completed it when certified) and how many were certified.
     */
    private List<ProgramRows.Funnel> funnel(List<ProgramRows.Enrolment> enrolments) {
        Map<String, List<Long>> uncertified = new HashMap<>();
        for (ProgramRows.Enrolment e : enrolments) {
            if (!e.certified()) {
                uncertified.computeIfAbsent(e.pathId(), p -> new ArrayList<>()).add(e.userId());
            }
        }
        Map<String, Set<Long>> trained = new HashMap<>();
        uncertified.forEach((pathId, userIds) -> trained.put(pathId,
                paths.rule(pathId).map(rule -> requirements.met(userIds, rule)).orElse(Set.of())));
        Map<String, long[]> byLevel = new LinkedHashMap<>();
        for (ProgramRows.Enrolment e : enrolments) {
            long[] counts = byLevel.computeIfAbsent(e.level(), l -> new long[3]);
            counts[0]++;
            if (e.certified() || trained.getOrDefault(e.pathId(), Set.of()).contains(e.userId())) {
                counts[1]++;
            }
            if (e.certified()) {
                counts[2]++;
            }
        }
        return byLevel.entrySet().stream()
                .map(l -> new ProgramRows.Funnel(l.getKey(), l.getValue()[0], l.getValue()[1], l.getValue()[2]))
                .toList();
    }

    private static void allow(CurrentUser viewer) {
        if (!viewer.has(Role.ADMIN) && !viewer.has(Role.AUTHOR)) {
            throw new ForbiddenException("program.forbidden");
        }
    }

    /** The report as the page shows it, with the regions the filter offers. */
    public record Program(ProgramFilter filter, List<Section> sections, List<String> regions) {
    }
}
