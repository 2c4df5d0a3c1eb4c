package io.partneracademy.directory;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerAccessDeniedException;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public partner directory: partner companies that opted in, with their tier, type, region, specializations and
 * certified people per level, read live at each request; a person is named (with links to their verify pages) only
 * when they opted in themselves. A partner admin lists their own company; an admin any company.
 */
@Singleton
public class Directory {

    /** How many companies one page shows; the page says when there are more and asks to narrow the search. */
    static final int PAGE = 50;
    static final int MAX_QUERY = 100;

    private final DirectoryRepository rows;
    private final Partners partners;
    private final Clock clock;

    Directory(DirectoryRepository rows, Partners partners, Clock clock) {
        this.rows = rows;
        this.partners = partners;
        this.clock = clock;
    }

    /** The listed companies matching the query; an unknown filter value or an overlong search is a form error. */
    public DirectoryViews.Page search(DirectoryViews.Query query) {
        check(query);
        Instant now = clock.instant();
        List<DirectoryRows.Company> found = rows.search(likeEscaped(query.q().strip()), query.tier(), query.type(),
                query.region(), query.specialization(), now, PAGE + 1);
        List<DirectoryRows.Company> shown = found.subList(0, Math.min(PAGE, found.size()));
        List<Long> ids = shown.stream().map(DirectoryRows.Company::id).toList();
        Map<Long, List<DirectoryRows.LevelCount>> counts = ids.isEmpty() ? Map.of()
                : rows.countByLevel(ids, now).stream().collect(Collectors.groupingBy(DirectoryRows.LevelCount::partnerId));
        Map<Long, List<String>> specializations = ids.isEmpty() ? Map.of()
                : rows.specializations(ids, now).stream().collect(Collectors.groupingBy(
                DirectoryRows.Specialization::partnerId, Collectors.mapping(DirectoryRows.Specialization::pathTitle,
                        Collectors.toList())));
        Map<Long, List<DirectoryRows.Named>> named = ids.isEmpty() ? Map.of()
                : rows.named(ids, now).stream().collect(Collectors.groupingBy(DirectoryRows.Named::partnerId));
        List<DirectoryViews.Listing> listings = shown.stream().map(c -> new DirectoryViews.Listing(c.id(), c.name(),
                Tier.valueOf(c.tier()), PartnerType.valueOf(c.type()), c.region(),
                counts(counts.getOrDefault(c.id(), List.of())), specializations.getOrDefault(c.id(), List.of()),
                people(named.getOrDefault(c.id(), List.of())))).toList();
        return new DirectoryViews.Page(query, listings, found.size() > PAGE, rows.regions(), rows.specializationPaths());
    }

    /** The viewer's own opt-in and the companies whose listing they decide. */
    public DirectoryViews.Settings settings(CurrentUser viewer) {
        List<Partner> decides = viewer.has(Role.ADMIN) ? partners.list()
                : viewer.has(Role.PARTNER_ADMIN) ? partners.currentEmployer(viewer.id()).stream().toList() : List.of();
        Set<Long> listed = new java.util.HashSet<>();
        rows.findAll().forEach(l -> listed.add(l.partnerId()));
        return new DirectoryViews.Settings(rows.countPerson(viewer.id()) > 0, decides.stream()
                .map(p -> new DirectoryViews.Company(p.id(), p.name(), listed.contains(p.id()))).toList());
    }

    /** Names the viewer in the directory (with verify links to their active certifications), or stops naming them. */
    @Transactional
    public void name(CurrentUser viewer, boolean named) {
        if (named) {
            rows.optIn(viewer.id(), clock.instant());
        } else {
            rows.optOut(viewer.id());
        }
    }

    /** Lists or unlists a company: its partner admin (their current employer) or an admin, else 403. */
    @Transactional
    public void list(CurrentUser viewer, long partnerId, boolean listed) {
        boolean ownCompany = viewer.has(Role.PARTNER_ADMIN)
                && partners.currentEmployer(viewer.id()).map(p -> p.id() == partnerId).orElse(false);
        if (!viewer.has(Role.ADMIN) && !ownCompany) {
            throw new PartnerAccessDeniedException();
        }
        partners.get(partnerId);
        if (listed && !rows.existsById(partnerId)) {
            rows.save(new ListingRow(partnerId, clock.instant(), viewer.id()));
        } else if (!listed) {
            rows.deleteById(partnerId);
        }
    }

    private static DirectoryViews.Counts counts(List<DirectoryRows.LevelCount> levels) {
        Map<String, Integer> by = levels.stream().collect(Collectors.toMap(DirectoryRows.LevelCount::level,
                DirectoryRows.LevelCount::people));
        return new DirectoryViews.Counts(by.getOrDefault("FOUNDATION", 0), by.getOrDefault("PRACTITIONER", 0),
                by.getOrDefault("ARCHITECT", 0), by.getOrDefault("SPECIALIZATION", 0));
    }

    private static List<DirectoryViews.Person> people(List<DirectoryRows.Named> named) {
        Map<Long, List<DirectoryRows.Named>> byPerson = named.stream()
                .collect(Collectors.groupingBy(DirectoryRows.Named::userId, LinkedHashMap::new, Collectors.toList()));
        List<DirectoryViews.Person> people = new ArrayList<>();
        byPerson.values().forEach(certs -> people.add(new DirectoryViews.Person(certs.get(0).displayName(),
                certs.stream().map(c -> new DirectoryViews.Credential(c.pathTitle(), c.credentialId())).toList())));
        return people;
    }

    private void check(DirectoryViews.Query query) {
        List<DirectoryQueryException.Problem> errors = new ArrayList<>();
        if (query.q().length() > MAX_QUERY) {
            errors.add(new DirectoryQueryException.Problem(DirectoryQueryException.Part.TEXT, "directory.q-too-long"));
        }
        if (!query.tier().isEmpty() && Arrays.stream(Tier.values()).noneMatch(t -> t.name().equals(query.tier()))) {
            errors.add(new DirectoryQueryException.Problem(DirectoryQueryException.Part.TIER, "directory.unknown-filter"));
        }
        if (!query.type().isEmpty() && Arrays.stream(PartnerType.values()).noneMatch(t -> t.name().equals(query.type()))) {
            errors.add(new DirectoryQueryException.Problem(DirectoryQueryException.Part.TYPE, "directory.unknown-filter"));
        }
        if (!query.specialization().isEmpty() && rows.specializationPaths().stream()
                .noneMatch(s -> s.id().equals(query.specialization()))) {
            errors.add(new DirectoryQueryException.Problem(DirectoryQueryException.Part.SPECIALIZATION, "directory.unknown-filter"));
        }
        if (!errors.isEmpty()) {
            throw new DirectoryQueryException(errors);
        }
    }

    /** The search text as a LIKE fragment that matches itself: %, _ and the escape character lose their meaning. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
