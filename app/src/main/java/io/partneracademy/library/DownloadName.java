package io.partneracademy.library;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What a downloaded resource is called on the reader's disk: its title with the stored file's extension
 * ("Competitive Battle Card – Acme.md", not "resource.md"). The Content-Disposition header carries it twice, as
 * RFC 6266 section 4.3 recommends: {@code filename*} in UTF-8 (RFC 8187 encoding) for every current browser, and a
 * plain ASCII {@code filename} for the few clients that do not read {@code filename*}.
 */
final class DownloadName {

    private static final int MAX_LENGTH = 120;

    private DownloadName() {
    }

    /** The file name: the title without characters file systems refuse, and the stored file's extension. */
    static String of(String title, String storedFileName) {
        String base = title.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]+", " ").replaceAll("\\s+", " ").strip();
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).strip();
        }
        base = base.replaceAll("^\\.+", "");
        return (base.isEmpty() ? "download" : base) + extension(storedFileName);
    }

    /** The header value: {@code attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded}. */
    static String contentDisposition(String title, String storedFileName, String resourceId) {
        String name = of(title, storedFileName);
        return "attachment; filename=\"" + ascii(name, resourceId + extension(storedFileName)) + "\"; filename*=UTF-8''"
                + encode(name);
    }

    /** The stored file's extension with its dot, or nothing when it has none that looks like one. */
    static String extension(String storedFileName) {
        int dot = storedFileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : storedFileName.substring(dot + 1);
        return ext.matches("[A-Za-z0-9]{1,8}") ? "." + ext.toLowerCase(Locale.ROOT) : "";
    }

    /** Accents dropped (Zürich → Zurich), anything else outside printable ASCII or a quoted-string removed. */
    private static String ascii(String name, String fallback) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replaceAll("[^\\x20-\\x7E]+", " ").replaceAll("[\"\\\\%]+", " ").replaceAll("\\s+", " ").strip();
        String stem = plain.contains(".") ? plain.substring(0, plain.lastIndexOf('.')).strip() : plain;
        return stem.isEmpty() ? fallback : plain;
    }

    /** RFC 8187 section 3.2.1: attr-char stays, every other UTF-8 octet becomes %XX. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
