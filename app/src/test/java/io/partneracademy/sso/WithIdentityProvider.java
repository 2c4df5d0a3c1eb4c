package io.partneracademy.sso;

import io.micronaut.runtime.server.EmbeddedServer;
import io.partneracademy.support.DatabaseTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;

import java.util.Map;

/**
 * A test class that signs people in through a real OpenID Connect provider running in the JVM: its own provider,
 * stopped after its tests, the application's SSO settings ({@link SsoCompanies#properties}) and the companies set up
 * with it ({@link SsoCompanies}).
 */
abstract class WithIdentityProvider extends DatabaseTest {

    /** This class's identity provider. */
    final IdentityProvider provider = new IdentityProvider();

    @Inject
    EmbeddedServer server;
    @Inject
    SsoCompanies companies;

    @Override
    public Map<String, String> getProperties() {
        return SsoCompanies.properties(super.getProperties());
    }

    @AfterAll
    void stopProvider() {
        provider.close();
    }
}
