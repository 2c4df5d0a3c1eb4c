package io.partneracademy.accounts;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class InvitationTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Users users;
    @Inject
    Invitations invitations;
    @Inject
    UserSessionRepository sessions;

    @Test
    void invitedAuthorChoosesAPasswordThroughTheOneTimeLink() {
        UserSummary admin = fixtures.user("Inviting Admin", Role.ADMIN);
        Browser adminBrowser = new Browser(server.getURI());
        adminBrowser.login(admin.email(), Fixtures.PASSWORD);
        adminBrowser.get("/admin/users/new");
        Browser.Page invited = adminBrowser.post("/admin/users", Map.of("email", "ana.author@example.com",
                "displayName", "Ana Autorin", "roles", "AUTHOR"));
        String link = URI.create(invited.html().select("#link").attr("value")).getPath();
        Browser invitee = new Browser(server.getURI());
        invitee.get(link);

        Browser.Page weak = invitee.post(link, Map.of("password", "short", "confirmation", "short"));
        Browser.Page accepted = invitee.post(link, Map.of("password", "Ana writes great labs",
                "confirmation", "Ana writes great labs"));

        assertThat(invited.status()).isEqualTo(201);
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.html().select("#password-errors").text())
                .isEqualTo("The password must be at least 12 characters long.");
        assertThat(accepted.status()).isEqualTo(303);
        assertThat(invitee.get("/").html().select("h1").text()).isEqualTo("Welcome, Ana Autorin");
        assertThat(new Browser(server.getURI()).get(link).status()).isEqualTo(404);
        assertThat(new Browser(server.getURI()).login("ana.author@example.com", "Ana writes great labs").status())
                .isEqualTo(303);
    }

    @Test
    void oneLinkAcceptedInParallelSignsInExactlyOnce() {
        UserSummary admin = fixtures.user("Racing Admin", Role.ADMIN);
        UserSummary invited = users.create("rita.race." + System.nanoTime() + "@example.com", "Rita Race",
                java.util.EnumSet.of(Role.LEARNER));
        String link = URI.create(invitations.issue(invited.id(), admin.id()).url()).getPath();
        List<Browser> tabs = IntStream.range(0, 10).mapToObj(i -> new Browser(server.getURI())).toList();
        tabs.forEach(tab -> tab.get(link));
        CyclicBarrier barrier = new CyclicBarrier(tabs.size());
        ExecutorService pool = Executors.newFixedThreadPool(tabs.size());

        List<Integer> statuses = tabs.stream().map(tab -> CompletableFuture.supplyAsync(() -> {
            await(barrier);
            return tab.post(link, Map.of("password", "Rita picks a password " + tab.hashCode(),
                    "confirmation", "Rita picks a password " + tab.hashCode())).status();
        }, pool)).toList().stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        assertThat(statuses.stream().filter(s -> s == 303).count()).isEqualTo(1);
        assertThat(statuses).containsOnly(303, 404);
        assertThat(StreamSupport.stream(sessions.findAll().spliterator(), false)
                .filter(s -> s.userId() == invited.id()).count()).isEqualTo(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void duplicateEmailIsRejectedOnTheForm() {
        UserSummary admin = fixtures.user("Second Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/users/new");

        Browser.Page page = browser.post("/admin/users", Map.of("email", admin.email().toUpperCase(),
                "displayName", "Copy", "roles", "LEARNER"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select("#email-errors").text()).isEqualTo("There is already an account with this email.");
    }
}
