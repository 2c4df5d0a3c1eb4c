package io.partneracademy.tiers;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.catalog.Level;
import io.partneracademy.web.ContentText;
import io.partneracademy.partners.Tier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who to nominate for certification so a partner reaches (or keeps) a tier: for each missing level, the people one
 * level below it who are furthest along that level's training, as many as the tier still needs.
 */
final class Nominations {

    private Nominations() {
    }

    static List<PartnerTeam.Nomination> of(TierPolicy target, Eligibility.Counts counts,
                                           List<PartnerTeam.PathColumn> paths, List<PartnerTeam.Member> members) {
        List<PartnerTeam.Nomination> out = new ArrayList<>();
        Set<Long> chosen = new HashSet<>();
        Tier tier = target.tier();
        pick(out, chosen, members, paths, Level.ARCHITECT, Level.PRACTITIONER,
                target.minArchitects() - counts.architects(), tier, "team.nominate.architect");
        pick(out, chosen, members, paths, Level.PRACTITIONER, Level.FOUNDATION,
                target.minPractitioners() - counts.practitioners(), tier, "team.nominate.practitioner");
        pick(out, chosen, members, paths, Level.FOUNDATION, null,
                target.minCertified() - counts.certified(), tier, "team.nominate.certified");
        return out;
    }

    /** Adds up to {@code needed} people whose highest level is {@code from}, ranked by progress on {@code level}. */
    private static void pick(List<PartnerTeam.Nomination> out, Set<Long> chosen, List<PartnerTeam.Member> members,
                             List<PartnerTeam.PathColumn> paths, Level level, @Nullable Level from, int needed,
                             Tier tier, String reason) {
        int column = column(paths, level);
        if (needed <= 0 || column < 0) {
            return;
        }
        ContentText title = paths.get(column).title();
        members.stream()
                .filter(m -> !chosen.contains(m.userId()) && m.topLevel() == from)
                .sorted(Comparator.comparingInt((PartnerTeam.Member m) -> -m.cells().get(column).percent())
                        .thenComparing(PartnerTeam.Member::name))
                .limit(needed)
                .forEach(m -> {
                    chosen.add(m.userId());
                    out.add(new PartnerTeam.Nomination(m.name(), title, m.cells().get(column).percent(), reason, tier));
                });
    }

    /** The first path at a level; -1 when the catalog has none. */
    private static int column(List<PartnerTeam.PathColumn> paths, Level level) {
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).level() == level) {
                return i;
            }
        }
        return -1;
    }
}
