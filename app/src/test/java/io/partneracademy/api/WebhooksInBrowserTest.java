package io.partneracademy.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.RealBrowser;
import io.partneracademy.webhooks.WebhookDelivery;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner admin subscribes their receiver on the webhooks page in a real Chromium, reads the delivery log after the
 * receiver failed once, sends the message again from the page and sees it delivered; another company's admin sees
 * none of it.
 */
@MicronautTest(transactional = false)
class WebhooksInBrowserTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    WebhookDelivery delivery;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.webhooks.allowed-hosts", "127.0.0.1");
        // the test delivers by calling the job itself: nothing races it, so every call's outcome is known
        properties.put("partneracademy.webhooks.delivery-interval", "1d");
        properties.put("partneracademy.webhooks.delivery-initial-delay", "1d");
        return properties;
    }

    @Test
    void aPartnerAdminSubscribesReadsTheLogAndSendsAFailedMessageAgain() {
        Partner globex = fixtures.partner("Globex");
        Partner initech = fixtures.partner("Initech");
        UserSummary greta = fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN);
        UserSummary ivan = fixtures.employee(initech, "Ivan Admin", Role.PARTNER_ADMIN);
        try (WebhookReceiver receiver = new WebhookReceiver(1)) {
            RealBrowser browser = new RealBrowser(server.getURI()).signIn(greta.email(), Fixtures.PASSWORD);
            browser.clickLink("Webhooks");
            browser.type("#url", receiver.url().toString()).press("input[value='person.joined']")
                    .clickButton("Subscribe");
            String logPath = browser.path();
            receiver.secret(browser.find("#secret").getAttribute("value"));
            fixtures.employee(globex, "Nia New", Role.LEARNER);
            List<WebhookReceiver.Received> first = deliverDue(receiver::received, 1);
            String failedLog = browser.open(logPath).find("#deliveries").getText();
            browser.screenshot("webhook-log");
            browser.click("button[aria-label^='Send message']");
            String flash = browser.find(".flash").getText();
            List<WebhookReceiver.Received> both = deliverDue(receiver::received, 2);
            String deliveredLog = browser.open(logPath).find("#deliveries").getText();
            RealBrowser other = new RealBrowser(server.getURI()).signIn(ivan.email(), Fixtures.PASSWORD);
            String otherList = other.open("/webhook-subscriptions").find("#subscriptions").getText();
            other.openRefused(logPath);
            String otherRefused = other.text();

            assertThat(first.get(0).answered()).isEqualTo(500);
            assertThat(failedLog).contains("person.joined", "500", "temporarily broken");
            assertThat(flash).contains("is sent again now");
            assertThat(both).allMatch(WebhookReceiver.Received::verified);
            assertThat(both.get(1).id()).isEqualTo(both.get(0).id());
            assertThat(deliveredLog).contains("Delivered", "204").doesNotContain("DELIVERED");
            assertThat(otherList).doesNotContain(receiver.url().toString());
            assertThat(otherRefused).doesNotContain(receiver.url().toString());
        }
    }

    /** Runs the delivery job once; the receiver has then seen {@code count} requests in all. */
    private <T> List<T> deliverDue(Supplier<List<T>> what, int count) {
        delivery.deliverDue();
        assertThat(what.get()).as("webhook requests received").hasSize(count);
        return what.get();
    }
}
