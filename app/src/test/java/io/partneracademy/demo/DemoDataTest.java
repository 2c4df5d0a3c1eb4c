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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the run command shows: the demo partners, people and certification history, seen by the demo manager. */
@MicronautTest(transactional = false)
class DemoDataTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TierEvents tierEvents;
    @Inject
    java.time.Clock clock;

    private Map<String, String> database = Map.of();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        database = properties;
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

    @Test
    void theDemoHasUpcomingAndPastLiveSessionsInSeveralZonesWithAttendanceAndRecordingsOnTheLearnersCalendar() {
        long until = System.currentTimeMillis() + 60_000;
        // the demo sessions are planned in the background once the start-up import and the demo people exist
        while (column("SELECT id FROM live_session").size() < 6 && System.currentTimeMillis() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(200).toNanos());
        }
        String now = "'" + java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
                .format(clock.instant().atZone(java.time.ZoneOffset.UTC)) + "'";

        List<String> upcomingZones = column("SELECT DISTINCT time_zone FROM live_session WHERE starts_at > " + now
                + " AND status = 'SCHEDULED' ORDER BY time_zone");
        List<String> recordedPast = column("SELECT time_zone FROM live_session WHERE ends_at < " + now
                + " AND recording_url LIKE 'https://%' ORDER BY time_zone");
        List<String> pastAttendance = column("SELECT CONCAT(s.time_zone, ' ', r.attended) FROM live_registration r"
                + " JOIN live_session s ON s.id = r.session_id WHERE s.ends_at < " + now + " AND r.attended IS NOT NULL"
                + " ORDER BY s.time_zone, r.attended");

        assertThat(upcomingZones).contains("America/New_York", "Asia/Tokyo", "Europe/Berlin");
        assertThat(recordedPast).containsExactly("Asia/Singapore", "Europe/London");
        assertThat(pastAttendance).contains("Asia/Singapore 1", "Asia/Singapore 0", "Europe/London 1", "Europe/London 0");
        Browser learner = new Browser(server.getURI());
        learner.login("learner@globaltech.example", DemoData.PASSWORD);
        java.time.YearMonth month = java.time.YearMonth.now(clock);
        int onCalendar = learner.get("/live/month?month=" + month).html().select(".month-grid .day-sessions a").size()
                + learner.get("/live/month?month=" + month.plusMonths(1)).html().select(".month-grid .day-sessions a").size();
        assertThat(onCalendar).as("sessions on the demo learner's calendar this month and next").isGreaterThanOrEqualTo(7);
        assertThat(learner.get("/live").text()).contains("Past sessions with a recording",
                "Live sales training: discovery to demo (recorded)", "Quarterly partner training webinar");
    }

    /** The first column of every row of a query on this test's database. */
    private List<String> column(String sql) {
        List<String> values = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(database.get("datasources.default.url"),
                database.get("datasources.default.username"), database.get("datasources.default.password"));
             java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }

    private static Element card(org.jsoup.nodes.Document page, String partner) {
        return page.select("li.path-card").stream().filter(li -> li.selectFirst("h2").text().equals(partner))
                .findFirst().orElseThrow(() -> new AssertionError(partner + " not on the page"));
    }
}
