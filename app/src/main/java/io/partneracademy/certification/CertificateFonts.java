package io.partneracademy.certification;

import jakarta.inject.Singleton;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The certificate's fonts, parsed once per server: DejaVu Sans (Latin with diacritics, Greek, Cyrillic) in regular
 * and bold, Droid Sans Fallback for Chinese and Japanese, and Nanum Gothic for Korean. Each document embeds only the subset of
 * glyphs it prints. A parsed font reads glyphs lazily from shared state, so renderers take {@link #lock()}.
 */
@Singleton
class CertificateFonts {

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final TrueTypeFont cjk;
    private final TrueTypeFont hangul;
    private final Object lock = new Object();

    CertificateFonts() {
        this.regular = load("DejaVuSans.ttf");
        this.bold = load("DejaVuSans-Bold.ttf");
        this.cjk = load("DroidSansFallbackFull.ttf");
        this.hangul = load("NanumGothicBold.ttf");
    }

    TrueTypeFont regular() {
        return regular;
    }

    TrueTypeFont bold() {
        return bold;
    }

    TrueTypeFont cjk() {
        return cjk;
    }

    TrueTypeFont hangul() {
        return hangul;
    }

    Object lock() {
        return lock;
    }

    private static TrueTypeFont load(String name) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream("/certificates/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: certificates/fonts/" + name);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // PDFBox's glyph substitution draws "fi" as the U+FB01 ligature, so "Certificate" extracts as
            // "Certiﬁcate" and a text search fails. The scripts we print need no substitution to render.
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse font " + name, e);
        }
    }
}
