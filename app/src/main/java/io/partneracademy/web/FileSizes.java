package io.partneracademy.web;

import java.util.Locale;

/**
 * How pages show a file size: bytes below 1 KB, then KB, MB and GB of 1024 each, with one decimal unless it is
 * zero ("5 MB" for an upload limit, "1.5 MB" for a file), never "0.0 KB" for a tiny file or "1024 KB" for 1 MB.
 */
public final class FileSizes {

    private static final String[] UNITS = {"KB", "MB", "GB"};

    private FileSizes() {
    }

    /** The size as people read it: "0 B", "1023 B", "1 KB", "1.5 MB". */
    public static String label(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + bytes);
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        value /= 1024;
        // the unit is chosen after rounding, so 1,048,575 bytes read "1 MB", not "1024 KB"
        while (Math.round(value * 10) >= 1024 * 10 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + UNITS[unit];
    }
}
