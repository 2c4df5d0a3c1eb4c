package io.partneracademy.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DemoSite;
import io.partneracademy.support.DemoSiteTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state-changing route the router knows × every kind of person × its method, sent with a valid CSRF token and
 * a junk form (issue 15). The expected status comes from the route's {@code @Secured}: an anonymous visitor is sent
 * to sign in (303 or 401), a person holding none of its roles gets 403, a person holding one is never refused as
 * unknown (401; a 403 from the service's own rule, such as "not your partner", is allowed), and no one ever gets a
 * 5xx. The table of what each got is printed.
 */
@MicronautTest(transactional = false)
class RouteRoleMatrixTest extends DemoSiteTest {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    /** The people of the demo site, one per role, and an anonymous visitor. */
    private static final Map<String, String> PEOPLE = people();

    /**
     * Routes whose service refuses some people its @Secured lets in (403) by a rule of its own: a partner admin sees
     * the tier pages but only admins and partner managers record metrics (tiers.forbidden).
     */
    private static final Set<String> OWN_RULE = Set.of("/tiers/metrics/import", "/tiers/partners/{id}/metrics");

    /** The partner API checks its own bearer tokens (@Secured lets everyone through): no token, 401 for everyone. */
    private static final String API = "/api/";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    private record Route(String method, String template, String path, Set<String> secured, boolean multipart,
                         boolean json) {
    }

    @Test
    void everyStateChangingRouteAnswersEachPersonAsItsSecuredSays() throws Exception {
        List<Route> routes = routes();
        Map<String, Browser> who = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        PEOPLE.forEach((name, email) -> {
            who.put(name, signedIn(email));
            roles.put(name, roles(email));
        });
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("method route | " + String.join(" | ", who.keySet()) + "\n");

        for (Route route : routes) {
            table.append(route.method()).append(' ').append(route.template());
            for (Map.Entry<String, Browser> person : who.entrySet()) {
                int status = send(route, person.getValue());
                table.append(" | ").append(status);
                String wrong = judge(route, roles.get(person.getKey()), status);
                if (wrong != null) {
                    problems.add(route.method() + " " + route.path() + " as " + person.getKey() + " → " + status
                            + ": " + wrong + " (@Secured " + route.secured() + ")");
                }
            }
            table.append('\n');
        }

        System.out.println("Route × role × method, valid CSRF token, junk form:\n" + table);
        assertThat(routes).hasSizeGreaterThan(50);
        assertThat(problems).as("table:\n%s", table).isEmpty();
    }

    /** Null when the status is what the route's @Secured allows for this person, else what is wrong. */
    private static String judge(Route route, Set<String> roles, int status) {
        if (status >= 500) {
            return "a server error";
        }
        if (route.template().startsWith(API)) {
            return status == 401 ? null : "the API answers 401 to a request without its bearer token";
        }
        boolean anonymous = roles.isEmpty();
        boolean open = route.secured().contains(SecurityRule.IS_ANONYMOUS);
        boolean allowed = open || !anonymous && (route.secured().contains(SecurityRule.IS_AUTHENTICATED)
                || roles.stream().anyMatch(route.secured()::contains));
        if (allowed) {
            boolean refused = status == 401 || status == 403 && !OWN_RULE.contains(route.template());
            return refused ? "refused although @Secured lets this person in" : null;
        }
        if (anonymous) {
            return status == 303 || status == 401 ? null : "an anonymous visitor must be sent to sign in";
        }
        return status == 403 ? null : "a person without the route's role must get 403";
    }

    private int send(Route route, Browser person) throws IOException, InterruptedException {
        String cookies = java.util.stream.Stream.of("pa_session", "pa_csrf")
                .filter(name -> person.cookie(name) != null)
                .map(name -> name + "=" + person.cookie(name))
                .collect(java.util.stream.Collectors.joining("; "));
        String body = route.multipart()
                ? "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n--b--\r\n"
                : "csrfToken=" + person.csrfToken() + "&name=x&email=x%40example.com&answer=x";
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(route.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", cookies)
                .header("Accept", route.json() ? "application/json" : "text/html")
                .header("Content-Type", route.multipart() ? "multipart/form-data; boundary=b"
                        : "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", person.csrfToken())
                .method(route.method(), HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Every state-changing route once, signing out last so the sessions last the whole table. */
    private List<Route> routes() {
        Map<String, Route> routes = new TreeMap<>();
        router.uriRoutes().filter(r -> !SAFE.contains(r.getHttpMethod())).forEach(r -> {
            String template = r.getUriMatchTemplate().toPathString();
            boolean multipart = r.getConsumes().stream().anyMatch(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE));
            boolean json = !r.getProduces().isEmpty()
                    && r.getProduces().stream().noneMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
            routes.putIfAbsent(r.getHttpMethodName() + " " + template, new Route(r.getHttpMethodName(), template,
                    concrete(template), secured(r), multipart, json));
        });
        return routes.values().stream()
                .sorted(Comparator.comparing((Route r) -> r.template().equals("/logout")).thenComparing(Route::template))
                .toList();
    }

    /** The method's own {@code @Secured}, else its class's: the method's wins, as in Micronaut's SecuredAnnotationRule. */
    private static Set<String> secured(UriRouteInfo<?, ?> route) {
        String[] own = route.getTargetMethod().getAnnotationMetadata().getDeclaredMetadata().stringValues(Secured.class);
        String[] any = own.length > 0 ? own
                : route.getTargetMethod().getDeclaringType().getAnnotation(Secured.class) == null ? new String[0]
                : route.getTargetMethod().getDeclaringType().getAnnotation(Secured.class).value();
        return new java.util.HashSet<>(List.of(any));
    }

    /** A path for a route template: every variable becomes 1, optional query parts are left out. */
    private static String concrete(String template) {
        String path = template.replaceAll("\\{\\?[^}]*}", "").replaceAll("\\{[^}]*}", "1");
        return URI.create(path.isEmpty() ? "/" : path).toString();
    }

    /** The roles the person holds, as {@code @Secured} names them; none for the anonymous visitor. */
    private Set<String> roles(String email) {
        if (email.isEmpty()) {
            return Set.of();
        }
        String list = site.query("SELECT GROUP_CONCAT(r.role) FROM user_role r JOIN app_user u ON u.id = r.user_id "
                + "WHERE u.email = '" + email + "'");
        return new java.util.HashSet<>(List.of(list.split(",")));
    }

    private Browser signedIn(String email) {
        Browser browser = new Browser(server.getURI());
        if (email.isEmpty()) {
            browser.get("/login");
        } else {
            assertThat(browser.login(email, DemoSite.PASSWORD).status()).isEqualTo(303);
            browser.get("/");
        }
        assertThat(browser.csrfToken()).as("a CSRF token for " + email).isNotBlank();
        return browser;
    }

    private static Map<String, String> people() {
        Map<String, String> people = new LinkedHashMap<>();
        people.put("ANONYMOUS", "");
        people.put("LEARNER", "learner@globaltech.example");
        people.put("REVIEWER", "reviewer@partneracademy.example");
        people.put("AUTHOR", "author@partneracademy.example");
        people.put("PARTNER_ADMIN", "partneradmin@globaltech.example");
        people.put("PARTNER_MANAGER", "manager@partneracademy.example");
        people.put("ADMIN", "admin@partneracademy.example");
        return people;
    }
}
