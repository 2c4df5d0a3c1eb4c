package io.partneracademy.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.authoring.StartupImportFinished;
import io.partneracademy.catalog.PathEnrolments;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.certification.CertificationHistory;
import io.partneracademy.certification.Certifications;
import io.partneracademy.directory.Directory;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.tiers.PartnerMetrics;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo history for the partner tier views: certified people at the demo partners, issued over the past two years
 * (so some expire within 30, 60 and 90 days), recorded through certification's history import (no exam attempt on
 * this platform, so exam statistics stay clean), plus ARR and referrals through tiers' history import; every write
 * goes through the owning feature's service, and certification events go to the outbox, so the tier assessments are
 * computed by the same path as live ones. Three people also hold the Healthcare specialization;
 * six partners are listed in the public directory, where three people chose to be named. Each certified person is enrolled in the path a few
 * weeks before the certification, so the program view's funnel and velocity have history too. Runs once, when the start-up import of the
 * catalog and exams has finished, and only with demo data switched on.
 */
@Singleton
@Requires(property = "partneracademy.demo-data.enabled", value = "true")
class DemoCertifications {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCertifications.class);
    private static final String[] LEVELS = {"foundation", "practitioner", "architect"};

    private final Partners partners;
    private final People people;
    private final Users users;
    private final TransactionOperations<Connection> transactions;
    private final CertificationHistory certifications;
    private final Certifications held;
    private final PathRules paths;
    private final PathEnrolments enrolments;
    private final PartnerMetrics metrics;
    private final Directory directory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DemoCertifications(Partners partners, People people, Users users, TransactionOperations<Connection> transactions,
                       CertificationHistory certifications, Certifications held, PathRules paths,
                       PathEnrolments enrolments, PartnerMetrics metrics, Directory directory, Clock clock,
                       PersonPreferences preferences) {
        this.preferences = preferences;
        this.partners = partners;
        this.people = people;
        this.users = users;
        this.transactions = transactions;
        this.certifications = certifications;
        this.held = held;
        this.paths = paths;
        this.enrolments = enrolments;
        this.metrics = metrics;
        this.directory = directory;
        this.clock = clock;
    }

    /** Demo learners in Munich, Lyon and Osaka have their language and time zone in their profile (issue 18). */
    private static final Map<String, Object[]> PROFILES = Map.of(
            "hannah.schmidt@datacorp.example", new Object[] {"de", ZoneId.of("Europe/Berlin")},
            "claire.dubois@complianceexperts.example", new Object[] {"fr", ZoneId.of("Europe/Paris")},
            "kenji.sato@techpartners.example", new Object[] {"ja", ZoneId.of("Asia/Tokyo")});

    private final PersonPreferences preferences;

    /** A certified person: their highest level (1 to 3) and how many days ago that was issued. */
    private record Certified(String email, String name, int level, int daysAgo) {
    }

    /** Per demo partner: ARR, referrals, and its certified people. */
    private static final Map<String, List<Certified>> STAFF = Map.ofEntries(
            Map.entry("GlobalTech Solutions", List.of(
                    new Certified("yuki.tanaka@globaltech.example", null, 3, 200),
                    new Certified("sarah.johnson.cert@globaltech.example", "Amara Okonkwo", 2, 340),
                    new Certified("daniel.kim@globaltech.example", "Daniel Kim", 1, 350),
                    new Certified("ines.garcia@globaltech.example", "Inés García", 2, 120),
                    new Certified("tomas.novak@globaltech.example", "Tomáš Novák", 1, 40))),
            Map.entry("Enterprise Partners Inc", List.of(
                    new Certified("nikos@enterprisepartners.example", null, 2, 300),
                    new Certified("li.wei@enterprisepartners.example", "李伟 (Li Wei)", 2, 150),
                    new Certified("fatima.zahra@enterprisepartners.example", "Fatima Zahra", 1, 90),
                    new Certified("jonas.berg@enterprisepartners.example", "Jonas Berg", 1, 20))),
            Map.entry("CloudSolutions LLC", List.of(
                    new Certified("olga@cloudsolutions.example", null, 2, 320),
                    new Certified("marco.rossi@cloudsolutions.example", "Marco Rossi", 1, 100))),
            Map.entry("DataCorp Partners", List.of(
                    new Certified("hannah.schmidt@datacorp.example", "Hannah Schmidt", 1, 300))),
            Map.entry("TechPartners Inc", List.of(
                    new Certified("mike.chen@techpartners.example", null, 2, 250),
                    new Certified("aisha.bello@techpartners.example", "Aisha Bello", 1, 60),
                    new Certified("kenji.sato@techpartners.example", "佐藤 健二 (Kenji Sato)", 1, 280))),
            Map.entry("AI Services Group", List.of(
                    new Certified("min-jun.park@aiservices.example", "박민준 (Min-jun Park)", 3, 400),
                    new Certified("ravi.kumar@aiservices.example", "Ravi Kumar", 1, 130))),
            Map.entry("Compliance Experts LLC", List.of(
                    new Certified("claire.dubois@complianceexperts.example", "Claire Dubois", 1, 200))),
            Map.entry("Security Partners Inc", List.of(
                    new Certified("erik.larsen@securitypartners.example", "Erik Larsen", 2, 180),
                    new Certified("noor.haddad@securitypartners.example", "Noor Haddad", 1, 75))),
            Map.entry("Integration Specialists", List.of(
                    new Certified("ana.souza@integrationspecialists.example", "Ana Souza", 1, 345))),
            Map.entry("CloudOps Solutions", List.of(
                    new Certified("diego.fernandez@cloudops.example", "Diego Fernández", 1, 30))));

    /** Demo people who also hold the Healthcare specialization, and how many days ago it was issued. */
    private static final Map<String, Integer> SPECIALISTS = Map.of(
            "ines.garcia@globaltech.example", 45,
            "li.wei@enterprisepartners.example", 30,
            "erik.larsen@securitypartners.example", 90);

    /** Demo partners listed in the public directory, and the people who chose to be named there. */
    private static final List<String> LISTED = List.of("GlobalTech Solutions", "Enterprise Partners Inc",
            "CloudSolutions LLC", "TechPartners Inc", "Security Partners Inc", "AI Services Group");
    private static final List<String> NAMED = List.of("yuki.tanaka@globaltech.example", "ines.garcia@globaltech.example",
            "erik.larsen@securitypartners.example");

    private static final Map<String, long[]> METRICS = Map.ofEntries(
            Map.entry("GlobalTech Solutions", new long[]{820_000, 64}),
            Map.entry("Enterprise Partners Inc", new long[]{610_000, 41}),
            Map.entry("CloudSolutions LLC", new long[]{240_000, 22}),
            Map.entry("DataCorp Partners", new long[]{130_000, 12}),
            Map.entry("TechPartners Inc", new long[]{180_000, 25}),
            Map.entry("AI Services Group", new long[]{95_000, 21}),
            Map.entry("Compliance Experts LLC", new long[]{40_000, 6}),
            Map.entry("Security Partners Inc", new long[]{120_000, 9}),
            Map.entry("DevOps Consulting", new long[]{18_000, 3}),
            Map.entry("Integration Specialists", new long[]{30_000, 4}),
            Map.entry("CloudOps Solutions", new long[]{27_000, 2}));

    /** The exams and the demo partners may be ready in either order; whichever comes second loads the history. */
    @EventListener
    void onImportFinished(StartupImportFinished event) {
        loadOnce();
    }

    @EventListener
    void onDemoData(DemoDataLoaded event) {
        loadOnce();
    }

    private synchronized void loadOnce() {
        try {
            int issued = transactions.executeWrite(status -> load());
            if (issued > 0) {
                LOG.info("Demo certification history loaded: {} certifications", issued);
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo certification history not loaded: {}", e.getMessage());
        }
    }

    private int load() {
        List<Partner> all = partners.list();
        Optional<UserSummary> first = users.findByEmail(STAFF.get("GlobalTech Solutions").get(0).email());
        if (paths.ids().size() < 3 || all.stream().noneMatch(p -> p.name().equals("GlobalTech Solutions"))
                || first.isPresent() && !held.held(first.get().id()).isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Optional<CurrentUser> admin = users.findByEmail("admin@partneracademy.example")
                .map(a -> new CurrentUser(a.id(), a.email(), a.displayName(), Set.of(Role.ADMIN)));
        int issued = 0;
        for (Partner partner : all) {
            long[] figures = METRICS.get(partner.name());
            if (figures != null) {
                metrics.imported(partner.id(), BigDecimal.valueOf(figures[0]), (int) figures[1],
                        LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1));
            }
            for (Certified person : STAFF.getOrDefault(partner.name(), List.of())) {
                UserSummary user = users.findByEmail(person.email()).orElseGet(() -> create(person, partner));
                for (int level = 1; level <= person.level(); level++) {
                    int daysAgo = person.daysAgo() + (person.level() - level) * 120;
                    issued += certify(user, LEVELS[level - 1], now.minus(Duration.ofDays(daysAgo)));
                }
                Integer specialized = SPECIALISTS.get(person.email());
                if (specialized != null) {
                    issued += certify(user, "healthcare", now.minus(Duration.ofDays(specialized)));
                }
                if (NAMED.contains(person.email())) {
                    directory.name(new CurrentUser(user.id(), user.email(), user.displayName(), Set.of(Role.LEARNER)),
                            true);
                }
            }
            if (LISTED.contains(partner.name()) && admin.isPresent()) {
                directory.list(admin.get(), partner.id(), true);
            }
        }
        return issued;
    }

    private UserSummary create(Certified person, Partner partner) {
        UserSummary created = users.create(person.email(), person.name(), EnumSet.of(Role.LEARNER));
        users.setPassword(created.id(), DemoData.PASSWORD);
        people.employ(created.id(), partner.id(), "Consultant", LocalDate.of(2024, 6, 3));
        Object[] profile = PROFILES.get(person.email());
        if (profile != null) {
            preferences.save(created.id(), (String) profile[0], (ZoneId) profile[1]);
        }
        return created;
    }

    /** One certification issued in the past, and the path enrolment a few weeks before it (the program view's funnel). */
    private int certify(UserSummary user, String pathId, Instant issuedAt) {
        BigDecimal score = BigDecimal.valueOf(72 + random.nextInt(25));
        if (certifications.imported(user.id(), pathId, issuedAt, score).isEmpty()) {
            return 0;
        }
        enrolments.enrolledAt(user.id(), pathId, issuedAt.minus(Duration.ofDays(8 + random.nextInt(45))));
        return 1;
    }
}
