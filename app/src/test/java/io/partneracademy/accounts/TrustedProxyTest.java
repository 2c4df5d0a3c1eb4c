package io.partneracademy.accounts;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a configured reverse proxy, the client it names is throttled, and nobody can borrow another's name. */
@MicronautTest(transactional = false)
class TrustedProxyTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.trusted-proxies", "127.0.0.1,::1");
        return properties;
    }

    @Test
    void theAddressThatTheProxyAppendsIsThrottledWhateverTheClientPrepends() {
        UserSummary admin = fixtures.user("Proxy Admin", Role.ADMIN);
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("guess" + i + "@example.com", "wrong", "X-Forwarded-For", "203.0.113.7"))
                    .isEqualTo(422);
        }

        int again = signIn("guess@example.com", "wrong", "X-Forwarded-For", "203.0.113.7");
        int borrowing = signIn("guess@example.com", "wrong", "X-Forwarded-For", "198.51.100.9, 203.0.113.7");
        int adminElsewhere = signIn(admin.email(), Fixtures.PASSWORD, "X-Forwarded-For", "198.51.100.9");

        assertThat(again).isEqualTo(429);
        assertThat(borrowing).isEqualTo(429);
        assertThat(adminElsewhere).isEqualTo(303);
    }

    @Test
    void theForwardedHeaderNamesTheClientToo() {
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("rfc" + i + "@example.com", "wrong", "Forwarded", "for=\"[2001:db8::1]:4711\";proto=https"))
                    .isEqualTo(422);
        }

        int sameClient = signIn("rfc@example.com", "wrong", "Forwarded", "for=\"[2001:db8:0:0::1]\"");
        int otherClient = signIn("rfc@example.com", "wrong", "Forwarded", "for=192.0.2.43");

        assertThat(sameClient).isEqualTo(429);
        assertThat(otherClient).isEqualTo(422);
    }

    @Test
    void httpsAtTheProxyTurnsOnStrictTransportSecurity() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String[], java.net.http.HttpResponse<String>> get = headers -> {
            try {
                java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        server.getURI().resolve("/login"));
                if (headers.length > 0) {
                    request.headers(headers);
                }
                return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };

        assertThat(get.apply(new String[]{"X-Forwarded-Proto", "https"}).headers()
                .firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(get.apply(new String[]{"Forwarded", "for=192.0.2.1;proto=https"}).headers()
                .firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(get.apply(new String[]{"X-Forwarded-Proto", "http"}).headers()
                .firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get.apply(new String[0]).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private int signIn(String email, String password, String... headers) {
        return new SignInClient(server.getURI()).open().signIn(email, password, "", headers).statusCode();
    }
}
