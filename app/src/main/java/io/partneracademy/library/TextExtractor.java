package io.partneracademy.library;

import io.micronaut.context.annotation.Value;
import io.partneracademy.markdown.MarkdownText;
import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Reads the text out of a resource file once, at upload: PDFBox for PDF, the CommonMark parser for Markdown,
 * jsoup for HTML. The text is stored with the file, so the index can be rebuilt without parsing files again.
 * A PDF is small on disk but may inflate enormously: its text is read from at most {@code max-pdf-pages} pages,
 * with at most {@code max-pdf-memory} bytes of decoded streams held, for at most {@code max-pdf-time}; the text
 * kept is cut at {@link #MAX_TEXT} characters.
 */
@Singleton
class TextExtractor {

    /** Far more than any battle card or playbook; enough for search, small enough for one column and the index. */
    static final int MAX_TEXT = 2_000_000;
    /** How many content-stream operators are read between two looks at the clock. */
    private static final int CLOCK_EVERY = 4096;

    private final int maxPages;
    private final long maxMemory;
    private final Duration maxTime;

    TextExtractor(@Value("${partneracademy.library.max-pdf-pages:500}") int maxPages,
                  @Value("${partneracademy.library.max-pdf-memory:67108864}") long maxMemory,
                  @Value("${partneracademy.library.max-pdf-time:10s}") Duration maxTime) {
        this.maxPages = maxPages;
        this.maxMemory = maxMemory;
        this.maxTime = maxTime;
    }

    /** The text and the content type the file is served with. */
    record Extracted(String contentType, String text) {
    }

    Extracted extract(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new UploadRefusedException("library.upload.empty", fileName);
        }
        String extension = extension(fileName);
        Extracted extracted = switch (extension) {
            case "pdf" -> new Extracted("application/pdf", pdf(fileName, bytes));
            case "md", "markdown" -> new Extracted("text/markdown; charset=utf-8", MarkdownText.of(utf8(fileName, bytes)));
            case "html", "htm" -> new Extracted("text/html; charset=utf-8", Jsoup.parse(utf8(fileName, bytes)).text());
            case "txt" -> new Extracted("text/plain; charset=utf-8", utf8(fileName, bytes));
            default -> throw new UploadRefusedException("library.upload.unsupported", fileName);
        };
        if (extracted.text().isBlank()) {
            throw new UploadRefusedException("library.upload.no-text", fileName);
        }
        return new Extracted(extracted.contentType(), extracted.text().strip());
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String pdf(String fileName, byte[] bytes) {
        long deadline = System.nanoTime() + maxTime.toNanos();
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), null, null, null,
                MemoryUsageSetting.setupMainMemoryOnly(maxMemory).streamCache)) {
            BoundedStripper stripper = new BoundedStripper(deadline);
            stripper.setEndPage(maxPages);
            String text = stripper.getText(document);
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        } catch (TooSlow e) {
            throw new UploadRefusedException("library.upload.pdf-too-slow", fileName, maxTime.toSeconds());
        } catch (IOException | RuntimeException e) {
            throw new UploadRefusedException("library.upload.unreadable-pdf", fileName, String.valueOf(e.getMessage()));
        }
    }

    /** Thrown from inside PDFBox when reading the text took longer than allowed. */
    private static final class TooSlow extends RuntimeException {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    /** A text stripper that looks at the clock while it reads operators, text or not, and stops past a deadline. */
    private static final class BoundedStripper extends PDFTextStripper {

        private final long deadline;
        private int operators;

        BoundedStripper(long deadline) {
            this.deadline = deadline;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators % CLOCK_EVERY == 0 && System.nanoTime() > deadline) {
                throw new TooSlow();
            }
            super.processOperator(operator, operands);
        }
    }

    private static String utf8(String fileName, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UploadRefusedException("library.upload.not-utf8", fileName);
        }
    }
}
