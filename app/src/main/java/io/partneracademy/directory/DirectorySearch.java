package io.partneracademy.directory;

import io.partneracademy.accounts.Users;
import io.partneracademy.catalog.Level;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.certification.Certifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.web.ContentText;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds a page of the public directory from the features that own the facts, at each request, so the tier and the
 * counts are live: the listed companies come from partners, who works where from partners' people, the active
 * certifications from certification, the names of people who opted in from accounts, the specializations from the
 * catalog. The directory's own tables hold only the two opt-ins. "Certified" means what it means everywhere: an
 * active certification not yet past its expiry, held by someone who works at the partner today.
 */
@Singleton
class DirectorySearch {

    private static final Comparator<String> NAMES = collator()::compare;
    private static final Comparator<Partner> ORDER = Comparator.comparing((Partner p) -> p.tier().ordinal())
            .reversed().thenComparing(Partner::name, NAMES).thenComparing(Partner::id);

    private final DirectoryRepository rows;
    private final Partners partners;
    private final People people;
    private final Certifications certifications;
    private final Users users;
    private final PathRules paths;

    DirectorySearch(DirectoryRepository rows, Partners partners, People people, Certifications certifications,
                    Users users, PathRules paths) {
        this.rows = rows;
        this.partners = partners;
        this.people = people;
        this.certifications = certifications;
        this.users = users;
        this.paths = paths;
    }

    /** Path titles in the visitor's language (English where a path is not translated into it, marked as such). */
    PathRules.Titles titles(@Nullable Locale visitor) {
        return paths.titles(visitor);
    }

    /** The specialization paths a visitor filters by, by title. */
    List<DirectoryViews.SpecializationPath> specializationPaths(PathRules.Titles titles) {
        return paths.titlesAt(Level.SPECIALIZATION).entrySet().stream()
                .map(e -> new DirectoryViews.SpecializationPath(e.getKey(), titles.of(e.getKey(), e.getValue())))
                .sorted(Comparator.comparing(p -> p.title().text(), NAMES)).toList();
    }

    /**
     * Listed companies matching the query (checked against these specialization paths), Platinum first, then by
     * name; at most {@code limit}, and whether there are more.
     */
    DirectoryViews.Page search(DirectoryViews.Query query, int limit,
                               List<DirectoryViews.SpecializationPath> specializationPaths, PathRules.Titles titles) {
        List<Partner> listed = partners.byIds(rows.listedIds());
        String text = folded(query.q().strip());
        Set<Long> specialists = query.specialization().isEmpty() ? null
                : new HashSet<>(people.currentEmployerIds(certifications.activeHolders(query.specialization())).values());
        List<Partner> found = listed.stream()
                .filter(p -> text.isEmpty() || folded(p.name()).contains(text))
                .filter(p -> query.tier().isEmpty() || p.tier().name().equals(query.tier()))
                .filter(p -> query.type().isEmpty() || p.type().name().equals(query.type()))
                .filter(p -> query.region().isEmpty() || p.region().equals(query.region()))
                .filter(p -> specialists == null || specialists.contains(p.id()))
                .sorted(ORDER).limit(limit + 1L).toList();
        List<Partner> shown = found.subList(0, Math.min(limit, found.size()));
        List<String> regions = listed.stream().map(Partner::region).distinct().sorted().toList();
        return new DirectoryViews.Page(query, listings(shown, titles), found.size() > limit, regions, specializationPaths);
    }

    private List<DirectoryViews.Listing> listings(List<Partner> shown, PathRules.Titles titles) {
        Map<Long, List<Long>> staff = people.currentStaffIds(shown.stream().map(Partner::id).toList());
        Map<Long, Long> employer = new java.util.HashMap<>();
        staff.forEach((partner, ids) -> ids.forEach(id -> employer.put(id, partner)));
        Map<Long, List<Certifications.Active>> held = certifications.activeHeldBy(employer.keySet()).stream()
                .collect(Collectors.groupingBy(c -> employer.get(c.userId())));
        Set<Long> optedIn = employer.isEmpty() ? Set.of() : new HashSet<>(rows.optedIn(employer.keySet()));
        Map<Long, String> names = users.displayNames(optedIn);
        return shown.stream().map(p -> {
            List<Certifications.Active> certs = held.getOrDefault(p.id(), List.of());
            return new DirectoryViews.Listing(p.id(), p.name(), p.tier(), p.type(), p.region(), counts(certs),
                    specializations(certs, titles), named(certs, optedIn, names, titles));
        }).toList();
    }

    private static DirectoryViews.Counts counts(List<Certifications.Active> certs) {
        Map<Level, Set<Long>> by = new java.util.EnumMap<>(Level.class);
        certs.forEach(c -> by.computeIfAbsent(c.level(), l -> new HashSet<>()).add(c.userId()));
        return new DirectoryViews.Counts(size(by, Level.FOUNDATION), size(by, Level.PRACTITIONER),
                size(by, Level.ARCHITECT), size(by, Level.SPECIALIZATION));
    }

    private static List<ContentText> specializations(List<Certifications.Active> certs, PathRules.Titles titles) {
        return certs.stream().filter(c -> c.level() == Level.SPECIALIZATION).map(c -> titles.of(c.pathId(), c.pathTitle()))
                .distinct().sorted(Comparator.comparing(ContentText::text, NAMES)).toList();
    }

    /** Only people who opted in are named, by name, each with their active certifications, oldest first. */
    private static List<DirectoryViews.Person> named(List<Certifications.Active> certs, Set<Long> optedIn,
                                                     Map<Long, String> names, PathRules.Titles titles) {
        Map<Long, List<Certifications.Active>> byPerson = new TreeMap<>();
        certs.stream().filter(c -> optedIn.contains(c.userId()) && names.containsKey(c.userId()))
                .forEach(c -> byPerson.computeIfAbsent(c.userId(), id -> new ArrayList<>()).add(c));
        Map<Long, List<Certifications.Active>> ordered = new LinkedHashMap<>();
        byPerson.keySet().stream().sorted(Comparator.comparing((Long id) -> names.get(id), NAMES)
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(id -> ordered.put(id, byPerson.get(id)));
        List<DirectoryViews.Person> people = new ArrayList<>();
        ordered.forEach((id, list) -> people.add(new DirectoryViews.Person(names.get(id), list.stream()
                .map(c -> new DirectoryViews.Credential(titles.of(c.pathId(), c.pathTitle()), c.credentialId()))
                .toList())));
        return people;
    }

    private static int size(Map<Level, Set<Long>> by, Level level) {
        return by.getOrDefault(level, Set.of()).size();
    }

    /** Lower case without accents, as the database's case- and accent-insensitive collation compares names. */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
