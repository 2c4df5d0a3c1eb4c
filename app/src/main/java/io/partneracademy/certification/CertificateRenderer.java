package io.partneracademy.certification;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders the certificate page from a certification record: A4 landscape, the holder's name in any script, the
 * certification and level, issue and expiry dates, the credential id and a QR code to the verify page, in the
 * holder's language (English, German, French or Japanese; Japanese text falls back to the CJK font). Nothing on
 * the page or in the file depends on the clock or on chance (the document id and dates come from the record), so
 * the same record always gives the same bytes.
 */
@Singleton
class CertificateRenderer {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float[] INK = {0.11f, 0.16f, 0.24f};
    private static final float[] ACCENT = {0.12f, 0.31f, 0.47f};
    private static final float[] MUTED = {0.35f, 0.38f, 0.42f};

    private final CertificateFonts fonts;
    private final CertificateDesign design;
    private final MessageSource messages;

    CertificateRenderer(CertificateFonts fonts, CertificateDesign design, MessageSource messages) {
        this.fonts = fonts;
        this.design = design;
        this.messages = messages;
    }

    /**
     * What goes on the page, and the language and time zone it is written in (the holder's).
     *
     * @param certification the certification's (path's) title, in that language where it is translated
     */
    record Content(String credentialId, String holderName, String certification, String level, Instant issuedAt,
                   Instant expiresAt, String verifyUrl, Locale locale, ZoneId zone) {

        /** In English, with dates in UTC. */
        static Content of(CertificationRow row, String verifyUrl) {
            return of(row, verifyUrl, row.pathTitle(), Locale.ENGLISH, ZoneOffset.UTC);
        }

        static Content of(CertificationRow row, String verifyUrl, String certification, Locale locale, ZoneId zone) {
            return new Content(row.credentialId(), row.holderName(), certification, row.level().name(), row.issuedAt(),
                    row.expiresAt(), verifyUrl, locale, zone);
        }
    }

