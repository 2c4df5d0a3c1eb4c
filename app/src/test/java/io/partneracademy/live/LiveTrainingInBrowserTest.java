package io.partneracademy.live;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DemoSite;
import io.partneracademy.support.DemoSiteTest;
import io.partneracademy.support.RealBrowser;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's journey in a real Chromium on the demo site: the enablement team plans a "Live sales training" session
 * for the Practitioner course, a learner registers and gets the invitation, the instructor imports the Zoom
 * participant report after the session, and the Practitioner path no longer lists the live session as missing.
 */
@MicronautTest(transactional = false)
class LiveTrainingInBrowserTest extends DemoSiteTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String TITLE = "Live sales training: browser cohort";
    private static final String AUTHOR = "author@partneracademy.example";
    private static final String LEARNER = "learner@globaltech.example";

    @Inject
    EmbeddedServer server;
    @Inject
    TestClock clock;
    @Inject
    LiveSeriesRepository seriesRows;
    @Inject
    LiveSessionRepository sessionRows;

    @Test
    void aLearnerRegistersGetsTheInviteAttendsByReportImportAndTheLiveRequirementIsMet() throws Exception {
        RealBrowser author = signedIn(AUTHOR);
        author.open("/authoring/live").clickLink("New session");
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(3)), ZoneId.of("Europe/Berlin"));
        author.type("#title", TITLE).type("#description", "Discovery to demo, with a mock demo and feedback.")
                .type("#timeZone", "Europe/Berlin").type("#capacity", "5")
                .type("#joinUrl", "https://meet.example.com/browser-cohort");
        author.script("document.getElementById('courseId').value = 'demo-delivery';"
                + "document.getElementById('startsAt').value = arguments[0];"
                + "document.getElementById('endsAt').value = arguments[1];",
                LOCAL.format(start), LOCAL.format(start.plusHours(2)));
        author.clickButton("Save");
        assertThat(author.text()).contains("Saved: 1 session(s).");
        String sessionPath = author.find("a[href^='/live/'][href$='/roster']").getAttribute("href")
                .replaceAll(".*(/live/\\d+)/roster", "$1");

        RealBrowser learner = signedIn(LEARNER);
        learner.open("/paths/practitioner");
        assertThat(learner.find(".missing").getText()).contains("Live session or its recording: Demo Flow That Wins");
        learner.open("/live").screenshot("live").clickLink(TITLE);
        assertThat(learner.text()).contains("5 of 5 seats free");
        learner.clickButton("Register");
        assertThat(learner.text()).contains("You are registered. The invitation is on its way.", "You are registered",
                "The join link appears here at");
        Path ics = learner.download("a[href$='/calendar.ics']", ".ics");
        assertThat(CalendarFilesTest.eventProperty(CalendarFilesTest.parseAndValidate(Files.readString(ics)), "SUMMARY"))
                .isEqualTo(TITLE);
        learner.screenshot("live-session");
        learner.open("/notifications");
        assertThat(learner.text()).contains("You are registered for " + TITLE);
        assertThat(site.query("SELECT n.attachment_type FROM notification n JOIN app_user u ON u.id = n.user_id "
                + "WHERE u.email = 'learner@globaltech.example' AND n.subject = 'You are registered for " + TITLE + "'"))
                .isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");

        clock.advance(Duration.ofHours(6));
        Path report = Files.createTempFile("zoom-participants", ".csv");
        Files.writeString(report, """
                Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
                812 3456 7890,Live sales training,12/06/2026 10:00:00 AM,12/06/2026 12:00:00 PM,author@partneracademy.example,120,2

                Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
                Łukasz Nowak,learner@globaltech.example,12/06/2026 10:01:12 AM,12/06/2026 11:02:40 AM,62,No
                Łukasz Nowak,learner@globaltech.example,12/06/2026 11:05:02 AM,12/06/2026 11:58:10 AM,54,No
                """);
        author = signedIn(AUTHOR);
        author.open(sessionPath + "/roster");
        author.driver().findElement(org.openqa.selenium.By.id("file")).sendKeys(report.toString());
        author.clickButton("Import");
        assertThat(author.text()).contains("Attendance imported: 1 attended, 0 below the minimum, 0 no-shows.");
        author.screenshot("live-roster");
        assertThat(author.find("tbody").getText()).contains("Łukasz Nowak", "116", "present");

        learner = signedIn(LEARNER);
        learner.open("/paths/practitioner");
        assertThat(learner.all(".missing").isEmpty() ? "" : learner.find(".missing").getText())
                .doesNotContain("Live session");

        RealBrowser manager = signedIn("manager@partneracademy.example");
        manager.open("/live").clickLink("Live attendance").clickLink("GlobalTech Solutions");
        assertThat(manager.find("h2").getText()).isEqualTo("GlobalTech Solutions");
        assertThat(manager.text()).contains("Łukasz Nowak", "田中 由紀 (Yuki Tanaka)");
    }

    @Test
    void theTeamPlansAMonthlySeriesAndChangesItsLaterSessionsAtOnce() {
        RealBrowser author = signedIn(AUTHOR);
        author.open("/authoring/live").clickLink("New session");
        author.type("#title", "Monthly partner clinic").type("#description", "Bring one deal; first Tuesday.")
                .type("#timeZone", "Europe/Berlin").type("#capacity", "20")
                .type("#joinUrl", "https://meet.example.com/clinic");
        author.script("document.getElementById('startsAt').value = '2027-01-05T17:00';"
                + "document.getElementById('endsAt').value = '2027-01-05T18:00';"
                + "document.getElementById('repeat').value = 'MONTHLY_WEEKDAY';");
        author.type("#occurrences", "3");
        author.clickButton("Save");
        assertThat(author.text()).contains("Saved: 3 session(s).");

        author.open("/authoring/live");
        assertThat(author.text()).contains("Tuesday, January 5, 2027, 5:00 PM", "Tuesday, February 2, 2027, 5:00 PM", "Tuesday, March 2, 2027, 5:00 PM");
        List<String> clinic = author.all("a").stream().filter(a -> a.getText().equals("Monthly partner clinic"))
                .map(a -> a.getAttribute("href")).toList();
        assertThat(clinic).hasSize(3);
        author.open(clinic.get(1).replaceAll("^https?://[^/]+", ""));
        author.type("#title", "Monthly partner clinic (new room)");
        author.script("document.getElementById('startsAt').value = '2027-02-02T16:00';"
                + "document.getElementById('endsAt').value = '2027-02-02T17:30';");
        author.press("input[name='scope'][value='FOLLOWING']");
        author.clickButton("Save");
        assertThat(author.text()).contains("Saved: 2 sessions of the series changed");

        author.open("/authoring/live");
        assertThat(author.text()).contains("Tuesday, January 5, 2027, 5:00 PM–6:00 PM", "Tuesday, February 2, 2027, 4:00 PM–5:30 PM",
                "Tuesday, March 2, 2027, 4:00 PM–5:30 PM");
        assertThat(author.all("a").stream().map(org.openqa.selenium.WebElement::getText)
                .filter(t -> t.startsWith("Monthly partner clinic")).toList())
                .containsExactlyInAnyOrder("Monthly partner clinic", "Monthly partner clinic (new room)",
                        "Monthly partner clinic (new room)");

        author.open(clinic.get(0).replaceAll("^https?://[^/]+", ""));
        assertThat(author.text()).contains("Every month on the same weekday (e.g. first Tuesday), from 2027-02-02 16:00"
                + " (Europe/Berlin); 3 sessions so far.");
        author.type("#extendSessions", "2").clickButton("Add to the series");
        assertThat(author.text()).contains("2 session(s) added to the series.", "5 sessions so far.");
        author.open("/authoring/live");
        assertThat(author.text()).contains("Tuesday, April 6, 2027, 4:00 PM–5:30 PM", "Tuesday, May 4, 2027, 4:00 PM–5:30 PM");

        author.open(clinic.get(0).replaceAll("^https?://[^/]+", ""));
        author.press("input[name='scope'][value='FOLLOWING']");
        new org.openqa.selenium.support.ui.Select(author.find("#seriesRepeat")).selectByValue("WEEKLY");
        author.clickButton("Save");
        assertThat(author.text()).contains("Saved: 3 sessions of the series changed");
        author.open("/authoring/live");
        assertThat(author.text()).contains("Tuesday, March 2, 2027, 4:00 PM–5:30 PM", "Tuesday, March 9, 2027, 4:00 PM–5:30 PM",
                "Tuesday, March 16, 2027, 4:00 PM–5:30 PM").doesNotContain("Tuesday, April 6, 2027", "Tuesday, May 4, 2027");
        author.open(clinic.get(0).replaceAll("^https?://[^/]+", ""));
        assertThat(author.text()).contains("Every week, from 2027-03-02 16:00 (Europe/Berlin); 5 sessions so far.");
        assertThat(author.find("#seriesRepeat option[selected]").getAttribute("value")).isEqualTo("WEEKLY");
    }

    @Test
    void aLearnerWhoOpensTheRecordingMeetsThePractitionerLiveRequirementWhichAllowsRecordings() {
        RealBrowser author = signedIn(AUTHOR);
        author.open("/authoring/live").clickLink("Live sales training: discovery to demo (recorded)");
        // The demo recording lives on a host this test machine cannot reach; point it at a page of the app itself.
        author.type("#recordingUrl", server.getURI() + "/live");
        author.clickButton("Save");
        assertThat(author.text()).contains("Saved");

        RealBrowser tomas = signedIn("tomas.novak@globaltech.example");
        tomas.open("/paths/practitioner");
        assertThat(tomas.find(".missing").getText()).contains("Live session or its recording: Demo Flow That Wins");
        tomas.open("/live").clickLink("Live sales training: discovery to demo (recorded)");
        tomas.clickButton("Watch the recording");
        assertThat(tomas.path()).isEqualTo("/live");

        tomas.open("/paths/practitioner");
        assertThat(tomas.all(".missing").isEmpty() ? "" : tomas.find(".missing").getText())
                .doesNotContain("Live session");
        assertThat(site.query("SELECT COUNT(*) FROM live_recording_view v JOIN app_user u ON u.id = v.user_id "
                + "WHERE u.email = 'tomas.novak@globaltech.example'")).isEqualTo("1");
    }

    @Test
    void aLearnerGetsANewCalendarFeedAddressAndTheOldOneStopsWorking() {
        RealBrowser learner = signedIn("daniel.kim@globaltech.example");
        learner.open("/live");
        String old = learner.find("#feed").getAttribute("value");
        assertThat(feedStatus(old)).isEqualTo(200);

        learner.clickButton("New feed address");

        assertThat(learner.text()).contains("Your calendar feed has a new address; the old one no longer works.");
        String renewed = learner.find("#feed").getAttribute("value");
        assertThat(renewed).isNotEqualTo(old).matches(".*/calendar/[0-9a-f]{32}\\.ics");
        assertThat(feedStatus(old)).isEqualTo(404);
        assertThat(feedStatus(renewed)).isEqualTo(200);
    }

    @Test
    void managersSeeAttendanceAndNoShowRatesOnTheTeamPageAndInTheProgramView() {
        RealBrowser partnerAdmin = signedIn("partneradmin@globaltech.example");
        partnerAdmin.open("/tiers/partners/" + site.query("SELECT id FROM partner WHERE name = 'GlobalTech Solutions'"));
        assertThat(partnerAdmin.find("#live-attendance").getText()).contains("attended", "attendance");
        assertThat(partnerAdmin.all("table.team tbody tr").stream().map(org.openqa.selenium.WebElement::getText)
                .filter(t -> t.startsWith("田中 由紀 (Yuki Tanaka)")).findFirst().orElseThrow()).endsWith("1 0 100%");
        partnerAdmin.screenshot("live-team-page");

        RealBrowser author = signedIn(AUTHOR);
        author.open("/program?period=all");
        assertThat(author.find("#live h2").getText()).isEqualTo("Live sessions");
        assertThat(author.all("#live tbody tr").stream().map(org.openqa.selenium.WebElement::getText).toList())
                .anyMatch(t -> t.startsWith("DataCorp Partners") && t.endsWith(" 1 1 50% 50%"))
                .anyMatch(t -> t.startsWith("Total"));
        assertThat(author.find("#live-sessions h2").getText()).isEqualTo("Live sessions, one by one");
        List<String> perSession = author.all("#live-sessions tbody tr").stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        String partnersTotal = author.all("#live tbody tr").stream().map(org.openqa.selenium.WebElement::getText)
                .filter(t -> t.startsWith("Total")).findFirst().orElseThrow();
        assertThat(perSession).hasSizeGreaterThan(1).last().isEqualTo(partnersTotal);
        assertThat(perSession.get(0)).matches(".+ \\d+ \\d+ \\d+% \\d+%");
        author.screenshot("live-program-view");
    }

    @Test
    void theTeamImportsTheSessionFilesAndEachLearnerSeesTheSeriesOpenToTheirRegion() {
        RealBrowser author = signedIn(AUTHOR);
        author.open("/admin/content").clickButton("Import content now");
        assertThat(author.text()).contains("Imported 2 live session files (0 changed).");

        RealBrowser learner = signedIn(LEARNER);
        learner.open("/live");
        assertThat(learner.text()).contains("Monthly product update webinar")
                .doesNotContain("Live sales training: discovery to demo (quarterly, EMEA)");
        RealBrowser emea = signedIn("priya@datacorp.example");
        emea.open("/live");
        assertThat(emea.text()).contains("Live sales training: discovery to demo (quarterly, EMEA)");
    }

    @Test
    void anInstructorUploadsAWorkbookAndARefusedFileAndTheAudienceDownloadsTheWorkbook() throws Exception {
        String session = demoSession("Live sales training: discovery to demo (recorded)");
        Path workbook = Files.createTempFile("Sales workbook", ".pdf");
        Files.write(workbook, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path notes = Files.createTempFile("notes", ".pdf");
        Files.writeString(notes, "just text, not a PDF");
        RealBrowser author = signedIn(AUTHOR);
        author.open("/live/" + session + "/roster");

        author.driver().findElement(org.openqa.selenium.By.id("material")).sendKeys(notes.toString());
        author.find("form[action$='/files/material'] button").click();
        String refusal = author.waitQuietly(d -> d.findElements(org.openqa.selenium.By.cssSelector("[data-upload-alert]"))
                .stream().map(org.openqa.selenium.WebElement::getText).findFirst().orElse(null));
        assertThat(refusal).contains("This kind of file is not accepted here", "PDF, PPTX, DOCX, XLSX, PNG, JPG");
        assertThat(author.drainConsole()).allMatch(e -> e.contains("Failed to load resource") && e.contains("415"));
        assertThat(author.path()).isEqualTo("/live/" + session + "/roster");
        assertThat(author.find("#upload-progress").isDisplayed()).as("the bar goes away with the refusal").isFalse();
        author.driver().findElement(org.openqa.selenium.By.id("material")).sendKeys(workbook.toString());
        author.clickButton("Upload material");
        assertThat(author.text()).contains("Uploaded: " + workbook.getFileName() + ".");
        author.screenshot("live-files");

        RealBrowser learner = signedIn("tomas.novak@globaltech.example");
        learner.open("/live/" + session);
        Path downloaded = learner.download("ul.materials a[href*='/files/']", ".pdf");
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(workbook));
        assertThat(site.query("SELECT COUNT(*) FROM live_session_file WHERE session_id = " + session)).isEqualTo("1");
    }

    @Test
    void anInstructorReplacesAndDeletesAWorkbookAndAFileOverTheLimitIsStoppedBeforeItIsSent() throws Exception {
        String session = demoSession("Quarterly partner training webinar");
        Path tooLarge = Files.createTempFile("Recorded slides", ".pdf");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(tooLarge.toFile(), "rw")) {
            sparse.setLength(101L * 1024 * 1024);
        }
        Path first = Files.createTempFile("Webinar workbook", ".pdf");
        Files.write(first, "%PDF-1.4\n% first\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path second = Files.createTempFile("Webinar workbook v2", ".pdf");
        Files.write(second, "%PDF-1.4\n% second edition\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        RealBrowser author = signedIn(AUTHOR);
        author.open("/live/" + session + "/roster");

        author.driver().findElement(org.openqa.selenium.By.id("material")).sendKeys(tooLarge.toString());
        author.find("form[action$='/files/material'] button").click();
        String refusal = author.waitFor(d -> d.findElements(org.openqa.selenium.By.cssSelector("[data-too-large-alert]"))
                .stream().map(org.openqa.selenium.WebElement::getText).findFirst().orElse(null));
        assertThat(refusal).isEqualTo("The file is larger than 100 MB; nothing was kept.");
        assertThat(author.path()).isEqualTo("/live/" + session + "/roster");
        author.driver().findElement(org.openqa.selenium.By.id("material")).sendKeys(first.toString());
        author.clickButton("Upload material");
        author.find("input[id^='replace-']").sendKeys(second.toString());
        author.clickButton("Replace");
        assertThat(author.text()).contains("Replaced with " + second.getFileName() + ".");
        author.screenshot("live-files-replace");

        RealBrowser learner = signedIn("tomas.novak@globaltech.example");
        learner.open("/live/" + session);
        Path downloaded = learner.download("ul.materials a[href*='/files/']", ".pdf");
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(second));

        author = signedIn(AUTHOR);
        author.open("/live/" + session + "/roster");
        author.press("details.inline-delete summary");
        author.clickButton("Delete " + second.getFileName() + " for good");
        assertThat(author.text()).contains("Deleted: " + second.getFileName() + ".");
        assertThat(site.query("SELECT COUNT(*) FROM live_session_file WHERE session_id = " + session)).isEqualTo("0");
        learner = signedIn("tomas.novak@globaltech.example");
        learner.open("/live/" + session);
        assertThat(learner.all("a[href*='/files/']")).isEmpty();
    }

    @Test
    void anInstructorSeesHowMuchOfAnUploadHasGoneAndTheBarIsAnnouncedToScreenReaders() throws Exception {
        String session = demoSession("Live sales training: discovery to demo (recorded)");
        Path slides = Files.createTempFile("Long slides", ".pdf");
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[6 * 1024 * 1024];
        System.arraycopy(head, 0, bytes, 0, head.length);
        java.util.Arrays.fill(bytes, head.length, bytes.length - 6, (byte) '%');
        System.arraycopy("%%EOF\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, bytes.length - 6, 6);
        Files.write(slides, bytes);
        RealBrowser author = signedIn(AUTHOR);
        author.open("/live/" + session + "/roster");
        org.openqa.selenium.chrome.ChromeDriver driver = author.driver();
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", 1024 * 1024));
        try {
            driver.findElement(org.openqa.selenium.By.id("material")).sendKeys(slides.toString());
            author.find("form[action$='/files/material'] button").click();

            int midway = author.waitQuietly(d -> {
                Object value = author.script("return document.getElementById('upload-progress').value;");
                int percent = ((Number) value).intValue();
                return percent >= 20 && percent < 90 ? percent : null;
            });
            assertThat(author.find("label[for=upload-progress]").getText()).isEqualTo("Sending " + slides.getFileName());
            String said = author.find("[data-progress-text]").getText();
            assertThat(said).matches("\\d+ % sent");
            assertThat(Integer.parseInt(said.replace(" % sent", ""))).isBetween(10, midway);
            assertThat(author.find("[data-progress-text]").getAttribute("aria-live")).isEqualTo("polite");
            assertThat(author.all("form.js-live-upload button[type=submit]"))
                    .allMatch(b -> !b.isEnabled(), "every upload button waits for this upload");
            com.deque.html.axecore.results.Results axe = new com.deque.html.axecore.selenium.AxeBuilder()
                    .include(java.util.List.of("[data-upload-progress]")).analyze(driver);
            assertThat(axe.getViolations()).as("axe on the progress bar").isEmpty();
        } finally {
            driver.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false,
                    "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        }

        author.waitFor(d -> d.getCurrentUrl().endsWith("/roster#files") && !d.findElements(
                org.openqa.selenium.By.xpath("//*[contains(text(), 'Uploaded: " + slides.getFileName() + ".')]")).isEmpty());
        assertThat(site.query("SELECT size_bytes FROM live_session_file WHERE session_id = " + session
                + " AND file_name = '" + slides.getFileName() + "'")).isEqualTo(String.valueOf(bytes.length));
        Files.delete(slides);
    }

    @Test
    void anInstructorWithoutScriptsWhoSendsAFileOverTheLimitSeesTheRefusalPageNotAResetConnection() throws Exception {
        String session = demoSession("Quarterly partner training webinar");
        Path tooLarge = Files.createTempFile("Whole webinar slides", ".pdf");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(tooLarge.toFile(), "rw")) {
            sparse.setLength(101L * 1024 * 1024);
        }
        String filesBefore = site.query("SELECT COUNT(*) FROM live_session_file WHERE session_id = " + session);
        RealBrowser author = signedIn(AUTHOR);
        author.open("/live/" + session + "/roster");
        author.scripts(false).open("/live/" + session + "/roster");

        author.driver().findElement(org.openqa.selenium.By.id("material")).sendKeys(tooLarge.toString());
        org.openqa.selenium.WebElement page = author.find("html");
        author.find("form[action$='/files/material'] button").click();
        new org.openqa.selenium.support.ui.WebDriverWait(author.driver(), Duration.ofSeconds(60)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });

        assertThat(author.driver().getCurrentUrl()).as("the browser shows the server's page, not its own error page")
                .startsWith("http");
        assertThat(author.find("h1").getText()).isEqualTo("Too large");
        assertThat(author.text()).contains("The request is larger than 100.1 MB; nothing was kept.");
        assertThat(author.drainConsole()).allMatch(e -> e.contains("Failed to load resource") && e.contains("413"));
        assertThat(site.query("SELECT COUNT(*) FROM live_session_file WHERE session_id = " + session))
                .isEqualTo(filesBefore);
        Files.delete(tooLarge);
    }

    @Test
    void theTeamExtendsAWeeklySeriesPlannedBeforeSeriesKeptTheirRule() {
        RealBrowser author = signedIn(AUTHOR);
        long session = author.waitFor(d -> {
            String id = site.query("SELECT MIN(id) FROM live_session WHERE title = 'Partner office hours'");
            return id.equals("0") ? null : Long.parseLong(id);
        });
        LiveSeries row = seriesRows.findById(sessionRows.findById(session).orElseThrow().seriesId()).orElseThrow();
        seriesRows.update(new LiveSeries(row.id(), row.title(), row.createdAt(), null, null, null, null, null));

        author.open("/authoring/live/" + session);
        assertThat(author.find("#series-heading + p").getText()).startsWith("Every week, from ")
                .endsWith("(Europe/Berlin), worked out from its 8 sessions (the series was planned before series kept"
                        + " their rule).");
        author.type("#extendSessions", "1").clickButton("Add to the series");

        assertThat(author.text()).contains("1 session(s) added to the series.", "9 sessions so far.");
        assertThat(seriesRows.findById(row.id()).orElseThrow().recurrence()).isEqualTo(Recurrence.WEEKLY);
    }

    @Test
    void aLearnerOpensTheMonthInHerZoneGoesToTheNextMonthOpensASessionFromTheGridAndRegisters() {
        demoSession("Partner office hours");
        RealBrowser ines = signedIn("ines.garcia@globaltech.example");
        ines.open("/live").clickLink("Month");
        assertThat(ines.path()).isEqualTo("/live/month");
        assertThat(ines.text()).contains("Days and times are in UTC.");
        ines.clickLink("Choose your time zone in your profile.");
        new org.openqa.selenium.support.ui.Select(ines.find("#timeZone")).selectByValue("Asia/Tokyo");
        ines.clickButton("Save");
        ines.open("/live").clickLink("Month");

        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        java.time.LocalDate today = clock.instant().atZone(tokyo).toLocalDate();
        java.time.YearMonth next = java.time.YearMonth.from(today).plusMonths(1);
        assertThat(ines.text()).contains("Times are shown in your time zone, Asia/Tokyo.");
        assertThat(ines.find("table.month-grid caption").getText())
                .isEqualTo(today.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                        java.util.Locale.ENGLISH) + " " + today.getYear());
        assertThat(ines.find("td[aria-current=date]").getAttribute("data-date")).isEqualTo(today.toString());
        ines.screenshot("live-month");

        ines.click("a[rel=next]");
        assertThat(ines.path()).isEqualTo("/live/month?month=" + next);
        WebElement officeHours = ines.all("table.month-grid td:not(.outside) .day-sessions a").stream()
                .filter(a -> a.getText().contains("Partner office hours")).findFirst().orElseThrow();
        String startsAt = officeHours.findElement(org.openqa.selenium.By.tagName("time")).getAttribute("datetime");
        assertThat(startsAt).startsWith(next.toString()).endsWith("+09:00");
        String href = officeHours.getAttribute("href").replaceAll("^https?://[^/]+", "");
        assertThat(reachedByTab(ines, href)).as("a session link reached with the Tab key").isTrue();

        ines.open(href);
        assertThat(ines.text()).contains("Partner office hours", "Asia/Tokyo", "40 of 40 seats free");
        ines.clickButton("Register");
        assertThat(ines.text()).contains("You are registered. The invitation is on its way.");

        ines.open("/live/month?month=" + next);
        WebElement entry = ines.find("table.month-grid a[href='" + href + "']")
                .findElement(org.openqa.selenium.By.xpath(".."));
        assertThat(entry.getText()).contains("Partner office hours", "You are registered");

        ines.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            ines.open("/live/month?month=" + next);
            assertThat(ines.find("table.month-grid").getCssValue("display")).isEqualTo("block");
            assertThat(ines.find("table.month-grid a[href='" + href + "']").isDisplayed()).isTrue();
            assertThat(ines.all("table.month-grid td.outside, table.month-grid td.empty").stream()
                    .noneMatch(WebElement::isDisplayed)).isTrue();
            assertThat(ines.find("td:not(.empty):not(.outside) .day-label").isDisplayed()).isTrue();
        } finally {
            ines.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }

        ines.scripts(false).open("/live/month?month=" + next);
        assertThat(ines.find("table.month-grid a[href='" + href + "']").getText()).contains("Partner office hours");
        ines.scripts(true);
    }

    /** Presses Tab from the top of the page until the link to this path has the focus (or 200 presses pass). */
    private static boolean reachedByTab(RealBrowser browser, String path) {
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser.driver());
        for (int i = 0; i < 200; i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            Object focused = browser.script("return document.activeElement.getAttribute('href');");
            if (path.equals(focused)) {
                return true;
            }
        }
        return false;
    }

    /** The id of a demo session, once the demo data (loaded in the background at start) holds it. */
    private String demoSession(String title) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String id = site.query("SELECT COALESCE(MIN(id), 0) FROM live_session WHERE title = '" + title + "'");
        while (id.equals("0") && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            id = site.query("SELECT COALESCE(MIN(id), 0) FROM live_session WHERE title = '" + title + "'");
        }
        assertThat(id).as("demo session %s", title).isNotEqualTo("0");
        return id;
    }

    private int feedStatus(String url) {
        return new io.partneracademy.support.Browser(server.getURI())
                .getAny(url.substring(url.indexOf("/calendar/"))).status();
    }

    /** One browser, one person at a time: signing in someone else ends the previous person's session in it. */
    private RealBrowser signedIn(String email) {
        return new RealBrowser(server.getURI()).signIn(email, DemoSite.PASSWORD);
    }
}
