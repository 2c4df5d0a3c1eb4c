package io.partneracademy.partners;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin's partner form sent with a name another partner has, in Chromium: the answer is the same form with 422,
 * the message at the name field (tied to it for screen readers), every typed value still there, and no axe-core
 * violation on the page.
 */
@MicronautTest(transactional = false)
class PartnerFormInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void aTakenNameComesBackAtTheNameFieldWithTheTypedValuesKept() {
        Partner taken = fixtures.partner("Contoso Browser");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        RealBrowser browser = new RealBrowser(server.getURI()).signIn(admin.email(), Fixtures.PASSWORD);
        browser.open("/admin/partners/new");
        browser.type("#name", taken.name()).type("#region", "Nordics");
        // An empty date input binds to nothing (400 before and after the form pattern); the date is typed here.
        browser.script("document.getElementById('agreementSignedOn').value = '2025-02-03'");
        new Select(browser.find("#type")).selectByValue("MSP");
        new Select(browser.find("#tier")).selectByValue("GOLD");

        submitExpecting422(browser);

        browser.screenshot("partner-form-422");
        assertThat(browser.path()).isEqualTo("/admin/partners");
        assertThat(browser.find("[role=alert]").getText()).isEqualTo("Please correct the errors below.");
        assertThat(browser.find("#name-errors").getText()).isEqualTo("There is already a partner with this name.");
        WebElement name = browser.find("#name");
        assertThat(name.getAttribute("value")).isEqualTo(taken.name());
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getAttribute("aria-describedby")).isEqualTo("name-errors");
        assertThat(browser.find("#region").getAttribute("value")).isEqualTo("Nordics");
        assertThat(browser.find("#agreementSignedOn").getAttribute("value")).isEqualTo("2025-02-03");
        assertThat(new Select(browser.find("#type")).getFirstSelectedOption().getAttribute("value")).isEqualTo("MSP");
        assertThat(new Select(browser.find("#tier")).getFirstSelectedOption().getAttribute("value")).isEqualTo("GOLD");
        assertThat(browser.all("#region-errors")).isEmpty();

        browser.type("#name", taken.name() + " Two").clickButton("Save");
        assertThat(browser.path()).startsWith("/admin/partners/");
        assertThat(browser.find("h1").getText()).isEqualTo(taken.name() + " Two");
    }

    /**
     * Chromium logs the 422 of the page itself as a console error, the one error allowed here; the page is then
     * checked as any other (console and axe-core).
     */
    private static void submitExpecting422(RealBrowser browser) {
        WebElement html = browser.driver().findElement(By.tagName("html"));
        browser.driver().findElement(By.cssSelector("form.stack button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return true;
            }
        });
        List<String> console = browser.drainConsole();
        assertThat(console).allSatisfy(e -> assertThat(e).contains("Failed to load resource").contains("422"));
        browser.checked();
    }
}
