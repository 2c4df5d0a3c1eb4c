package io.partneracademy.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The lists around the library: resources past their review-by date, and the most downloaded resources. */
@MicronautTest(transactional = false)
class LibraryListsTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Library library;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    @Test
    void resourceIsFlaggedStaleForItsOwnerOnceItsReviewDatePasses() {
        UserSummary owner = fixtures.user("Olga Owner", Role.AUTHOR);
        UserSummary colleague = fixtures.user("Carl Colleague", Role.AUTHOR);
        UserSummary admin = fixtures.user("Adam Admin", Role.ADMIN);
        save("quokka-sheet", "Quokka pricing sheet", Tier.REGISTERED, owner.email(), library.today().plusDays(10));
        String before = staleList(signedIn(owner));

        clock.advance(Duration.ofDays(11));
        // signed in again: eleven days are past the session's lifetime
        Browser ownerBrowser = signedIn(owner);
        String after = staleList(ownerBrowser);
        String colleagues = staleList(signedIn(colleague));
        String admins = staleList(signedIn(admin));
        String resourcePage = ownerBrowser.get("/library/resources/quokka-sheet").html().select("[role=alert]").text();

        assertThat(before).doesNotContain("Quokka pricing sheet");
        assertThat(after).contains("Quokka pricing sheet").contains(owner.email());
        assertThat(resourcePage).contains("was due for review on");
        assertThat(colleagues).doesNotContain("Quokka pricing sheet");
        assertThat(admins).contains("Quokka pricing sheet");
    }

    @Test
    void mostDownloadedListOrdersByDownloadsAndHidesWhatTheViewerMayNotSee() {
        save("numbat-one", "Numbat one-pager", Tier.REGISTERED, "owner@example.com", LocalDate.of(2099, 1, 1));
        save("numbat-faq", "Numbat FAQ", Tier.REGISTERED, "owner@example.com", LocalDate.of(2099, 1, 1));
        save("numbat-secret", "Numbat platinum pricing", Tier.PLATINUM, "owner@example.com", LocalDate.of(2099, 1, 1));
        Browser staff = signedIn(fixtures.user("Dora Downloader", Role.AUTHOR));
        download(staff, "numbat-faq", 1);
        download(staff, "numbat-one", 3);
        download(staff, "numbat-secret", 5);
        Partner silver = fixtures.partner("Numbat Reseller");
        Browser learner = signedIn(fixtures.employee(silver, "Lena Learner", Role.LEARNER));

        Document learnersPage = learner.get("/library").html();
        Document staffPage = staff.get("/library").html();

        assertThat(learnersPage.select("h2:contains(Most downloaded) + ol li a").eachText())
                .containsExactly("Numbat one-pager", "Numbat FAQ");
        assertThat(learnersPage.select("h2:contains(Most downloaded) + ol li").text()).contains("Downloads: 3");
        assertThat(staffPage.select("h2:contains(Most downloaded) + ol li a").eachText())
                .containsExactly("Numbat platinum pricing", "Numbat one-pager", "Numbat FAQ");
    }

    private void save(String id, String title, Tier tier, String owner, LocalDate reviewBy) {
        library.save(new ResourceForm(id, title, "datasheet", "pricing", "en", tier, owner, reviewBy),
                id + ".txt", (title + " for partners.").getBytes(StandardCharsets.UTF_8), ResourceStore.Source.UPLOAD, null);
    }

    private static String staleList(Browser browser) {
        return browser.get(LibraryAdminController.PATH).html().select("h2:contains(Past their review date) + ul").text();
    }

    private static void download(Browser browser, String id, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(browser.getBytes("/library/resources/" + id + "/download").statusCode()).isEqualTo(200);
        }
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }
}
