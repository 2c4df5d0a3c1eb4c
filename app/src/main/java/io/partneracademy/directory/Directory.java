package io.partneracademy.directory;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerAccessDeniedException;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;
import io.partneracademy.partners.Partners;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
    private final DirectorySearch search;
    private final Partners partners;
    private final Clock clock;

    Directory(DirectoryRepository rows, DirectorySearch search, Partners partners, Clock clock) {
        this.rows = rows;
        this.search = search;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * The listed companies matching the query; an unknown filter value or an overlong search is a form error. One
     * read-only transaction, so the page's queries share one connection and see one state.
     */
    @io.micronaut.transaction.annotation.ReadOnly
    public DirectoryViews.Page search(DirectoryViews.Query query) {
        return search(query, null);
    }

    /** {@link #search(DirectoryViews.Query)} naming paths in the visitor's language where they are translated. */
    @io.micronaut.transaction.annotation.ReadOnly
    public DirectoryViews.Page search(DirectoryViews.Query query, @io.micronaut.core.annotation.Nullable
            java.util.Locale visitor) {
        PathRules.Titles titles = search.titles(visitor);
        List<DirectoryViews.SpecializationPath> specializations = search.specializationPaths(titles);
        check(query, specializations);
        return search.search(query, PAGE, specializations, titles);
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

    private static void check(DirectoryViews.Query query, List<DirectoryViews.SpecializationPath> specializations) {
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
        if (!query.specialization().isEmpty() && specializations.stream()
                .noneMatch(s -> s.id().equals(query.specialization()))) {
            errors.add(new DirectoryQueryException.Problem(DirectoryQueryException.Part.SPECIALIZATION, "directory.unknown-filter"));
        }
        if (!errors.isEmpty()) {
            throw new DirectoryQueryException(errors);
        }
    }
}
