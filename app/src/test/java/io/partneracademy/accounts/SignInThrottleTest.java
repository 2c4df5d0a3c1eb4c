package io.partneracademy.accounts;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in throttle against a client that forges headers, sends junk and races itself (issue 15). */
@MicronautTest(transactional = false)
class SignInThrottleTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    LoginFailureRepository failures;
    @Inject
    UserSessionRepository sessions;

    /**
     * Argon2id at its real strength here: the race between counting and recording lasts as long as a password
     * check, which the tests' cheap setting would make too short to show.
     */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.remove("partneracademy.passwords.memory-kib");
        properties.remove("partneracademy.passwords.iterations");
        return properties;
    }

    @Test
    void forgedForwardingHeadersNeitherHideNorResetTheAddress() {
        for (int i = 0; i < 20; i++) {
            String[] header = i == 0 ? new String[]{"X-Forwarded-For", "1".repeat(70)}
                    : i % 2 == 0 ? new String[]{"X-Forwarded-For", "203.0.113." + i}
                    : new String[]{"Forwarded", "for=198.51.100." + i};

            SignInClient.Reply failed = clientFrom("127.0.0.11").open()
                    .signIn("nobody" + i + "@example.com", "wrong", "", header);

            assertThat(failed.statusCode()).as("failure %d with %s: %s", i, header[0], header[1]).isEqualTo(422);
        }

        SignInClient.Reply next = clientFrom("127.0.0.11").open()
                .signIn("someone.else@example.com", "wrong", "", "X-Forwarded-For", "192.0.2.200");

        assertThat(next.statusCode()).isEqualTo(429);
        assertThat(next.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void anEmailOverTheLimitIsRefusedWith422AndStillCounted() {
        String email = "a".repeat(300) + "@example.com";
        long before = failures.count();

        SignInClient.Reply response = clientFrom("127.0.0.12").open().signIn(email, "whatever", "");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(response.body()).select("[role=alert]").text())
                .isEqualTo("The email or password is wrong.");
        assertThat(failures.count()).isEqualTo(before + 1);
        assertThat(StreamSupport.stream(failures.findAll().spliterator(), false)
                .filter(f -> f.email().startsWith("aaaa")).findFirst().orElseThrow().email()).hasSize(254);
    }

    @Test
    void parallelWrongPasswordsReachThePasswordCheckNoMoreThanTheLimit() {
        UserSummary user = fixtures.user("Racing Guesser", Role.LEARNER);
        List<SignInClient> clients = IntStream.range(0, 20).mapToObj(i -> clientFrom("127.0.0.13").open())
                .toList();
        CyclicBarrier barrier = new CyclicBarrier(clients.size());

        List<Integer> statuses = clients.stream().map(client -> CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return client.signIn(user.email(), "wrong guess", "").statusCode();
        }, java.util.concurrent.Executors.newCachedThreadPool())).toList().stream()
                .map(CompletableFuture::join).toList();

        List<Integer> afterwards = IntStream.range(0, 5).mapToObj(i -> clientFrom("127.0.0.13").open()
                .signIn(user.email(), "sequential guess", "").statusCode()).toList();

        assertThat(statuses).containsOnly(422, 429);
        assertThat(statuses.stream().filter(s -> s == 422).count()).isLessThanOrEqualTo(5);
        assertThat(java.util.stream.Stream.concat(statuses.stream(), afterwards.stream()).filter(s -> s == 422)
                .count()).as("password checks in the window").isEqualTo(5);
        assertThat(clientFrom("127.0.0.13").open().signIn(user.email(), Fixtures.PASSWORD, "")
                .statusCode()).isEqualTo(429);
    }

    @Test
    void aNextWithSpacesOrControlCharactersGoesHomeWithAWorkingSession() {
        UserSummary user = fixtures.user("Nora Next", Role.LEARNER);

        for (String next : List.of("/%20x", "/%09/x", "/%0A/x", "/%0D%0ASet-Cookie:%20x=1")) {
            SignInClient client = clientFrom("127.0.0.14").open();
            SignInClient.Reply response = client.signIn(user.email(), Fixtures.PASSWORD, "&next=" + next);

            assertThat(response.statusCode()).as("next=%s", next).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue("/");
            assertThat(Jsoup.parse(client.get("/").body()).select("h1").text()).isEqualTo("Welcome, Nora Next");
        }
        assertThat(StreamSupport.stream(sessions.findAll().spliterator(), false)
                .filter(s -> s.userId() == user.id()).count()).isEqualTo(4);
    }

    @Test
    void aSafeNextIsKept() {
        assertThat(LoginController.safeNext("/courses/intro?tab=2#top")).isEqualTo("/courses/intro?tab=2#top");
        assertThat(LoginController.safeNext("/search?q=a%20b")).isEqualTo("/search?q=a%20b");
        assertThat(LoginController.safeNext("/a%0d%0aSet-Cookie:x")).isEqualTo("/");
        assertThat(LoginController.safeNext("//evil.example")).isEqualTo("/");
        assertThat(LoginController.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(LoginController.safeNext("https://evil.example")).isEqualTo("/");
    }

    /** Each test signs in from its own loopback address, so no test sees another's failures in the window. */
    private SignInClient clientFrom(String loopbackAddress) {
        return new SignInClient(server.getURI(), loopbackAddress);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
