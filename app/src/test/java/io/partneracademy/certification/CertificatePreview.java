package io.partneracademy.certification;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.time.Instant;

/**
 * Renders sample certificates (Latin, CJK, Hangul; each level) to PNG at 100 dpi for a visual check:
 * app/target/certificate-preview-N.png. Run: {@code ./mvnw -pl app test-compile exec:java
 * -Dpa.main=io.partneracademy.certification.CertificatePreview}
 */
public final class CertificatePreview {

    private CertificatePreview() {
    }

    public static void main(String[] args) throws Exception {
        CertificateRenderer renderer = new CertificateRenderer(new CertificateFonts(), new CertificateDesign(null, "Dana Whitfield", "Director, Partner Academy", null),
                new io.micronaut.context.i18n.ResourceBundleMessageSource("i18n.messages"));
        String[][] samples = {{"Priya Raman", "PRACTITIONER", "Cloud Operations Path", "en"},
                {"王小明 Łukasz Żółć", "FOUNDATION", "Basics Path", "de"},
                {"김민준", "ARCHITECT", "Solution Architecture Path", "fr"}, {"佐藤 健二", "FOUNDATION", "Foundation", "ja"}};
        int i = 0;
        for (String[] s : samples) {
            byte[] pdf = renderer.render(new CertificateRenderer.Content("7KQ2-M9XD-4T1B-ZP0R", s[0], s[2], s[1],
                    Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2027-11-01T10:00:00Z"),
                    "https://academy.example.com/verify/7KQ2-M9XD-4T1B-ZP0R", java.util.Locale.forLanguageTag(s[3]),
                    java.time.ZoneOffset.UTC));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 100), "png", io.partneracademy.support.ProjectDir.get().resolve("app/target/certificate-preview-" + (i++) + ".png").toFile());
            }
        }
    }
}
