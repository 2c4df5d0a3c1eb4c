package io.partneracademy.library;

import io.partneracademy.markdown.MarkdownText;
import jakarta.inject.Singleton;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the text out of a resource file once, at upload: PDFBox for PDF, the CommonMark parser for Markdown,
 * jsoup for HTML. The text is stored with the file, so the index can be rebuilt without parsing files again.
 */
@Singleton
class TextExtractor {

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

    private static String pdf(String fileName, byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException | RuntimeException e) {
            throw new UploadRefusedException("library.upload.unreadable-pdf", fileName, String.valueOf(e.getMessage()));
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
