package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An author takes question banks in and out of an exam in a real Chromium: downloads the exam as a QTI 3.0 package
 * (every file valid against 1EdTech's schemas), uploads a package with an XXE entity and sees it refused with its
 * file and line (without JavaScript), then uploads another exam's package, which is written as a new bank.
 */
@MicronautTest(transactional = false)
class ExamBankInBrowserTest extends DatabaseTest {

    private final Path exams = ProjectDir.copyOf("exams");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.content.exams-dir", exams.toString());
        return properties;
    }

    @Test
    void anAuthorExportsAnExamAsQtiAndImportsAnotherExamsPackageAsANewBank() throws IOException {
        UserSummary author = fixtures.user("Anna Author", Role.AUTHOR);
        int before = questions("healthcare-exam");
        Path xxe = Files.createTempDirectory("upload").resolve("evil.zip");
        Files.write(xxe, QtiImportTest.zip(Map.of("imsmanifest.xml", QtiImportTest.manifest("items/q1.xml"),
                "items/q1.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<qti-assessment-item>&s;</qti-assessment-item>").getBytes())));
        Path architect = Files.createTempDirectory("upload").resolve("architect-exam-qti3.zip");
        Files.write(architect, QtiExport.export(ProjectDir.get().resolve("exams/architect-exam")));

        RealBrowser browser = new RealBrowser(server.getURI()).signIn(author.email(), Fixtures.PASSWORD);
        browser.open("/authoring").click("a[href='/authoring/exams/healthcare-exam/bank']");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/bank") ? true : null);
        String lead = browser.checked().find("h1").getText();
        Path download = browser.download("#export-qti", ".zip");
        Map<String, byte[]> exported = unzip(download);
        browser.scripts(false).open("/authoring/exams/healthcare-exam/bank");
        browser.find("#file").sendKeys(xxe.toString());
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Import']")).click();
        browser.waitQuietly(d -> d.findElements(By.id("problems")).isEmpty() ? null : true);
        String refused = browser.find("#problems").getText();
        List<String> refusedConsole = browser.drainConsole();
        browser.scripts(true).open("/authoring/exams/healthcare-exam/bank");
        browser.find("#file").sendKeys(architect.toString());
        new Select(browser.find("#section")).selectByValue("business");
        browser.clickButton("Import");
        String flash = browser.checked().find(".flash").getText();
        browser.screenshot("exam-bank-imported");

        assertThat(refusedConsole).allSatisfy(line -> assertThat(line).contains("422"));
        assertThat(lead).isEqualTo("Question bank: healthcare-exam");
        Map<String, String> invalid = new LinkedHashMap<>();
        exported.forEach((name, bytes) -> {
            String problem = QtiSchemas.problem(name.equals("imsmanifest.xml") ? QtiSchemas.manifest()
                    : QtiSchemas.asi(), bytes);
            if (problem != null) {
                invalid.put(name, problem);
            }
        });
        assertThat(invalid).isEmpty();
        assertThat(exported.keySet().stream().filter(f -> f.startsWith("items/"))).hasSize(before);
        assertThat(refused).contains("The file has 1 problem(s); nothing was written.",
                "items/q1.xml:2: not well-formed XML: a DOCTYPE (document type declaration) is not accepted in a QTI"
                        + " package");
        assertThat(flash).isEqualTo("Written: healthcare-exam/questions/architect-exam-qti3.yaml. Review it and commit"
                + " it; the next content import publishes it.");
        try (Stream<Path> banks = Files.list(exams.resolve("healthcare-exam/questions"))) {
            assertThat(banks.map(p -> p.getFileName().toString())).contains("architect-exam-qti3.yaml")
                    .noneMatch(n -> n.startsWith("evil"));
        }
        assertThat(questions("healthcare-exam")).isEqualTo(before + questionsIn("architect-exam"));
    }

    private int questions(String examId) {
        Problems problems = new Problems();
        ExamSpec exam = new ExamReader(problems).read(exams.resolve(examId), examId);
        assertThat(problems.sorted()).isEmpty();
        return exam.questions().size();
    }

    private static int questionsIn(String shippedExamId) {
        return new ExamReader(new Problems()).read(ProjectDir.get().resolve("exams").resolve(shippedExamId),
                shippedExamId).questions().size();
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

}
