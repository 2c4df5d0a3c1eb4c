package io.partneracademy.roster;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.notifications.MailQueue;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.RealBrowser;
import io.partneracademy.support.TestSmtp;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner admin imports their company's roster in a real Chromium: a file with mistakes is refused line by line,
 * the corrected file shows its preview, confirming it twice applies it once, and the invitations leave through the
 * mail queue to a real SMTP server (GreenMail), where their links open the invitation page.
 */
@MicronautTest(transactional = false)
class RosterImportInBrowserTest extends DatabaseTest {

    private final TestSmtp smtp = new TestSmtp();

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    MailQueue mailQueue;

    @Override
    public Map<String, String> getProperties() {
        return smtp.properties(super.getProperties());
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void aPartnerAdminUploadsPreviewsAndConfirmsAndTheInvitationsAreMailed() throws Exception {
        Partner globex = fixtures.partner("Globex");
        UserSummary greta = fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN);
        UserSummary max = fixtures.employee(globex, "Max Missing", Role.LEARNER);
        Path bad = csv("name,email,job_title,role\nNia New,nia-at-globex,Sales,learner\nNed New,ned@globex.example,,boss\n");
        Path good = csv("name,email,job_title,role\nNia New,nia@globex.example,Sales,learner\n"
                + "Ned New,ned@globex.example,,partner_admin\n" + "Greta Admin," + greta.email() + ",Engineer,partner_admin\n");

        RealBrowser browser = new RealBrowser(server.getURI()).signIn(greta.email(), Fixtures.PASSWORD);
        browser.open("/partners/" + globex.id()).clickLink("Import people from a CSV file");
        browser.find("#file").sendKeys(bad.toString());
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Show what will change']")).click();
        browser.waitQuietly(d -> d.findElements(By.id("problems")).isEmpty() ? null : true);
        List<String> refusedConsole = browser.drainConsole();
        String problems = browser.checked().find("#problems").getText();
        browser.screenshot("roster-problems");
        browser.find("#file").sendKeys(good.toString());
        browser.clickButton("Show what will change");
        String summary = browser.find("#summary").getText();
        String joining = browser.find("#joining").getText();
        String leaving = browser.find("#leaving").getText();
        browser.screenshot("roster-preview");
        String confirmUrl = browser.find("form[action$='/confirm']").getAttribute("action");
        String fingerprint = browser.find("input[name=fingerprint]").getAttribute("value");
        browser.clickButton("Apply: invite 2, update 0");
        String result = browser.find("#result").getText();
        String flash = browser.find(".flash").getText();
        // The second tab: the same form posted again after the first one was applied.
        browser.script("const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + "for (const [k, v] of [['csrfToken', arguments[1]], ['fingerprint', arguments[2]]]) {"
                + " const i = document.createElement('input'); i.type = 'hidden'; i.name = k; i.value = v; f.append(i); }"
                + "document.body.append(f); f.submit();", confirmUrl,
                browser.find("input[name=csrfToken]").getAttribute("value"), fingerprint);
        browser.waitFor(d -> d.getCurrentUrl().endsWith(confirmUrl.replace("/confirm", "")) ? true : null);
        String afterSecond = browser.find("#result").getText();
        String people = browser.open("/partners/" + globex.id()).text();
        mailQueue.send();
        List<MimeMessage> mails = smtp.received().stream()
                .filter(m -> subject(m).equals("You are invited to Partner Academy")).toList();
        String niaMail = mails.stream().filter(m -> to(m).equals("nia@globex.example"))
                .map(TestSmtp::body).findFirst().orElseThrow();
        Matcher link = Pattern.compile("http://\\S+/invitations/\\S+").matcher(niaMail);
        assertThat(link.find()).isTrue();
        String invitationPage = new RealBrowser(server.getURI()).open(link.group()).text();

        assertThat(refusedConsole).allSatisfy(line -> assertThat(line).contains("422"));
        assertThat(problems).contains("Line 2: “nia-at-globex” is not an email address.",
                "Line 3: unknown role “boss”; use learner or partner_admin.", "nothing was changed");
        assertThat(summary).isEqualTo("2 new, 0 updated, 1 unchanged, 1 not in the file.");
        assertThat(joining).contains("Nia New", "nia@globex.example", "Sales", "Ned New", "Partner admin");
        assertThat(leaving).contains("Max Missing", max.email());
        assertThat(flash).contains("Roster applied: 2 invited, 0 updated, 0 left.");
        assertThat(result).contains("2 invited, 0 updated, 0 left");
        assertThat(afterSecond).isEqualTo(result);
        assertThat(people).contains("Nia New", "Ned New", "Max Missing");
        assertThat(mails.stream().map(RosterImportInBrowserTest::to))
                .containsExactlyInAnyOrder("nia@globex.example", "ned@globex.example");
        assertThat(niaMail).contains("Greta Admin added you to " + globex.name());
        assertThat(invitationPage).contains("Nia New, you were invited to Partner Academy as nia@globex.example");
    }

    private static Path csv(String text) throws IOException {
        Path file = Files.createTempFile("roster", ".csv");
        Files.writeString(file, text);
        return file;
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
