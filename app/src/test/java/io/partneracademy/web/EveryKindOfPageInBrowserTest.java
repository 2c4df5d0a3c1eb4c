package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DemoSite;
import io.partneracademy.support.DemoSiteTest;
import io.partneracademy.support.RealBrowser;
import io.partneracademy.support.SiteCrawl;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page a demo person can reach is accessible in a real Chromium: the test signs in as each demo role
 * (and as the demo learners whose language is German and Japanese: other words, other lengths, other fonts), clicks
 * around as {@link DemoLinksTest} does ({@link SiteCrawl#onePagePerRoute}), and opens each kind of page in the shared
 * browser, where the console must stay free of errors and axe-core must find nothing (WCAG 2.0-2.2 A/AA, one main
 * heading, heading order). Every problem of every page is named at once.
 *
 * <p>A kind of page already checked in the same language for someone earlier in the list is not opened again (the
 * markup is the same template's; about a second of axe-core each, on two cores), except the home page, which has one
 * section per role.
 */
@MicronautTest(transactional = false)
class EveryKindOfPageInBrowserTest extends DemoSiteTest {

    /** Someone who has not signed in: the public pages (directory, verify pages, sign-in). */
    private static final String VISITOR = "a visitor";
    private static final int PAGES_PER_PERSON = 500;

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    /** The kinds of page checked so far, each with the language it was shown in. */
    private final Set<String> checked = new HashSet<>();
    private int opened;

    @ParameterizedTest
    @ValueSource(strings = {"learner@globaltech.example", "manager@partneracademy.example",
            "partneradmin@globaltech.example", "author@partneracademy.example", "admin@partneracademy.example",
            "reviewer@partneracademy.example", "hannah.schmidt@datacorp.example", "kenji.sato@techpartners.example",
            VISITOR})
    void everyKindOfPageADemoPersonReachesIsAccessible(String email) {
        boolean visitor = email.equals(VISITOR);
        opened = 0;
        Browser links = new Browser(server.getURI());
        RealBrowser chromium = new RealBrowser(server.getURI());
        if (!visitor) {
            assertThat(links.login(email, DemoSite.PASSWORD).status()).as("%s signs in", email).isEqualTo(303);
            chromium.signIn(email, DemoSite.PASSWORD);
        }

        String language = visitor ? "en" : (String) chromium.script("return document.documentElement.lang");
        long started = System.nanoTime();
        SiteCrawl crawl = SiteCrawl.onePagePerRoute(router);
        SiteCrawl.Result result = crawl.crawl(links, visitor, PAGES_PER_PERSON, reached -> {
            if (reached.page().status() != 200 || !reached.isHtml() || reached.page().isDownload()
                    || !newTo(language, crawl.kinds(reached.link())) && !reached.link().equals("/")) {
                return List.of();
            }
            opened++;
            List<String> problems = new ArrayList<>(chromium.problemsOpening(reached.link()));
            if (chromium.path().startsWith("/login") && !visitor) {
                problems.add("Chromium was sent to sign in, at " + chromium.path());
            }
            return problems.stream().map(p -> reached.link() + " (linked from " + reached.from() + "): " + p).toList();
        });
        System.out.printf("%s: %d kinds of page reached, %d opened in Chromium, %d ms%n", email, result.pages(), opened,
                (System.nanoTime() - started) / 1_000_000);

        assertThat(result.pages()).as("kinds of page %s reached", email).isGreaterThan(visitor ? 5 : 20);
        assertThat(result.notFollowed()).as("every kind of page %s could reach was opened", email).isEmpty();
        assertThat(result.problems()).as("problems on the pages %s reached", email).isEmpty();
    }

    /** Marks the kinds of page as checked in this language; true when one of them was not yet. */
    private boolean newTo(String language, List<String> kinds) {
        boolean anyNew = false;
        for (String kind : kinds) {
            anyNew |= checked.add(language + " " + kind);
        }
        return anyNew;
    }
}
