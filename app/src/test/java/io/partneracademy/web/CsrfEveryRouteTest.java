package io.partneracademy.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state-changing route the router knows, asked by an anonymous visitor, a learner and an admin, with the
 * CSRF token missing or forged, as a form, a script and an upload would send it: always 403 (issue 15).
 */
@MicronautTest(transactional = false)
class CsrfEveryRouteTest extends DatabaseTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    /**
     * Routes an identity provider's server posts to, authenticated by a signed token in the body and never by a
     * cookie: they answer 400 to the attempts below (no valid token), which BackChannelLogoutTest checks.
     */
    private static final Set<String> SERVER_TO_SERVER = Set.of("POST /sso/backchannel-logout");

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;
    @Inject
    Fixtures fixtures;

    @Test
    void everyStateChangingRouteRefusesAMissingOrForgedToken() throws Exception {
        List<String[]> routes = router.uriRoutes().filter(r -> !SAFE.contains(r.getHttpMethod()))
                .map(r -> new String[]{r.getHttpMethodName(), concrete(r.getUriMatchTemplate().toString())})
                .distinct().filter(r -> !SERVER_TO_SERVER.contains(r[0] + " " + r[1])).toList();
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("anonymous", opened(new Browser(server.getURI())));
        who.put("learner", signedIn(Role.LEARNER));
        who.put("admin", signedIn(Role.ADMIN));
        List<String> answers = new ArrayList<>();

        for (String[] route : routes) {
            for (Map.Entry<String, Browser> person : who.entrySet()) {
                String session = "pa_session=" + person.getValue().cookie("pa_session") + "; pa_csrf="
                        + person.getValue().cookie("pa_csrf");
                for (Attempt attempt : Attempt.values()) {
                    int status = send(route[0], route[1], session, attempt);
                    if (status != 403) {
                        answers.add(route[0] + " " + route[1] + " as " + person.getKey() + " with " + attempt
                                + " → " + status);
                    }
                }
            }
        }

        System.out.println("CSRF check: " + routes.size() + " state-changing routes × " + who.size() + " people × "
                + Attempt.values().length + " ways");
        assertThat(routes).hasSizeGreaterThan(20);
        assertThat(answers).isEmpty();
    }

    /** How the token goes wrong. */
    private enum Attempt { FORM_WITHOUT_TOKEN, FORM_WITH_FORGED_TOKEN, SCRIPT_WITH_FORGED_HEADER, UPLOAD_FROM_ELSEWHERE }

    private int send(String method, String path, String cookies, Attempt attempt) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Cookie", cookies).header("Accept", "text/html");
        String body = "name=x&email=x%40example.com";
        switch (attempt) {
            case FORM_WITHOUT_TOKEN -> request.header("Content-Type", "application/x-www-form-urlencoded");
            case FORM_WITH_FORGED_TOKEN -> {
                request.header("Content-Type", "application/x-www-form-urlencoded");
                body += "&csrfToken=forged";
            }
            case SCRIPT_WITH_FORGED_HEADER -> request.header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-CSRF-TOKEN", "forged");
            case UPLOAD_FROM_ELSEWHERE -> {
                request.header("Content-Type", "multipart/form-data; boundary=b")
                        .header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site");
                body = "--b\r\nContent-Disposition: form-data; name=\"csrfToken\"\r\n\r\nforged\r\n--b--\r\n";
            }
            default -> throw new IllegalStateException();
        }
        return http.send(request.method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A path for a route template: every variable becomes 1, optional query parts are left out. */
    private static String concrete(String template) {
        String path = template.replaceAll("\\{\\?[^}]*}", "").replaceAll("\\{[^}]*}", "1");
        return URI.create(path.isEmpty() ? "/" : path).toString();
    }

    private Browser opened(Browser browser) {
        browser.get("/login");
        return browser;
    }

    private Browser signedIn(Role role) {
        UserSummary user = fixtures.user("Csrf " + role.name().toLowerCase(), role);
        Browser browser = new Browser(server.getURI());
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
