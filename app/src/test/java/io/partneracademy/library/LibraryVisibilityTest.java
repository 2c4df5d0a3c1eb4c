package io.partneracademy.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.Tier;
import io.partneracademy.search.SearchSync;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner never sees what is above their company's tier: not in results, counts, facets or downloads. */
@MicronautTest(transactional = false)
class LibraryVisibilityTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Library library;
    @Inject
    ContentImporter content;
    @Inject
    SearchSync sync;
    @Inject
    Fixtures fixtures;
    @Inject
    Partners partners;
    @Inject
    io.partneracademy.search.SearchIndex index;

    Partner silver;
    Partner registered;

    @BeforeAll
    void oneResourcePerTier() {
        for (Tier tier : Tier.values()) {
            String name = tier.name().toLowerCase();
            library.save(new ResourceForm("zephyr-" + name, "Zephyr pricing for " + name, "datasheet",
                    "zephyr, only-" + name, "en", tier, "owner@example.com", LocalDate.of(2030, 1, 1)),
                    "zephyr.txt", ("Zephyr discount sheet for " + name + " partners.").getBytes(StandardCharsets.UTF_8),
                    ResourceStore.Source.UPLOAD, null);
        }
        content.importTree(ContentFixture.create().root(), null);
        sync.syncNow();
        silver = fixtures.partner("Silver Reseller");
        registered = fixtures.partner("Registered Reseller");
        partners.update(registered.id(), new PartnerForm(registered.name(), registered.type(), registered.region(),
                registered.agreementSignedOn(), Tier.REGISTERED));
    }

    @Test
    void silverLearnerSeesOnlyRegisteredAndSilverInResultsCountsAndFacets() {
        Browser learner = signedIn(fixtures.employee(silver, "Sam Silver", Role.LEARNER));

        Document page = learner.get("/library?q=zephyr").html();

        assertThat(page.select("ol.hits .hit-title").eachText())
                .containsExactlyInAnyOrder("Zephyr pricing for registered", "Zephyr pricing for silver");
        assertThat(page.select("[role=status]").text()).contains("Results: 2");
        assertThat(page.select(".facets a").eachText()).contains("only-silver", "only-registered")
                .doesNotContain("only-gold", "only-platinum");
        assertThat(page.select(".facets .count").eachText()).doesNotContain("4", "3");
    }

    @Test
    void filteringByAHiddenTagShowsNothing() {
        Browser learner = signedIn(fixtures.employee(silver, "Sid Silver", Role.LEARNER));

        Document page = learner.get("/library?q=zephyr&tag=only-platinum").html();

        assertThat(page.select("ol.hits li")).isEmpty();
        assertThat(page.select("[role=status]").text()).contains("Results: 0");
    }

    @Test
    void downloadsAboveTheTierAreRefusedAndOthersAreCountedPerPartner() {
        Browser learner = signedIn(fixtures.employee(silver, "Sue Silver", Role.LEARNER));

        int gold = learner.getBytes("/library/resources/zephyr-gold/download").statusCode();
        int goldPage = learner.get("/library/resources/zephyr-gold").status();
        var ok = learner.getBytes("/library/resources/zephyr-silver/download");

        assertThat(gold).isEqualTo(404);
        assertThat(goldPage).isEqualTo(404);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(new String(ok.body(), StandardCharsets.UTF_8)).contains("Zephyr discount sheet for silver");
        Browser admin = signedIn(fixtures.user("Ada Admin", Role.ADMIN));
        assertThat(admin.get("/library/resources/zephyr-silver").text()).contains(silver.name() + ": 1");
    }

    @Test
    void vendorStaffSeeEveryTier() {
        Browser author = signedIn(fixtures.user("Art Author", Role.AUTHOR));

        Document page = author.get("/library?q=zephyr").html();

        assertThat(page.select("ol.hits .hit-title")).hasSize(4);
    }

    @Test
    void coursesForHigherTiersStayOutOfSearch() {
        Browser low = signedIn(fixtures.employee(registered, "Rita Registered", Role.LEARNER));
        Browser high = signedIn(fixtures.employee(silver, "Simon Silver", Role.LEARNER));

        String lowPage = low.get("/library?q=silver+secrets").text();
        String highPage = high.get("/library?q=silver+secrets").text();

        assertThat(lowPage).doesNotContain("Silver Secrets");
        assertThat(highPage).contains("Silver Secrets");
    }

    @Test
    void aNewlyPublishedCourseReachesSearchWithoutARestart() throws InterruptedException {
        ContentFixture changed = ContentFixture.create().replace("courses/intro/course.yaml",
                "title: Introduction", "title: Walrus Introduction");
        long start = System.nanoTime();

        content.importTree(changed.root(), null);
        boolean found = false;
        while (!found && System.nanoTime() - start < 5_000_000_000L) {
            found = !index.search(io.partneracademy.search.SearchRequest.of("walrus"),
                    io.partneracademy.search.SearchViewer.STAFF).hits().isEmpty();
            Thread.sleep(20);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(found).isTrue();
        // The synchronizer polls every 500 ms; a loaded test machine gets some slack.
        assertThat(millis).isLessThan(3_000);
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }
}
