package io.partneracademy.demo;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ProjectDir;
import io.partneracademy.tiers.TierEvents;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the run command shows: the demo partners, people and certification history, seen by the demo manager. */
@MicronautTest(transactional = false)
class DemoDataTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TierEvents tierEvents;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.demo-data.enabled", "true");
        properties.put("partneracademy.content.import-on-startup", "true");
        properties.put("partneracademy.content.dir", ProjectDir.get().resolve("content").toString());
        properties.put("partneracademy.content.exams-dir", ProjectDir.get().resolve("exams").toString());
        return properties;
    }

    @Test
    void theDemoManagerSeesEligibleTiersWithTheirExplanations() {
        Browser manager = new Browser(server.getURI());
        manager.login("manager@partneracademy.example", DemoData.PASSWORD);
        var page = manager.get("/tiers").html();
        long until = System.currentTimeMillis() + 60_000;
        while (!card(page, "GlobalTech Solutions").text().contains("eligible for Platinum")
                && System.currentTimeMillis() < until) {
            // the start-up import and the demo history run in the background; their events reach tiers
            try {
                tierEvents.process();
            } catch (io.micronaut.data.exceptions.DataAccessException e) {
                // the scheduled run holds the same rows; it was rolled back and the next call retries
            }
            page = manager.get("/tiers").html();
        }

        Element globalTech = card(page, "GlobalTech Solutions");
        assertThat(globalTech.text()).contains("Current: Platinum", "On track: eligible for Platinum");
        Element enterprise = card(page, "Enterprise Partners Inc");
        assertThat(enterprise.text()).contains("At risk: eligible for Gold", "Platinum needs at least 1 Architect");
        assertThat(page.select("li.path-card").first().text()).contains("At risk");
        assertThat(page.text()).doesNotContain("DataCorp Partners");

        Browser yuki = new Browser(server.getURI());
        yuki.login("yuki.tanaka@globaltech.example", DemoData.PASSWORD);
        assertThat(yuki.get("/certifications").text()).contains("Certified Architect", "Certified Practitioner");
    }

    private static Element card(org.jsoup.nodes.Document page, String partner) {
        return page.select("li.path-card").stream().filter(li -> li.selectFirst("h2").text().equals(partner))
                .findFirst().orElseThrow(() -> new AssertionError(partner + " not on the page"));
    }
}
