package io.partneracademy.tiers;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.catalog.Level;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.catalog.Requirements;
import io.partneracademy.certification.DaysLeft;
import io.partneracademy.partners.Tier;
import io.partneracademy.web.ContentText;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One partner's team as its admin (or manager) sees it: everyone's progress per path, what expires soon, what the
 * tier they are working toward still needs, and who is closest to providing it. Scoped in the service.
 */
@Singleton
public class PartnerTeam {

    /** How far ahead the dashboard lists expiring certifications. */
    static final int EXPIRY_DAYS = 90;

    private final TierDashboard dashboard;
    private final TeamRepository team;
    private final TierRepository tiers;
    private final PathRules paths;
    private final Requirements requirements;
    private final MessageSource messages;
    private final Clock clock;

    PartnerTeam(TierDashboard dashboard, TeamRepository team, TierRepository tiers, PathRules paths,
                Requirements requirements, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.dashboard = dashboard;
        this.paths = paths;
        this.requirements = requirements;
        this.team = team;
        this.tiers = tiers;
        this.clock = clock;
    }

    /**
     * The page.
     *
     * @param target the tier the team works toward: the current one while at risk, else the next one up
     * @param gaps   what {@code target} still needs, one sentence each, in the reader's language
     */
    public record View(TierDashboard.Line line, List<PathColumn> paths, List<Member> members,
                       List<Expiring> expiring, @Nullable Tier target, List<String> gaps, List<Nomination> nominations) {

        /** How far ahead {@link #expiring()} looks. */
        public int expiryDays() {
            return EXPIRY_DAYS;
        }
    }

    /** A path as a column of the team table, titled in the reader's language where it is translated. */
    public record PathColumn(String id, ContentText title, Level level) {
    }

    /** One person; {@code cells} follow {@link View#paths()}. */
    public record Member(long userId, String name, String jobTitle, @Nullable Level topLevel, List<Cell> cells) {
    }

    /** A person on a path: certified (until when) or how much of the training is done, and when it last lapsed. */
    public record Cell(boolean certified, @Nullable String until, int percent, @Nullable String lapsedOn) {
    }

    public record Expiring(String name, ContentText pathTitle, String on, long days) {
    }

    /** Someone to nominate; {@code reason} is a message key whose one argument is the tier. */
    public record Nomination(String name, ContentText pathTitle, int percent, String reason, Tier tier) {
    }

    /** The page in English, as stored (tests and callers without a reader). */
    public View view(CurrentUser viewer, long partnerId) {
        return view(viewer, partnerId, null);
    }

    /**
     * The page for a reader: the tier explanation and what the target tier needs in their language, and path
     * titles as translated into it (the English source, marked, where a path is not).
     */
    public View view(CurrentUser viewer, long partnerId, @Nullable Locale reader) {
        TierDashboard.Line line = dashboard.partner(viewer, partnerId, reader);
        Instant now = clock.instant();
        PathRules.Titles titles = this.paths.titles(reader == null ? null : Eligibility.supported(reader));
        List<PathColumn> paths = team.findPaths().stream()
                .map(p -> new PathColumn(p.id(), titles.of(p.id(), p.title()), p.level()))
                .sorted(Comparator.comparing(PathColumn::level).thenComparing(c -> c.title().text()))
                .toList();
        List<TeamRepository.StaffRow> staff = team.findStaff(partnerId);
        // Progress is catalog's one definition (Requirements.percent), the same the person sees on their path page.
        Map<String, Map<Long, Integer>> progress = requirements.percent(
                staff.stream().map(TeamRepository.StaffRow::userId).toList(), this.paths.all());
        List<TeamRepository.CertRow> held = team.findActive(partnerId, now);
        Map<String, Instant> lapsed = new HashMap<>();
        team.findLapsed(partnerId).forEach(l -> lapsed.put(l.userId() + ":" + l.pathId(), l.lapsedAt()));
        List<Member> members = staff.stream()
                .map(s -> member(s, paths, progress, held, lapsed)).toList();
        Optional<TierPolicy> target = target(line);
        return new View(line, paths, members, expiring(members, paths, held, now), target.map(TierPolicy::tier).orElse(null),
                target.map(t -> gaps(t, line, reader)).orElse(List.of()),
                target.map(t -> Nominations.of(t, counts(line), paths, members)).orElse(List.of()));
    }

    private Member member(TeamRepository.StaffRow staff, List<PathColumn> paths,
                          Map<String, Map<Long, Integer>> progress, List<TeamRepository.CertRow> held,
                          Map<String, Instant> lapsed) {
        List<Cell> cells = new ArrayList<>();
        Level top = null;
        for (PathColumn path : paths) {
            Optional<TeamRepository.CertRow> cert = held.stream()
                    .filter(c -> c.userId() == staff.userId() && c.pathId().equals(path.id())).findFirst();
            int percent = cert.isPresent() ? 100
                    : progress.getOrDefault(path.id(), Map.of()).getOrDefault(staff.userId(), 0);
            Instant lapsedAt = cert.isPresent() ? null : lapsed.get(staff.userId() + ":" + path.id());
            cells.add(new Cell(cert.isPresent(), cert.map(c -> day(c.expiresAt())).orElse(null), percent,
                    lapsedAt == null ? null : day(lapsedAt)));
            if (cert.isPresent() && path.level().isRung() && (top == null || path.level().compareTo(top) > 0)) {
                top = path.level();
            }
        }
        return new Member(staff.userId(), staff.displayName(), staff.jobTitle(), top, cells);
    }

    private List<Expiring> expiring(List<Member> members, List<PathColumn> paths,
                                    List<TeamRepository.CertRow> held, Instant now) {
        Map<Long, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.userId(), m.name()));
        Map<String, ContentText> titles = new HashMap<>();
        paths.forEach(p -> titles.put(p.id(), p.title()));
        Instant until = now.plus(Duration.ofDays(EXPIRY_DAYS));
        return held.stream().filter(c -> !c.expiresAt().isAfter(until))
                .map(c -> new Expiring(names.getOrDefault(c.userId(), ""),
                        titles.getOrDefault(c.pathId(), new ContentText(c.pathId(), null)),
                        day(c.expiresAt()), DaysLeft.until(c.expiresAt(), now)))
                .toList();
    }

    private Optional<TierPolicy> target(TierDashboard.Line line) {
        Tier goal = line.outlook().downgradeOn() != null ? line.current()
                : line.current() == Tier.PLATINUM ? null : Tier.values()[line.current().ordinal() + 1];
        return goal == null ? Optional.empty()
                : tiers.findPolicies().stream().filter(p -> p.tier() == goal).findFirst();
    }

    /** What the target tier needs under today's policy, in the reader's language (English as stored without one). */
    private List<String> gaps(TierPolicy target, TierDashboard.Line line, @Nullable Locale reader) {
        return Eligibility.gapWords(target, counts(line), line.assessment().arr(), line.assessment().referrals())
                .stream().map(w -> reader == null ? w.english() : w.in(messages, Eligibility.supported(reader)))
                .toList();
    }

    private static Eligibility.Counts counts(TierDashboard.Line line) {
        TierDashboard.Counts c = line.counts();
        return new Eligibility.Counts(c.certified(), c.practitioners(), c.architects(), c.specializations());
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
