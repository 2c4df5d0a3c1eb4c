package io.partneracademy.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.authoring.StartupImportFinished;
import io.partneracademy.certification.CredentialIds;
import io.partneracademy.outbox.Outbox;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
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

/**
 * Demo history for the partner tier views: certified people at the demo partners, issued over the past two years
 * (so some expire within 30, 60 and 90 days), recorded like history brought over from a previous system (no
 * exam attempt on this platform, so exam statistics stay clean), plus recorded ARR and referrals; certification events go to the outbox, so the
 * tier assessments are computed by the same path as live ones. Three people also hold the Healthcare specialization;
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
    private final Outbox outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DemoCertifications(Partners partners, People people, Users users, TransactionOperations<Connection> transactions,
                       Outbox outbox, Clock clock, PersonPreferences preferences) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.partners = partners;
        this.people = people;
        this.users = users;
        this.transactions = transactions;
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
            int issued = transactions.executeWrite(status -> load(status.getConnection()));
            if (issued > 0) {
                LOG.info("Demo certification history loaded: {} certifications", issued);
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo certification history not loaded: {}", e.getMessage());
        }
    }

    private int load(Connection db) throws SQLException {
        if (count(db, "SELECT COUNT(*) FROM certification") > 0 || count(db, "SELECT COUNT(*) FROM learning_path") < 3
                || count(db, "SELECT COUNT(*) FROM partner WHERE name = 'GlobalTech Solutions'") == 0) {
            return 0;
        }
        Instant now = clock.instant();
        int issued = 0;
        for (Partner partner : partners.list()) {
            long[] metrics = METRICS.get(partner.name());
            if (metrics != null) {
                try (PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO partner_metrics (partner_id, arr, referrals, as_of, recorded_at)
                        VALUES (?, ?, ?, ?, ?)""")) {
                    insert.setLong(1, partner.id());
                    insert.setLong(2, metrics[0]);
                    insert.setLong(3, metrics[1]);
                    insert.setObject(4, LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1));
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.executeUpdate();
                }
            }
            for (Certified person : STAFF.getOrDefault(partner.name(), List.of())) {
                UserSummary user = users.findByEmail(person.email()).orElseGet(() -> {
                    UserSummary created = users.create(person.email(), person.name(), EnumSet.of(Role.LEARNER));
                    users.setPassword(created.id(), DemoData.PASSWORD);
                    people.employ(created.id(), partner.id(), "Consultant", LocalDate.of(2024, 6, 3));
                    Object[] profile = PROFILES.get(person.email());
                    if (profile != null) {
                        preferences.save(created.id(), (String) profile[0], (ZoneId) profile[1]);
                    }
                    return created;
                });
                for (int level = 1; level <= person.level(); level++) {
                    int daysAgo = person.daysAgo() + (person.level() - level) * 120;
                    issued += certify(db, user, LEVELS[level - 1], now.minus(Duration.ofDays(daysAgo)), now);
                }
                Integer specialized = SPECIALISTS.get(person.email());
                if (specialized != null) {
                    issued += certify(db, user, "healthcare", now.minus(Duration.ofDays(specialized)), now);
                }
                if (NAMED.contains(person.email())) {
                    try (PreparedStatement name = db.prepareStatement(
                            "INSERT IGNORE INTO directory_person (user_id, opted_in_at) VALUES (?, ?)")) {
                        name.setLong(1, user.id());
                        name.setTimestamp(2, Timestamp.from(now));
                        name.executeUpdate();
                    }
                }
            }
            Optional<UserSummary> admin = users.findByEmail("admin@partneracademy.example");
            if (LISTED.contains(partner.name()) && admin.isPresent()) {
                try (PreparedStatement list = db.prepareStatement(
                        "INSERT IGNORE INTO directory_listing (partner_id, listed_at, listed_by) VALUES (?, ?, ?)")) {
                    list.setLong(1, partner.id());
                    list.setTimestamp(2, Timestamp.from(now));
                    list.setLong(3, admin.get().id());
                    list.executeUpdate();
                }
            }
        }
        return issued;
    }

    private int certify(Connection db, UserSummary user, String pathId, Instant issuedAt, Instant now)
            throws SQLException {
        Optional<Object[]> path = row(db, "SELECT title, level, validity_months FROM learning_path WHERE id = ?", pathId);
        if (path.isEmpty()) {
            return 0;
        }
        Object[] p = path.get();
        Instant expires = issuedAt.atZone(ZoneOffset.UTC).plusMonths(((Number) p[2]).intValue()).toInstant();
        if (!expires.isAfter(now)) {
            return 0;
        }
        double score = 72 + random.nextInt(25);
        String credential = CredentialIds.random();
        long certificationId;
        try (PreparedStatement cert = db.prepareStatement("""
                INSERT INTO certification (credential_id, user_id, path_id, path_title, level, holder_name,
                                           score_percent, issued_at, expires_at, status, status_at, active_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            cert.setString(1, credential);
            cert.setLong(2, user.id());
            cert.setString(3, pathId);
            cert.setString(4, (String) p[0]);
            cert.setString(5, (String) p[1]);
            cert.setString(6, user.displayName());
            cert.setDouble(7, score);
            cert.setTimestamp(8, Timestamp.from(issuedAt));
            cert.setTimestamp(9, Timestamp.from(expires));
            cert.setTimestamp(10, Timestamp.from(issuedAt));
            cert.setString(11, user.id() + ":" + pathId);
            cert.executeUpdate();
            certificationId = generatedKey(cert);
        }
        enrol(db, user, pathId, issuedAt.minus(Duration.ofDays(8 + random.nextInt(45))));
        try (PreparedStatement history = db.prepareStatement("""
                INSERT INTO certification_event (certification_id, type, at) VALUES (?, 'ISSUED', ?)""")) {
            history.setLong(1, certificationId);
            history.setTimestamp(2, Timestamp.from(issuedAt));
            history.executeUpdate();
        }
        outbox.add("certification.issued", credential, Map.of("credentialId", credential, "userId", user.id(),
                "pathId", pathId));
        return 1;
    }

    /** The path enrolment that came before the certification, for the program view's funnel and velocity. */
    private static void enrol(Connection db, UserSummary user, String pathId, Instant at) throws SQLException {
        try (PreparedStatement enrol = db.prepareStatement(
                "INSERT IGNORE INTO path_enrolment (user_id, path_id, enrolled_at) VALUES (?, ?, ?)")) {
            enrol.setLong(1, user.id());
            enrol.setString(2, pathId);
            enrol.setTimestamp(3, Timestamp.from(at));
            enrol.executeUpdate();
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Optional<Object[]> row(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, parameter);
            ResultSet rs = s.executeQuery();
            if (!rs.next()) {
                return Optional.empty();
            }
            int columns = rs.getMetaData().getColumnCount();
            Object[] values = new Object[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = rs.getObject(i + 1);
            }
            return Optional.of(values);
        }
    }
}
