package io.partneracademy.authoring;

import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;

import java.util.List;
import java.util.Set;

/**
 * A lesson file split into its YAML header between {@code ---} lines and its Markdown body, with the rules every
 * lesson text follows, in the source language or a translation: objectives listed, a body, links that resolve.
 *
 * @param yaml          the header, with the line of every key
 * @param body          the Markdown after the closing {@code ---} line
 * @param bodyFirstLine the body's first line in the file, for problems found in the body
 */
record FrontMatter(YamlMap yaml, String body, int bodyFirstLine) {

    /** The header and body of {@code text}; null when the header is missing, unclosed or not YAML (a problem said). */
    static FrontMatter split(String file, String text, Problems problems) {
        if (!text.startsWith("---\n")) {
            problems.add(file, 1, "a lesson must start with a YAML header between '---' lines");
            return null;
        }
        int end = headerEnd(text);
        if (end < 0) {
            problems.add(file, 1, "the YAML header is not closed with a '---' line");
            return null;
        }
        int bodyStart = text.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        int bodyFirstLine = (int) text.substring(0, Math.max(bodyStart + 1, 0)).chars().filter(c -> c == '\n').count()
                + 1;
        YamlMap yaml = YamlMap.parse(file, text.substring(4, end + 1), 1, problems);
        return yaml == null ? null : new FrontMatter(yaml, body, bodyFirstLine);
    }

    /** Where the header's closing {@code ---} line begins (at its line break), or -1 when there is no closed header. */
    static int headerEnd(String text) {
        return text.startsWith("---\n") ? text.indexOf("\n---", 3) : -1;
    }

    /** The header's objectives; none listed is a problem. */
    List<String> objectives(String file, Problems problems) {
        List<String> objectives = yaml.strings("objectives");
        if (objectives.isEmpty()) {
            problems.add(file, yaml.line("objectives"), "missing objectives (list what the learner can do afterwards)");
        }
        return objectives;
    }

    /** Checks the body: not empty, and every link leads to a lesson of the course or one of its files. */
    void checkBody(String file, Set<String> lessonIds, Set<String> assets, Problems problems) {
        if (body.isBlank()) {
            problems.add(file, bodyFirstLine, "the lesson has no body");
        }
        LinkChecker.check(file, body, bodyFirstLine, lessonIds, assets, problems);
    }
}
