package io.partneracademy.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.search.SearchIndex;
import io.partneracademy.search.SearchPage;
import io.partneracademy.search.SearchRequest;
import io.partneracademy.search.SearchViewer;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.JudgedQueries;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Search over the shipped demo library and courses, against a real Lucene index and database. */
@MicronautTest(transactional = false)
class LibrarySearchTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    ResourceImport resources;
    @Inject
    ContentImporter content;
    @Inject
    SearchIndex index;
    @Inject
    io.partneracademy.search.SearchSync sync;
    @Inject
    Fixtures fixtures;

    @BeforeAll
    void importDemoContent() {
        content.importTree(ProjectDir.get().resolve("content"), null);
        resources.importFolder(ProjectDir.get().resolve("content/resources"));
        sync.syncNow();
    }

    @Test
    void everyJudgedQueryFindsItsResourceInTheTopThree() {
        List<String> failures = new ArrayList<>();
        JudgedQueries judged = JudgedQueries.load();

        for (JudgedQueries.Judged q : judged.queries()) {
            List<String> top = index.search(new SearchRequest(q.query(), null, null, null, "resource",
                    SearchRequest.Sort.RELEVANCE, 0, 3), SearchViewer.STAFF).hits().stream()
                    .map(h -> h.key().substring("resource:".length())).toList();
            if (top.stream().noneMatch(q.expected()::contains)) {
                failures.add(q.query() + " -> " + top);
            }
        }

        assertThat(judged.queries()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(failures).isEmpty();
    }

    @Test
    void learnerSearchingWithATypoGetsBattleCardsFirstWithHighlightsAndFacets() {
        Browser browser = learner();

        Document page = browser.get("/library?q=battel+cards").html();

        assertThat(page.select("ol.hits li .badge").eachText().subList(0, 3)).containsOnly("Battle card");
        assertThat(page.select("ol.hits .snippet mark")).isNotEmpty();
        assertThat(page.select(".facets a").eachText()).contains("Battle card", "English");
    }

    @Test
    void theIssuesQueriesPutTheRightResourceFirstAmongEverything() {
        Map<String, List<String>> expectations = Map.of(
                "demo", List.of("resource:demo-playbook"),
                "deal reg", List.of("resource:deal-registration-guide"),
                "ROI", List.of("resource:roi-calculator-method", "resource:roi-calculator-worksheet",
                        "resource:partner-program-roi"));

        expectations.forEach((query, expected) -> {
            SearchPage.Hit first = index.search(SearchRequest.of(query), SearchViewer.STAFF).hits().get(0);
            assertThat(first.key()).as(query).isIn(expected);
        });
    }

    @Test
    void synonymsAndAbbreviationsFindTheRightResourceFirst() {
        Map<String, List<String>> expectations = Map.of(
                "demo", List.of("resource:demo-playbook"),
                "deal reg", List.of("resource:deal-registration-guide"),
                "MDF", List.of("resource:mdf-guide"),
                "ROI", List.of("resource:roi-calculator-method", "resource:roi-calculator-worksheet",
                        "resource:partner-program-roi"));

        expectations.forEach((query, expected) -> {
            SearchPage.Hit first = index.search(new SearchRequest(query, null, null, null, "resource",
                    SearchRequest.Sort.RELEVANCE, 0, 3), SearchViewer.STAFF).hits().get(0);
            assertThat(first.key()).as(query).isIn(expected);
        });
    }

    @Test
    void aPageNumberOutOfRangeOrNotANumberShowsTheNearestPage() {
        Browser browser = learner();
        Document first = browser.get("/library?q=partner").html();
        String last = first.select("nav.pager a, nav.pager strong").last().text();

        Document beyond = browser.get("/library?q=partner&page=999").html();
        Document lastPage = browser.get("/library?q=partner&page=" + last).html();
        Document notANumber = browser.get("/library?q=partner&page=abc").html();
        Document negative = browser.get("/library?q=partner&page=-2").html();

        assertThat(first.select("nav.pager strong").text()).isEqualTo("1");
        assertThat(Integer.parseInt(last)).isGreaterThan(1);
        assertThat(beyond.select("nav.pager strong").text()).isEqualTo(last);
        assertThat(beyond.select("a.hit-title").eachText()).isNotEmpty()
                .isEqualTo(lastPage.select("a.hit-title").eachText());
        assertThat(notANumber.select("a.hit-title").eachText()).isEqualTo(first.select("a.hit-title").eachText());
        assertThat(negative.select("a.hit-title").eachText()).isEqualTo(first.select("a.hit-title").eachText());
    }

    @Test
    void coursesAndLessonsAreSearchableToo() {
        SearchPage page = index.search(SearchRequest.of("deal registration"), SearchViewer.STAFF);

        assertThat(page.hits()).extracting(SearchPage.Hit::kind).contains("course", "lesson", "resource");
        assertThat(page.facets().get("kind")).extracting(SearchPage.FacetCount::value).contains("course", "lesson");
    }

    @Test
    void aQueryThatFindsNothingIsListedForAuthorsWithADictionaryLineToConsider() {
        Browser learner = learner();
        learner.get("/library?q=quantum+teleportation");

        Browser author = signedIn(fixtures.user("Anna Author", Role.AUTHOR));
        Document manage = author.get("/library/manage").html();

        assertThat(manage.select("table.misses td").eachText()).contains("quantum teleportation");
        assertThat(manage.select("table.misses td code").eachText()).anyMatch(line -> line.startsWith("quantum, ")
                && line.contains(" / teleportation, "));
    }

    private Browser learner() {
        return signedIn(fixtures.employee(fixtures.partner("Silver Reseller"), "Lars Learner", Role.LEARNER));
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }
}
