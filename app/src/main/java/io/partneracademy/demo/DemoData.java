package io.partneracademy.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the demo partners (from the Q4 partner success report) and one demo user per role.
 * Only the run command switches it on; it does nothing when the demo partners already exist.
 */
@Singleton
@Requires(property = "partneracademy.demo-data.enabled", value = "true")
class DemoData implements ApplicationEventListener<ServerStartupEvent> {

    static final String PASSWORD = "partner-academy-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final Partners partners;
    private final People people;
    private final Users users;
    private final TransactionOperations<Connection> transactions;

    private final ApplicationEventPublisher<DemoDataLoaded> loaded;

    DemoData(Partners partners, People people, Users users, TransactionOperations<Connection> transactions,
             ApplicationEventPublisher<DemoDataLoaded> loaded) {
        this.loaded = loaded;
        this.partners = partners;
        this.people = people;
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (partners.list().stream().noneMatch(p -> p.name().equals("GlobalTech Solutions"))) {
            transactions.executeWrite(status -> {
                load();
                return null;
            });
            LOG.info("Demo data loaded: sign in as admin@partneracademy.example with password '{}'", PASSWORD);
        }
        loaded.publishEvent(new DemoDataLoaded());
    }

    private void load() {
        Map<String, Partner> byName = new HashMap<>();
        for (DemoPartner p : DemoPartner.ALL) {
            byName.put(p.name(), partners.create(new PartnerForm(p.name(), p.type(), p.region(), p.signed(), p.tier())));
        }
        LocalDate start = LocalDate.of(2025, 1, 6);
        person("admin@partneracademy.example", "Ada Okafor", EnumSet.of(Role.ADMIN), null, null, start);
        person("author@partneracademy.example", "Elena Ortiz", EnumSet.of(Role.AUTHOR), null, null, start);
        person("reviewer@partneracademy.example", "Rahul Mehta", EnumSet.of(Role.REVIEWER), null, null, start);
        UserSummary manager = person("manager@partneracademy.example", "Marcus Lee",
                EnumSet.of(Role.PARTNER_MANAGER), null, null, start);
        for (String name : List.of("GlobalTech Solutions", "Enterprise Partners Inc", "CloudSolutions LLC",
                "TechPartners Inc")) {
            partners.assignManager(byName.get(name).id(), manager.id());
        }
        for (DemoPerson staff : DemoPerson.ALL) {
            person(staff.email(), staff.name(), staff.roles(), byName.get(staff.partner()), staff.title(), start);
        }
    }

    private UserSummary person(String email, String name, Set<Role> roles, Partner employer, String title,
                               LocalDate start) {
        UserSummary user = users.create(email, name, roles);
        users.setPassword(user.id(), PASSWORD);
        if (employer != null) {
            people.employ(user.id(), employer.id(), title, start);
        }
        return user;
    }

    private record DemoPartner(String name, PartnerType type, String region, LocalDate signed, Tier tier) {
        static final List<DemoPartner> ALL = List.of(
                new DemoPartner("GlobalTech Solutions", PartnerType.SYSTEMS_INTEGRATOR, "North America",
                        LocalDate.of(2022, 3, 1), Tier.PLATINUM),
                new DemoPartner("Enterprise Partners Inc", PartnerType.RESELLER, "North America",
                        LocalDate.of(2022, 6, 15), Tier.PLATINUM),
                new DemoPartner("CloudSolutions LLC", PartnerType.MSP, "North America",
                        LocalDate.of(2023, 2, 1), Tier.GOLD),
                new DemoPartner("DataCorp Partners", PartnerType.SYSTEMS_INTEGRATOR, "EMEA",
                        LocalDate.of(2023, 4, 10), Tier.GOLD),
                new DemoPartner("TechPartners Inc", PartnerType.RESELLER, "North America",
                        LocalDate.of(2023, 9, 5), Tier.GOLD),
                new DemoPartner("AI Services Group", PartnerType.TECHNOLOGY, "APAC",
                        LocalDate.of(2024, 1, 20), Tier.GOLD),
                new DemoPartner("Compliance Experts LLC", PartnerType.SYSTEMS_INTEGRATOR, "North America",
                        LocalDate.of(2024, 5, 2), Tier.SILVER),
                new DemoPartner("Security Partners Inc", PartnerType.RESELLER, "EMEA",
                        LocalDate.of(2024, 7, 1), Tier.SILVER),
                new DemoPartner("DevOps Consulting", PartnerType.SYSTEMS_INTEGRATOR, "EMEA",
                        LocalDate.of(2024, 9, 16), Tier.SILVER),
                new DemoPartner("Integration Specialists", PartnerType.SYSTEMS_INTEGRATOR, "APAC",
                        LocalDate.of(2024, 11, 4), Tier.SILVER),
                new DemoPartner("CloudOps Solutions", PartnerType.MSP, "LATAM",
                        LocalDate.of(2025, 10, 22), Tier.REGISTERED));
    }

    private record DemoPerson(String email, String name, Set<Role> roles, String partner, String title) {
        static final List<DemoPerson> ALL = List.of(
                new DemoPerson("partneradmin@globaltech.example", "Sarah Johnson",
                        EnumSet.of(Role.PARTNER_ADMIN, Role.LEARNER), "GlobalTech Solutions", "CEO"),
                new DemoPerson("learner@globaltech.example", "Łukasz Nowak", EnumSet.of(Role.LEARNER),
                        "GlobalTech Solutions", "Pre-sales engineer"),
                new DemoPerson("yuki.tanaka@globaltech.example", "田中 由紀 (Yuki Tanaka)", EnumSet.of(Role.LEARNER),
                        "GlobalTech Solutions", "Solutions architect"),
                new DemoPerson("nikos@enterprisepartners.example", "Νίκος Παπαδόπουλος", EnumSet.of(Role.LEARNER),
                        "Enterprise Partners Inc", "Account executive"),
                new DemoPerson("zoe@enterprisepartners.example", "Zoë Müller",
                        EnumSet.of(Role.PARTNER_ADMIN, Role.LEARNER), "Enterprise Partners Inc", "Partner lead"),
                new DemoPerson("mike.chen@techpartners.example", "Mike Chen",
                        EnumSet.of(Role.PARTNER_ADMIN, Role.LEARNER), "TechPartners Inc", "VP Partnerships"),
                new DemoPerson("olga@cloudsolutions.example", "Ольга Смирнова", EnumSet.of(Role.LEARNER),
                        "CloudSolutions LLC", "Cloud engineer"),
                new DemoPerson("priya@datacorp.example", "Priya Raman", EnumSet.of(Role.LEARNER),
                        "DataCorp Partners", "Sales representative"));
    }
}
