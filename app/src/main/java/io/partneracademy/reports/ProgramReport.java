package io.partneracademy.reports;

import io.micronaut.transaction.annotation.Transactional;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.web.ForbiddenException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The program view for admins and the enablement team: the partner success report's certification tables computed
 * from live data. Only ADMIN and AUTHOR may read it, checked here whatever the caller.
 */
@Singleton
public class ProgramReport {

    private final ProgramRepository repository;
    private final Labels labels;
    private final Clock clock;

    ProgramReport(ProgramRepository repository, Labels labels, Clock clock) {
        this.repository = repository;
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
            case FunnelSection.ID -> FunnelSection.build(labels, repository.funnel(from, to, tier, region));
            case LiveSection.ID -> LiveSection.build(labels, repository.liveAttendance(from, to, tier, region));
            case LiveSessionsSection.ID -> LiveSessionsSection.build(labels,
                    repository.liveSessionAttendance(from, to, tier, region));
            default -> VelocitySection.build(labels, repository.velocity(from, to, tier, region));
        };
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
