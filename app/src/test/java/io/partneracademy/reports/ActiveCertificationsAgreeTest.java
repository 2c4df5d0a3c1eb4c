package io.partneracademy.reports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.certification.CertificationFeed;
import io.partneracademy.certification.Certifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import io.partneracademy.tiers.PartnerTeam;
import io.partneracademy.tiers.TierDashboard;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Active certification" and "current staff" are written once, in certification's and partners' views (ADR 0053):
 * a minute before a certification expires and a second after (before the expiry job has marked it), for a revoked
 * certification and for a holder who left the partner, the holder's own certifications (certification's Java rule),
 * the team page and the expiring list (tiers' SQL) and the program report's tier table (reports' SQL) agree.
 */
@MicronautTest(transactional = false)
class ActiveCertificationsAgreeTest extends DatabaseTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    Partners partners;
    @Inject
    People people;
    @Inject
    Certifications certifications;
    @Inject
    PartnerTeam team;
    @Inject
    TierDashboard dashboard;
    @Inject
    ProgramReport program;
    @Inject
    TestClock clock;
    @Inject
    CertificationFeed feed;

    @Test
    void aCertificationStopsCountingEverywhereAtTheInstantItExpires() {
        learning.importCertifiableBasics();
        Partner partner = partners.create(new PartnerForm("Agreeing Certificates Ltd", PartnerType.RESELLER, "APAC",
                LocalDate.of(2024, 1, 15), Tier.GOLD));
        UserSummary ann = fixtures.employee(partner, "Ann Active", Role.LEARNER);
        UserSummary bob = fixtures.employee(partner, "Bob Left", Role.LEARNER);
        UserSummary cleo = fixtures.employee(partner, "Cleo Revoked", Role.LEARNER);
        List.of(ann, bob, cleo).forEach(u -> learning.completeBasics(Learning.learner(u)));
        UserSummary manager = fixtures.user("Mo Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        CurrentUser admin = current(fixtures.user("Ada Admin", Role.ADMIN), Role.ADMIN);
        CurrentUser viewer = current(manager, Role.PARTNER_MANAGER);
        certifications.revoke(admin, certifications.held(cleo.id()).get(0).credentialId(), "Shared the exam");
        people.endEmployment(admin, partner.id(), bob.id(), LocalDate.now(clock));
        List<CertificationFeed.Item> partnersFeed = feed.changedAfter(partner.id(), null, Instant.EPOCH, 0, 10);
        Instant expires = partnersFeed.stream().filter(i -> i.userId() == ann.id()).findFirst().orElseThrow()
                .expiresAt();

        clock.advance(Duration.between(clock.instant(), expires).minusMinutes(1));
        Seen before = seen(viewer, admin, partner, ann);
        clock.advance(Duration.ofSeconds(61));
        Seen after = seen(viewer, admin, partner, ann);

        assertThat(before).isEqualTo(new Seen(1, List.of("Ann Active", "Cleo Revoked"), true, true,
                List.of("Ann Active 0"), 1, "1"));
        assertThat(after).isEqualTo(new Seen(0, List.of("Ann Active", "Cleo Revoked"), false, true,
                List.of(), 0, "0"));
        assertThat(partnersFeed).extracting(CertificationFeed.Item::holderName)
                .as("the partner's feed: its current people only")
                .containsExactlyInAnyOrder("Ann Active", "Cleo Revoked");
        assertThat(feed.changedAfter(null, bob.id(), Instant.EPOCH, 0, 10)).as("Bob's certification, all the same")
                .hasSize(1);
    }

    /**
     * What each feature says at this instant: Ann's active certifications (certification), the team's members, Ann
     * certified and Cleo's lapse on the team page, its expiring list with the days left, the dashboard's count of
     * expiring certifications (tiers), and the Foundation count of the Gold row of the program report (reports).
     */
    private record Seen(int annHolds, List<String> members, boolean annCertified, boolean cleoLapsed,
                        List<String> expiring, int expiringCount, String reportFoundation) {
    }

    private Seen seen(CurrentUser viewer, CurrentUser admin, Partner partner, UserSummary ann) {
        PartnerTeam.View view = team.view(viewer, partner.id());
        List<String> members = view.members().stream().map(PartnerTeam.Member::name).toList();
        boolean annCertified = member(view, "Ann Active").cells().stream().anyMatch(PartnerTeam.Cell::certified);
        boolean cleoLapsed = member(view, "Cleo Revoked").cells().stream().anyMatch(c -> c.lapsedOn() != null);
        List<String> expiring = view.expiring().stream().map(e -> e.name() + " " + e.days()).toList();
        int count = dashboard.expiringAt(viewer, partner.id(), 30, 10, null).count();
        Table tiers = program.table(admin, new ProgramFilter(ProgramFilter.Period.ALL, Tier.GOLD, "APAC"),
                TierSection.ID);
        String foundation = tiers.rows().stream().filter(r -> r.get(0).equals("Gold")).findFirst().orElseThrow()
                .get(3);
        return new Seen(certifications.held(ann.id()).size(), members, annCertified, cleoLapsed, expiring, count,
                foundation);
    }

    private static PartnerTeam.Member member(PartnerTeam.View view, String name) {
        return view.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static CurrentUser current(UserSummary user, Role role) {
        return new CurrentUser(user.id(), user.email(), user.displayName(), Set.of(role));
    }
}
