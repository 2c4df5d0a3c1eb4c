package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read /health's details and /prometheus (issue 15). */
@MicronautTest(transactional = false)
class OperationsEndpointsTest extends DatabaseTest {

    private static final String TOKEN = "scrape-token-0123456789abcdef";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.metrics.token", TOKEN);
        return properties;
    }

    @Test
    void healthDetailsAreForAdminsOnly() {
        Browser anonymous = new Browser(server.getURI());
        Browser learner = signedIn(Role.LEARNER);
        Browser admin = signedIn(Role.ADMIN);

        String forAnonymous = anonymous.getJson("/health").body();
        String forLearner = learner.getJson("/health").body();
        String forAdmin = admin.getJson("/health").body();

        assertThat(forAnonymous).contains("\"status\":\"UP\"").doesNotContain("jdbc").doesNotContain("details");
        assertThat(forLearner).contains("\"status\":\"UP\"").doesNotContain("jdbc:mysql").doesNotContain("details");
        assertThat(forAdmin).contains("\"status\":\"UP\"").contains("jdbc:mysql").contains("details");
    }

    @Test
    void metricsAnswerOnlyTheScraperWithTheToken() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> none = http.send(metrics(null), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = http.send(metrics("Bearer not-the-token"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> right = http.send(metrics("Bearer " + TOKEN), HttpResponse.BodyHandlers.ofString());
        Browser.Page admin = signedIn(Role.ADMIN).getAny("/prometheus");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(admin.status()).isEqualTo(401);
        assertThat(none.body() + wrong.body() + admin.body()).doesNotContain("jvm_memory_used_bytes");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    private HttpRequest metrics(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve("/prometheus"))
                .header("Accept", "*/*");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private Browser signedIn(Role role) {
        UserSummary user = fixtures.user("Ops " + role.name().toLowerCase(), role);
        Browser browser = new Browser(server.getURI());
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