    byte[] render(Content c) {
        synchronized (fonts.lock()) {
            try (PDDocument doc = new PDDocument()) {
                doc.setDocumentId(documentId(c.credentialId()));
                PdfA.apply(doc, c.certification() + " – " + c.holderName(), "Credential " + c.credentialId(), c.issuedAt());
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                Writer writer = new Writer(doc);
                Words words = new Words(messages, c.locale(), c.zone());
                String level = words.get("certificate.level." + c.level());
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    frame(content);
                    float centre = PAGE.getWidth() / 2;
                    header(doc, content, writer, centre);
                    writer.centred(content, words.get("certificate.certified", level), fonts.bold(), 32, centre, 452, INK);
                    writer.centred(content, words.get("certificate.certifies"), fonts.regular(), 14, centre, 412, MUTED);
                    writer.centred(content, c.holderName(), fonts.bold(), fit(writer, c.holderName(), 36, 680), centre,
                            366, INK);
                    writer.centred(content, words.get("certificate.earned", level), fonts.regular(), 14, centre, 328, MUTED);
                    writer.centred(content, c.certification(), fonts.bold(), fit(writer, c.certification(), 22, 680),
                            centre, 296, ACCENT);

                    signatory(doc, content, writer);
                    writer.left(content, words.get("certificate.issued", words.date(c.issuedAt())), fonts.regular(), 12,
                            80, 150, INK);
                    writer.left(content, words.get("certificate.valid-until", words.date(c.expiresAt())),
                            fonts.regular(), 12, 80, 130, INK);
                    writer.left(content, words.get("certificate.credential-id", c.credentialId()), fonts.bold(), 12,
                            80, 110, INK);
                    writer.left(content, words.get("certificate.check"), fonts.regular(), 9, 80, 82, MUTED);
                    writer.left(content, c.verifyUrl(), fonts.regular(), 9, 80, 70, MUTED);

                    Seal.draw(content, writer::centred, fonts.bold(), c.level(), centre, 130, 58);
                    QrCode.draw(content, c.verifyUrl(), PAGE.getWidth() - 80 - 100, 62, 100);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The configured logo, or the program's name as a wordmark between two rules. */
    private void header(PDDocument doc, PDPageContentStream content, Writer writer, float centre) throws IOException {
        if (design.logo() != null) {
            PDImageXObject logo = PDImageXObject.createFromFileByContent(design.logo().toFile(), doc);
            float height = Math.min(60, logo.getHeight());
            float width = logo.getWidth() * height / logo.getHeight();
            content.drawImage(logo, centre - width / 2, 490, width, height);
            return;
        }
        writer.centred(content, "PARTNER ACADEMY", fonts.bold(), 15, centre, 510, ACCENT);
        content.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        content.setLineWidth(1f);
        float half = writer.width("PARTNER ACADEMY", fonts.bold(), 15) / 2;
        content.moveTo(centre - half - 70, 515);
        content.lineTo(centre - half - 14, 515);
        content.moveTo(centre + half + 14, 515);
        content.lineTo(centre + half + 70, 515);
        content.stroke();
    }

    /** The signature (image, line, name, role) above the dates, when a signatory is configured. */
    private void signatory(PDDocument doc, PDPageContentStream content, Writer writer) throws IOException {
        if (design.signatoryName() == null || design.signatoryName().isBlank()) {
            return;
        }
        if (design.signatureImage() != null) {
            PDImageXObject signature = PDImageXObject.createFromFileByContent(design.signatureImage().toFile(), doc);
            float height = Math.min(40, signature.getHeight());
            float width = Math.min(200, signature.getWidth() * height / signature.getHeight());
            content.drawImage(signature, 80, 214, width, height);
        }
        content.setStrokingColor(MUTED[0], MUTED[1], MUTED[2]);
        content.setLineWidth(0.75f);
        content.moveTo(80, 210);
        content.lineTo(290, 210);
        content.stroke();
        writer.left(content, design.signatoryName(), fonts.bold(), 11, 80, 196, INK);
        if (design.signatoryTitle() != null && !design.signatoryTitle().isBlank()) {
            writer.left(content, design.signatoryTitle(), fonts.regular(), 9, 80, 183, MUTED);
        }
    }

    private void frame(PDPageContentStream content) throws IOException {
        content.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        content.setLineWidth(3f);
        content.addRect(24, 24, PAGE.getWidth() - 48, PAGE.getHeight() - 48);
        content.stroke();
        content.setLineWidth(0.75f);
        content.addRect(32, 32, PAGE.getWidth() - 64, PAGE.getHeight() - 64);
        content.stroke();
    }

    /** The largest size up to {@code max} at which the name fits the width. */
    private float fit(Writer writer, String text, float max, float width) throws IOException {
        float size = max;
        while (size > 12 && writer.width(text, fonts.bold(), size) > width) {
            size -= 1;
        }
        return size;
    }

    /** FOUNDATION → Foundation; a specialization's holder is a Specialist. */
    static String level(String level) {
        if ("SPECIALIZATION".equals(level)) {
            return "Specialist";
        }
        return level.charAt(0) + level.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The page's texts (message keys {@code certificate.*}) and dates in one language and zone. */
    private record Words(MessageSource messages, Locale locale, ZoneId zone) {

        String get(String key, Object... arguments) {
            // The raw pattern: the bundles are MessageFormat patterns, which MessageSource's interpolation is not.
            String pattern = messages.getRawMessage(key, MessageSource.MessageContext.of(locale))
                    .orElseThrow(() -> new IllegalStateException("No message " + key));
            return new MessageFormat(pattern, locale).format(arguments);
        }

        /** The calendar date in the holder's zone, written out the language's way: "6 December 2026", "2026年12月6日". */
        String date(Instant instant) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(zone));
        }
    }

    /** A calendar in UTC, as PDF dates are written. */
    static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** A stable seed for the PDF's file identifier, so it does not come from the clock. */
    static long documentId(String credentialId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(credentialId.getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (hash[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes text in runs: each character in the first font that has a glyph for it (the wanted font, then the CJK
     * fallbacks for CJK and Hangul). Fonts are embedded as subsets, once per document, only if used.
     */
    private final class Writer {

        private final PDDocument doc;
        private final Map<TrueTypeFont, PDType0Font> loaded = new IdentityHashMap<>();

        Writer(PDDocument doc) {
            this.doc = doc;
        }

        void centred(PDPageContentStream content, String text, TrueTypeFont font, float size, float centre, float y,
                     float[] colour) throws IOException {
            write(content, text, font, size, centre - width(text, font, size) / 2, y, colour);
        }

        void left(PDPageContentStream content, String text, TrueTypeFont font, float size, float x, float y,
                  float[] colour) throws IOException {
            write(content, text, font, size, x, y, colour);
        }

        float width(String text, TrueTypeFont font, float size) throws IOException {
            float width = 0;
            for (Run run : runs(text, font)) {
                width += pdFont(run.font()).getStringWidth(run.text()) / 1000 * size;
            }
            return width;
        }

        private void write(PDPageContentStream content, String text, TrueTypeFont font, float size, float x, float y,
                           float[] colour) throws IOException {
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            content.beginText();
            content.newLineAtOffset(x, y);
            for (Run run : runs(text, font)) {
                // The CJK and Hangul fallbacks have no bold face: in a bold line, stroke their outlines as well so
                // they match the weight of the Latin around them.
                boolean emboldened = font == fonts.bold() && run.font() != font;
                if (emboldened) {
                    content.setStrokingColor(colour[0], colour[1], colour[2]);
                    content.setLineWidth(size * 0.035f);
                    content.setRenderingMode(RenderingMode.FILL_STROKE);
                }
                content.setFont(pdFont(run.font()), size);
                content.showText(run.text());
                if (emboldened) {
                    content.setRenderingMode(RenderingMode.FILL);
                }
            }
            content.endText();
        }

        private List<Run> runs(String text, TrueTypeFont wanted) throws IOException {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            TrueTypeFont currentFont = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                TrueTypeFont font = has(wanted, cp) ? wanted : has(fonts.cjk(), cp) ? fonts.cjk()
                        : has(fonts.hangul(), cp) ? fonts.hangul() : null;
                if (font == null) {
                    cp = '?';
                    font = wanted;
                }
                if (font != currentFont && current.length() > 0) {
                    runs.add(new Run(current.toString(), currentFont));
                    current.setLength(0);
                }
                currentFont = font;
                current.appendCodePoint(cp);
            }
            if (current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
            }
            return runs;
        }

        private boolean has(TrueTypeFont font, int codePoint) throws IOException {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        }

        private PDType0Font pdFont(TrueTypeFont font) throws IOException {
            PDType0Font pd = loaded.get(font);
            if (pd == null) {
                pd = PDType0Font.load(doc, font, true);
                loaded.put(font, pd);
            }
            return pd;
        }
    }

    private record Run(String text, TrueTypeFont font) {
    }
}
