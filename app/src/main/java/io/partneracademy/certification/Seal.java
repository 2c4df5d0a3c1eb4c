package io.partneracademy.certification;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.Map;

/** The level's badge art drawn as vectors on the certificate, matching the SVG badges serve (certificates/badges). */
final class Seal {

    /** Dark and light colour per level, as in the SVG badge art. */
    private static final Map<String, float[][]> COLOURS = Map.of(
            "FOUNDATION", new float[][]{rgb(0x0f766e), rgb(0xccfbf1)},
            "PRACTITIONER", new float[][]{rgb(0x1d4ed8), rgb(0xdbeafe)},
            "ARCHITECT", new float[][]{rgb(0x6d28d9), rgb(0xede9fe)},
            "SPECIALIZATION", new float[][]{rgb(0xb45309), rgb(0xfef3c7)});
    /** Control-point distance for a quarter circle drawn as a cubic Bézier curve. */
    private static final float KAPPA = 0.5523f;

    private Seal() {
    }

    /** Centred text, as the renderer writes it (with font fallback). */
    interface Text {
        void centred(PDPageContentStream content, String text, TrueTypeFont font, float size, float centre, float y,
                     float[] colour) throws IOException;
    }

    static void draw(PDPageContentStream content, Text text, TrueTypeFont bold, String level, float x, float y, float r)
            throws IOException {
        float[][] colours = COLOURS.getOrDefault(level, COLOURS.get("FOUNDATION"));
        float[] dark = colours[0];
        float[] light = colours[1];
        circle(content, x, y, r, dark);
        circle(content, x, y, r * 0.79f, light);
        content.setStrokingColor(dark[0], dark[1], dark[2]);
        content.setLineWidth(r * 0.11f);
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        content.moveTo(x - r * 0.26f, y + r * 0.02f);
        content.lineTo(x - r * 0.08f, y - r * 0.16f);
        content.lineTo(x + r * 0.28f, y + r * 0.24f);
        content.stroke();
        content.setLineCapStyle(0);
        content.setLineJoinStyle(0);
        text.centred(content, "PARTNER ACADEMY", bold, r * 0.085f, x, y + r * 0.44f, dark);
        String label = "SPECIALIZATION".equals(level) ? "SPECIALIST" : level;
        text.centred(content, label, bold, r * (label.length() > 10 ? 0.13f : 0.15f), x, y - r * 0.5f, dark);
    }

    private static void circle(PDPageContentStream content, float x, float y, float r, float[] colour) throws IOException {
        float k = KAPPA * r;
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.moveTo(x + r, y);
        content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        content.closePath();
        content.fill();
    }

    private static float[] rgb(int hex) {
        return new float[]{((hex >> 16) & 0xff) / 255f, ((hex >> 8) & 0xff) / 255f, (hex & 0xff) / 255f};
    }
}
