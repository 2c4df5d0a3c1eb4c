package io.partneracademy.labs;

/** File sizes as people read them. */
final class Sizes {

    private Sizes() {
    }

    static String label(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
}
