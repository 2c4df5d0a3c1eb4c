package io.partneracademy.tiers;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.certification.Certifications;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner moves up a tier at once and down only after the grace period, and its people are told. */
@MicronautTest(transactional = false)
class TierGraceTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Learning learning;
    @Inject
    People people;
    @Inject
    Partners partners;
    @Inject
    TierEvents events;
    @Inject
    Assessments assessments;
    @Inject
    Notifications notifications;
    @Inject
    Certifications certifications;

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aPartnerThatLosesACertifiedPersonKeepsItsTierThroughTheGracePeriodThenMovesDown() {
        Partner partner = fixtures.setTier(fixtures.partner("Gracewell"), Tier.GOLD);
        Partner elsewhere = fixtures.setTier(fixtures.partner("Elsewhere"), Tier.REGISTERED);
        UserSummary manager = fixtures.user("Greta Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        UserSummary admin = fixtures.employee(partner, "Paul Partneradmin", Role.PARTNER_ADMIN);
        record(partner, manager, "150000");
        UserSummary ann = certified(partner, "Ann Anchor");
        certified(partner, "Bo Backup");
        events.process();
        assertThat(partners.get(partner.id()).tier()).isEqualTo(Tier.GOLD);
        Instant whileGold = clock.instant();
        clock.advance(Duration.ofDays(1));

        people.employ(ann.id(), elsewhere.id(), "Architect", today());
        events.process();

        String graceEnds = java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH).format(today().plusDays(60));
        assertThat(partners.get(partner.id()).tier()).isEqualTo(Tier.GOLD);
        Browser browser = new Browser(server.getURI());
        browser.login(manager.email(), Fixtures.PASSWORD);
        assertThat(browser.get("/tiers").text()).contains("At risk: eligible for Silver")
                .contains("Grace period: keeps Gold until " + graceEnds + ", then moves to Silver");
        String graceEndsInMail = java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH)
                .format(today().plusDays(60));
        assertThat(subjects(admin)).contains(partner.name() + " is at risk of dropping to Silver on " + graceEndsInMail);
        assertThat(subjects(manager)).contains(partner.name() + " is at risk of dropping to Silver on " + graceEndsInMail);

        clock.advance(Duration.ofDays(59));
        assertThat(assessments.endGracePeriods()).isZero();
        assertThat(partners.get(partner.id()).tier()).isEqualTo(Tier.GOLD);
        clock.advance(Duration.ofDays(1));
        assertThat(assessments.endGracePeriods()).isEqualTo(1);

        assertThat(partners.get(partner.id()).tier()).isEqualTo(Tier.SILVER);
        assertThat(subjects(admin)).contains(partner.name() + " moved from Gold to Silver");
        browser.login(manager.email(), Fixtures.PASSWORD);
        assertThat(browser.get("/tiers").text()).doesNotContain("Grace period").contains("Current: Silver");
        assertThat(assessments.asOf(partner.id(), whileGold).orElseThrow().currentTier()).isEqualTo(Tier.GOLD);
        assertThat(assessments.recountAll()).isZero();
    }

    @Test
    void aPartnerThatQualifiesAgainWithinTheGracePeriodIsNoLongerAtRisk() {
        Partner partner = fixtures.setTier(fixtures.partner("Comeback"), Tier.SILVER);
        UserSummary manager = fixtures.user("Carl Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        record(partner, manager, "30000");
        events.process();
        assessments.assess(partner.id(), "test");
        assertThat(assessments.grace(partner.id())).isPresent();

        certified(partner, "Cleo Certified");
        events.process();

        assertThat(assessments.grace(partner.id())).isEmpty();
        assertThat(partners.get(partner.id()).tier()).isEqualTo(Tier.SILVER);
        assertThat(subjects(manager)).contains(partner.name() + " is no longer at risk: it qualifies for Silver again");
    }

    @Test
    void aPartnerThatQualifiesForAHigherTierMovesUpAtOnce() {
        Partner partner = fixtures.setTier(fixtures.partner("Climber"), Tier.REGISTERED);
        UserSummary manager = fixtures.user("Uma Manager", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        certified(partner, "Rita Rising");
        events.process();
        assertThat(partners.get(partner.id()).tier()).isEqualTo(Tier.REGISTERED);

        record(partner, manager, "25000");

        assertThat(partners.get(partner.id()).tier()).isEqualTo(Tier.SILVER);
        assertThat(assessments.grace(partner.id())).isEmpty();
        assertThat(subjects(manager)).contains(partner.name() + " moved from Registered to Silver");
    }

    @Test
    void revokedAndRenewedCertificationsLeaveEachActivePersonCountedOnce() {
        Partner partner = fixtures.setTier(fixtures.partner("Countwell"), Tier.SILVER);
        UserSummary manager = fixtures.user("Cora Counter", Role.PARTNER_MANAGER);
        fixtures.assign(partner, manager);
        record(partner, manager, "30000");
        UserSummary ann = certified(partner, "Ann Renewer");
        UserSummary ben = certified(partner, "Ben Revoked");
        events.process();
        assertThat(assessments.assess(partner.id(), "test").certified()).isEqualTo(2);
        UserSummary admin = fixtures.user("Ada Revoker", Role.ADMIN);
        String bens = certifications.transcript(Learning.learner(ben), ben.id()).get(0).credentialId();

        certifications.revoke(new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN)),
                bens, "Exam misconduct");
        events.process();
        assertThat(assessments.assess(partner.id(), "test").certified()).isEqualTo(1);
        clock.advance(Duration.ofDays(300));
        learning.pass(Learning.learner(ann), "quiz");
        events.process();

        assertThat(certifications.transcript(Learning.learner(ann), ann.id())).extracting(e -> e.status().name())
                .containsExactlyInAnyOrder("ACTIVE", "SUPERSEDED");
        AssessmentRow after = assessments.assess(partner.id(), "test");
        assertThat(after.certified()).isEqualTo(1);
        assertThat(after.eligibleTier()).isEqualTo(Tier.SILVER);
        assertThat(assessments.recountAll()).isZero();
    }

    private void record(Partner partner, UserSummary manager, String arr) {
        Browser browser = new Browser(server.getURI());
        browser.login(manager.email(), Fixtures.PASSWORD);
        browser.get("/tiers");
        assertThat(browser.post("/tiers/partners/" + partner.id() + "/metrics", Map.of("arr", arr, "referrals", "0"))
                .status()).isEqualTo(303);
    }

    private UserSummary certified(Partner partner, String name) {
        UserSummary user = fixtures.employee(partner, name, Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        return user;
    }

    private List<String> subjects(UserSummary user) {
        return notifications.recent(user.id()).stream().map(NotificationRow::subject).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
