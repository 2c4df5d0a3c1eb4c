package io.partneracademy.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Credential ids: 80 random bits as 16 Crockford base32 characters in groups of four ({@code 7KQ2-M9XD-4T1B-ZP0R}).
 * Crockford's alphabet has no I, L, O or U, so reading one aloud or typing it from paper is forgiving: input is
 * read case-insensitively, I and L as 1, O as 0, with or without dashes and spaces.
 */
public final class CredentialIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 16;

    private CredentialIds() {
    }

    /** A new credential id. */
    public static String random() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        StringBuilder id = new StringBuilder(19);
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (bytes[i] & 0xff);
        }
        appendBase32(id, high);
        appendBase32(id, low);
        return group(id.toString());
    }

    /** The canonical form of what someone typed, or empty when it cannot be a credential id. */
    static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder clean = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char mapped = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (indexOf(mapped) < 0) {
                return Optional.empty();
            }
            clean.append(mapped);
        }
        return clean.length() == LENGTH ? Optional.of(group(clean.toString())) : Optional.empty();
    }

    private static void appendBase32(StringBuilder out, long fortyBits) {
        for (int shift = 35; shift >= 0; shift -= 5) {
            out.append(ALPHABET[(int) ((fortyBits >>> shift) & 31)]);
        }
    }

    private static String group(String sixteen) {
        return sixteen.substring(0, 4) + "-" + sixteen.substring(4, 8) + "-" + sixteen.substring(8, 12) + "-"
                + sixteen.substring(12, 16);
    }

    private static int indexOf(char c) {
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == c) {
                return i;
            }
        }
        return -1;
    }
}
