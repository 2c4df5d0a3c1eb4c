package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/** Where a form may send the browser next: a path on this site, never another site (no open redirect). */
public final class LocalPath {

    /** A path on this site: one slash, then RFC 3986 path, query and fragment characters (no "//", no "\\"). */
    private static final Pattern SAFE_NEXT = Pattern.compile("/(?!/)[A-Za-z0-9\\-._~!$&'()*+,;=:@/?%#]*");
    /** Percent-encoded control characters: nothing a link of ours contains, but a header-splitting try would. */
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");
    private static final int MAX_NEXT = 2048;

    private LocalPath() {
    }

    /**
     * The path itself when it is a same-site path made of URL characters, so a Location header never carries
     * spaces, control characters or backslashes; anything else is the home page.
     */
    public static String orHome(@Nullable String next) {
        if (next == null || next.length() > MAX_NEXT || !SAFE_NEXT.matcher(next).matches()
                || ENCODED_CONTROL.matcher(next).find()) {
            return Paths.HOME;
        }
        return next;
    }
}
