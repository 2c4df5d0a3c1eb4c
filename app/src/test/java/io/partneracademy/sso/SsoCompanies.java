package io.partneracademy.sso;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The set-up every SSO test shares: the settings that let the test's provider (on this machine) be used, companies
 * with their own provider (one issuer of the test's {@link IdentityProvider}) and a claimed domain, an admin, the
 * claims of a verified person, and counting rows.
 */
@Singleton
class SsoCompanies {

    private final Fixtures fixtures;
    private final SsoSetup setup;
    private final DataSource dataSource;

    SsoCompanies(Fixtures fixtures, SsoSetup setup, DataSource dataSource) {
        this.fixtures = fixtures;
        this.setup = setup;
        this.dataSource = dataSource;
    }

    /**
     * The test's properties plus plain-http issuers and the provider's host allowed by name, as an operator would
     * allow an on-premises provider. Its address (127.0.0.1) is not on the list, so an issuer written with it is
     * refused like any internal one.
     */
    static Map<String, String> properties(Map<String, String> base) {
        Map<String, String> properties = new HashMap<>(base);
        properties.put("partneracademy.sso.allow-http-issuers", "true");
        properties.put("partneracademy.sso.allowed-hosts", "localhost");
        return properties;
    }

    /** A company with its own provider (one issuer of the test's server) and a claimed domain. */
    record Company(Partner partner, SsoProvider provider, String issuerId, String domain) {
        String email(String local) {
            return local + "@" + domain;
        }
    }

    Company company(IdentityProvider provider, String name) {
        return company(provider, name, false);
    }

    Company company(IdentityProvider provider, String name, boolean trustEmail) {
        Partner partner = fixtures.partner(name);
        String issuerId = "idp-" + UUID.randomUUID().toString().substring(0, 8);
        String domain = issuerId + ".example";
        CurrentUser admin = admin();
        SsoProvider saved = setup.save(null, new ProviderForm(partner.id(), provider.issuer(issuerId),
                "academy-" + issuerId, "s3cret-" + issuerId, "on", trustEmail ? "on" : null, null), admin);
        setup.claim(new DomainForm(domain, partner.id()), admin);
        return new Company(partner, saved, issuerId, domain);
    }

    CurrentUser admin() {
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        return new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles());
    }

    /** The claims of a person whose email the provider has verified. */
    static Map<String, Object> verified(String email, String name) {
        return Map.of("email", email, "email_verified", true, "name", name);
    }

    long count(String sql) throws Exception {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    String value(String sql) throws Exception {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
