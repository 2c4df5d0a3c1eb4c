package io.partneracademy.support;

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

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

/** Creates partners and people through the real services, with unique names so tests never collide. */
@Singleton
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";

    private final Users users;
    private final Partners partners;
    private final People people;

    Fixtures(Users users, Partners partners, People people) {
        this.users = users;
        this.partners = partners;
        this.people = people;
    }

    public Partner partner(String name) {
        return partners.create(new PartnerForm(name + " " + shortId(), PartnerType.RESELLER, "EMEA",
                LocalDate.of(2024, 1, 15), Tier.SILVER));
    }

    public Partner setTier(Partner partner, Tier tier) {
        return partners.update(partner.id(), new PartnerForm(partner.name(), partner.type(), partner.region(),
                partner.agreementSignedOn(), tier));
    }

    public UserSummary user(String name, Role... roles) {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "." + shortId() + "@example.com";
        UserSummary user = users.create(email, name, roles.length == 0 ? EnumSet.noneOf(Role.class)
                : EnumSet.of(roles[0], roles));
        users.setPassword(user.id(), PASSWORD);
        return user;
    }

    public UserSummary employee(Partner partner, String name, Role... roles) {
        UserSummary user = user(name, roles);
        people.employ(user.id(), partner.id(), "Engineer", LocalDate.of(2025, 1, 6));
        return user;
    }

    public void assign(Partner partner, UserSummary manager) {
        partners.assignManager(partner.id(), manager.id());
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
