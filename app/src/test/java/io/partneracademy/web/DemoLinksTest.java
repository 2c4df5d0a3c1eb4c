package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DemoSite;
import io.partneracademy.support.DemoSiteTest;
import io.partneracademy.support.SiteCrawl;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link and every search or filter form a demo person can reach from the home page leads to a page: the test
 * signs in as each demo account, follows same-site links and submits GET forms with the values they show, as a person
 * clicking around would ({@link SiteCrawl}), and fails on any answer other than 200 (after redirects; a form sent with
 * an empty field may answer 422), naming the link and the page that showed it. Two pages of each kind are visited.
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
    private static final int WORDS_PER_VARIABLE = 6;

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

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

        SiteCrawl.Result crawl = new SiteCrawl(router, VISITS_PER_ROUTE, WORDS_PER_VARIABLE).crawl(browser,
                email.equals(VISITOR), PAGES_PER_PERSON, reached -> reached.isPage() ? List.of()
                        : List.of(reached.page().status() + " " + reached.link() + " (linked from " + reached.from() + ")"));
        assertThat(crawl.pages()).as("pages %s reached", email).isGreaterThan(email.equals(VISITOR) ? 5 : 20);
        assertThat(crawl.notFollowed()).as("every link %s could reach was followed (not cut short)", email).isEmpty();
        assertThat(crawl.problems()).as("links %s followed that did not lead to a page", email).isEmpty();
    }
}
