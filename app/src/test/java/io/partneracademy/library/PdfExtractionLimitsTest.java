package io.partneracademy.library;

import io.partneracademy.web.ApplicationException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A PDF that is small on disk but huge to read cannot keep an upload busy for minutes (issue 15). */
class PdfExtractionLimitsTest {

    @Test
    void aPdfThatInflatesToHundredsOfMegabytesIsRefusedAfterTheTimeLimit() throws IOException {
        byte[] bomb = pdfWithOperators(150_000_000);
        TextExtractor extractor = new TextExtractor(500, 64L << 20, Duration.ofSeconds(1));

        long start = System.nanoTime();
        assertThatThrownBy(() -> extractor.extract("bomb.pdf", bomb))
                .isInstanceOf(ApplicationException.class)
                .hasMessage("library.upload.pdf-too-slow");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(bomb.length).isLessThan(1_000_000);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void onlyTheFirstPagesAreRead() throws IOException {
        TextExtractor extractor = new TextExtractor(2, 64L << 20, Duration.ofSeconds(10));

        String text = extractor.extract("three.pdf", pdfWithPages("alpha", "bravo", "charlie")).text();

        assertThat(text).contains("alpha").contains("bravo").doesNotContain("charlie");
    }

    /** One page whose content stream is the given number of bytes of "q Q" pairs, Flate-compressed. */
    private static byte[] pdfWithOperators(int inflatedBytes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            byte[] pairs = "q Q\n".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                for (long written = 0; written < inflatedBytes; written += pairs.length) {
                    out.write(pairs);
                }
            }
            page.setContents(new PDStream(stream));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] pdfWithPages(String... texts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (String text : texts) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
