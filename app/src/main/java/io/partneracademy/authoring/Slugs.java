package io.partneracademy.authoring;

import io.partneracademy.content.Problems;

import java.util.regex.Pattern;

/** Stable ids: lowercase letters, digits and single hyphens. */
final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    static boolean valid(String id) {
        return id != null && id.length() <= 64 && SLUG.matcher(id).matches();
    }

    static void check(String file, int line, String what, String id, Problems problems) {
        if (!valid(id)) {
            problems.add(file, line, what + " '" + id + "' is not a valid id (lowercase letters, digits and single "
                    + "hyphens, at most 64 characters)");
        }
    }
}
