package io.partneracademy.authoring;

import io.partneracademy.content.Problems;

import java.net.URI;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds relative links and images in a lesson's Markdown and reports those that point at nothing in the
 * course folder. Links with a scheme, site-absolute links and anchors are left alone.
 */
final class LinkChecker {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private LinkChecker() {
    }

    /**
     * @param firstLine line number of the body's first line in the file
     * @param lessonIds the course's lesson ids (for links like {@code other-lesson.md})
     * @param assets    the course's attachment paths relative to the course folder
     */
    static void check(String file, String body, int firstLine, Set<String> lessonIds, Set<String> assets,
                      Problems problems) {
        String[] lines = body.split("\n", -1);
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher m = LINK.matcher(line);
            while (m.find()) {
                String target = m.group(1);
                if (!resolves(target, lessonIds, assets)) {
                    problems.add(file, firstLine + i, "broken relative link '" + target + "'");
                }
            }
        }
    }

    static boolean resolves(String target, Set<String> lessonIds, Set<String> assets) {
        if (SCHEME.matcher(target).find() || target.startsWith("/") || target.startsWith("#")) {
            return true;
        }
        String path = target.replaceAll("[#?].*$", "");
        String normalized;
        try {
            normalized = URI.create("x/" + encodeSpaces(path)).normalize().getPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!normalized.startsWith("x/")) {
            return false;
        }
        String relative = normalized.substring(2).replace("%20", " ");
        if (relative.endsWith(".md") && !relative.contains("/")) {
            return lessonIds.contains(relative.substring(0, relative.length() - 3));
        }
        return assets.contains(relative);
    }

    private static String encodeSpaces(String path) {
        return path.replace(" ", "%20");
    }
}
