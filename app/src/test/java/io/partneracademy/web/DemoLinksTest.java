package io.partneracademy.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DemoSite;
import io.partneracademy.support.DemoSiteTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link and every search or filter form a demo person can reach from the home page leads to a page: the test
 * signs in as each demo account, follows same-site links and submits GET forms with the values they show, as a person
 * clicking around would, and fails on any answer other than 200 (after redirects; a form sent with an empty field may
 * answer 422), naming the link and the page that showed it. Two pages of each kind are visited (see {@link #route}).
 *
 * <p>Found from outside: the author's "New short-text question" link answered 500 on every visit, because the page
 * asked its form a question the template engine could not reach; no test opened that page.
 */
@MicronautTest(transactional = false)
class DemoLinksTest extends DemoSiteTest {

    /** Someone who has not signed in: the public pages (directory, verify pages, sign-in). */
    private static final String VISITOR = "a visitor";
    private static final int PAGES_PER_PERSON = 1500;
    private static final int VISITS_PER_ROUTE = 2;
    /** Marks a form's answer: a form sent with an empty field may be refused with 422 and the field named. */
    private static final String FORM = " (its form)";
    private static final int WORDS_PER_VARIABLE = 6;
    /** Links that end the session or leave on purpose are not followed. */
    private static final Pattern NOT_FOLLOWED = Pattern.compile("^/(logout|sign-out)\\b");

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    /** The GET routes the router knows: what a link is grouped by. */
    private List<UriRouteInfo<?, ?>> pageRoutes;
    private final Map<String, Set<String>> valuesShown = new HashMap<>();

    @BeforeAll
    void routesKnown() {
        pageRoutes = router.uriRoutes().filter(r -> r.getHttpMethod() == HttpMethod.GET).toList();
    }

    /**
     * The crawl opens every verify page it meets, for each person, from one address within a few minutes; the public
     * verify pages' per-address limit (60 a minute, tested on its own) would answer 429 to a crawler, not a person.
     */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.certification.verify-requests-per-minute", "1000000");
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin@partneracademy.example", "manager@partneracademy.example",
            "partneradmin@globaltech.example", "learner@globaltech.example", "author@partneracademy.example",
            "reviewer@partneracademy.example", "hannah.schmidt@datacorp.example", "kenji.sato@techpartners.example",
            VISITOR})
    void everyLinkAndFormADemoPersonReachesLeadsToAPage(String email) {
        Browser browser = new Browser(server.getURI());
        if (!email.equals(VISITOR)) {
            assertThat(browser.login(email, DemoSite.PASSWORD).status()).as("%s signs in", email).isEqualTo(303);
        }

        valuesShown.clear();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> visitsOfRoute = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {"/", "signing in"});
        queue.add(new String[] {"/directory", "the address typed"});
        int pages = 0;
        while (!queue.isEmpty() && pages < PAGES_PER_PERSON) {
            String[] next = queue.poll();
            String link = next[0];
            if (!seen.add(link) || NOT_FOLLOWED.matcher(link).find()
                    || visitsOfRoute.merge(route(link), 1, Integer::sum) > VISITS_PER_ROUTE) {
                continue;
            }
            pages++;
            Browser.Page page = follow(browser, link, email.equals(VISITOR));
            boolean sentForm = next[1].endsWith(FORM);
            if (page.status() != 200 && !(sentForm && page.status() == 422)) {
                problems.add(page.status() + " " + link + " (linked from " + next[1] + ")");
                continue;
            }
            if (!page.contentType().startsWith("text/html")) {
                continue;
            }
            Document html = page.html();
            for (Element a : html.select("a[href]")) {
                String target = sameSite(link, a.attr("href"));
                if (target != null) {
                    queue.add(new String[] {target, link});
                }
            }
            for (Element form : html.select("form")) {
                if (!form.attr("method").isEmpty() && !form.attr("method").equalsIgnoreCase("get")) {
                    continue;
                }
                String action = sameSite(link, form.attr("action").isEmpty() ? link : form.attr("action"));
                if (action != null && !needsTyping(form)) {
                    queue.add(new String[] {action.replaceFirst("\\?.*", "") + query(form), link + FORM});
                }
            }
        }
        assertThat(pages).as("pages %s reached", email).isGreaterThan(email.equals(VISITOR) ? 5 : 20);
        assertThat(queue).as("every link %s could reach was followed (not cut short)", email).isEmpty();
        assertThat(problems).as("links %s followed that did not lead to a page", email).isEmpty();
    }

    /**
     * GET, following redirects within the site; a signed-in person sent to the sign-in page is a problem (the 303 is
     * kept), a visitor is sent there by every page that needs an account.
     */
    private static Browser.Page follow(Browser browser, String link, boolean visitor) {
        Browser.Page page = browser.navigate(link);
        for (int hops = 0; hops < 5 && page.status() / 100 == 3 && page.location() != null; hops++) {
            String target = sameSite(link, page.location());
            if (target == null || target.startsWith("/login") && !visitor) {
                return page;
            }
            page = browser.navigate(target);
        }
        return page;
    }

    /** The path and query of a link on this site, or null for other sites, mail, scripts and in-page anchors. */
    private static String sameSite(String from, String href) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("javascript:")
                || href.startsWith("data:") || href.startsWith("webcal:")) {
            return null;
        }
        URI resolved = URI.create("http://site" + from).resolve(href.replace(" ", "%20"));
        if (!"site".equals(resolved.getHost())) {
            return null;
        }
        String path = resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
        return resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery();
    }

    /** Whether the browser would refuse to send the form as shown: a required field is empty. */
    private static boolean needsTyping(Element form) {
        return form.select("input[required], textarea[required]").stream()
                .anyMatch(field -> (field.tagName().equals("textarea") ? field.text() : field.attr("value")).isBlank());
    }

    /** A GET form submitted as shown: text fields, selected options and checked boxes with their values. */
    private static String query(Element form) {
        StringBuilder q = new StringBuilder();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String type = field.attr("type");
            String value;
            if (field.tagName().equals("select")) {
                Element option = field.selectFirst("option[selected]");
                option = option == null ? field.selectFirst("option") : option;
                value = option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text();
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (!field.hasAttr("checked")) {
                    continue;
                }
                value = field.hasAttr("value") ? field.attr("value") : "on";
            } else if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                continue;
            } else {
                value = field.tagName().equals("textarea") ? field.text() : field.attr("value");
            }
            q.append(q.isEmpty() ? "?" : "&").append(encode(field.attr("name"))).append('=').append(encode(value));
        }
        return q.toString();
    }

    /**
     * The kind of page a link opens: the router's route ({@code /live/{id}}; the most specific when several match) with
     * the names of its query parameters. A path variable keeps its value while the variable has shown at most
     * {@value #WORDS_PER_VARIABLE} values (a question kind, an exam), and counts as one beyond (a question, a person);
     * a file (a style sheet, an image) is its own kind.
     */
    private String route(String link) {
        String[] parts = link.split("\\?", 2);
        String path = pageRoutes.stream().map(r -> r.match(parts[0]).orElse(null)).filter(Objects::nonNull)
                .min(Comparator.comparingInt(m -> m.getVariableValues().size()))
                .map(m -> {
                    String template = m.getRouteInfo().getUriMatchTemplate().toPathString();
                    for (Map.Entry<String, Object> variable : new TreeMap<>(m.getVariableValues()).entrySet()) {
                        Set<String> shown = valuesShown.computeIfAbsent(template + " " + variable.getKey(),
                                k -> new HashSet<>());
                        String value = String.valueOf(variable.getValue());
                        if (shown.contains(value) || shown.size() < WORDS_PER_VARIABLE) {
                            shown.add(value);
                            template = template.replace("{" + variable.getKey() + "}", value);
                        }
                    }
                    return template;
                })
                .orElse(parts[0]);
        Set<String> names = new TreeSet<>();
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return path + "?" + String.join(",", names);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
