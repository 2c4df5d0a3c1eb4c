package io.partneracademy.authoring;

import com.google.re2j.PatternSyntaxException;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.exams.ShortText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the parts of ordering, matching and short-text questions (options in the right order; options with the
 * target each matches; accepted answers) and checks them, every problem at its file and line.
 */
final class ItemReader {

    /** Steps or prompts per question: each becomes a select box on the page. */
    static final int MAX_PARTS = 10;
    /** What an attempt can store of one question's option order and answer. */
    private static final int STORED = 255;

    private final Problems problems;

    ItemReader(Problems problems) {
        this.problems = problems;
    }

    /** An ordering question: its options, authored in the right order, are the key. */
    ExamSpec.Item ordering(String file, YamlMap q, List<ExamSpec.Option> options) {
        rejectCorrect(file, q, "an ordering question's options are written in the right order");
        List<String> order = options.stream().map(ExamSpec.Option::id).toList();
        checkParts(file, q, "options", order, "steps");
        fits(file, q, "options", String.join(",", order).length());
        return new ExamSpec.Item(order, List.of(), Map.of(), List.of(), false, null, null, 0);
    }

    /** A matching question: each option names the target it matches; targets may include distractors. */
    ExamSpec.Item matching(String file, YamlMap q, List<ExamSpec.Option> options) {
        rejectCorrect(file, q, "a matching question's options each name their target with 'match'");
        List<ExamSpec.Option> targets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap target : q.maps("targets")) {
            target.rejectUnknownKeys(Set.of("id", "text"));
            String id = target.string("id", true);
            String text = target.string("text", true);
            if (id != null) {
                Slugs.check(file, target.line("id"), "target id", id, problems);
                if (!ids.add(id)) {
                    problems.add(file, target.line("id"), "duplicate id: target '" + id + "'");
                }
            }
            if (id != null && text != null) {
                targets.add(new ExamSpec.Option(id, text));
            }
        }
        if (targets.size() < 2) {
            problems.add(file, q.has("targets") ? q.line("targets") : q.line(),
                    "a matching question needs at least two targets");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (YamlMap option : q.maps("options")) {
            String id = option.string("id", false);
            String match = option.string("match", false);
            if (match == null) {
                problems.add(file, option.line(), "matching option '" + id + "' has no match (the id of its target)");
            } else if (!ids.contains(match)) {
                problems.add(file, option.line("match"), "option '" + id + "' matches '" + match
                        + "', which is not one of the targets");
            } else if (id != null) {
                pairs.put(id, match);
            }
        }
        List<String> prompts = options.stream().map(ExamSpec.Option::id).toList();
        checkParts(file, q, "options", prompts, "options");
        int longestTarget = ids.stream().mapToInt(String::length).max().orElse(0);
        fits(file, q, "options", String.join(",", prompts).length() + 1 + String.join(",", ids).length());
        fits(file, q, "options", prompts.stream().mapToInt(p -> p.length() + longestTarget + 2).sum());
        return new ExamSpec.Item(List.of(), targets, pairs, List.of(), false, null, null, 0);
    }

    /** A number answer with its tolerance (0 when not given); null with a problem when either is not a number. */
    private ExamSpec.Accepted numeric(String file, YamlMap answer, String number) {
        if (number == null) {
            problems.add(file, answer.line("tolerance"), "only a number answer has a tolerance");
            return null;
        }
        java.math.BigDecimal value = ShortText.number(number);
        String toleranceText = answer.has("tolerance") ? answer.string("tolerance", false) : "0";
        java.math.BigDecimal tolerance = toleranceText == null ? null : ShortText.number(toleranceText);
        if (value == null) {
            problems.add(file, answer.line("number"), "'" + number + "' is not a number");
        }
        if (tolerance == null || tolerance.signum() < 0) {
            problems.add(file, answer.line("tolerance"), "a tolerance is a number of 0 or more, not '"
                    + toleranceText + "'");
        }
        return value == null || tolerance == null || tolerance.signum() < 0 ? null
                : new ExamSpec.Accepted(value.toPlainString(), false, tolerance);
    }

    /** A short-text question: accepted answers (text, regex or number) and whether case matters. */
    ExamSpec.Item shortText(String file, YamlMap q) {
        rejectCorrect(file, q, "a short-text question lists its accepted answers under 'accept'");
        if (q.has("options")) {
            problems.add(file, q.line("options"), "a short-text question has no options");
        }
        String caseRule = q.string("case-sensitive", false);
        if (caseRule != null && !caseRule.equals("true") && !caseRule.equals("false")) {
            problems.add(file, q.line("case-sensitive"), "case-sensitive must be true or false, not '" + caseRule + "'");
        }
        boolean caseSensitive = "true".equals(caseRule);
        List<ExamSpec.Accepted> accepted = new ArrayList<>();
        for (YamlMap answer : q.maps("accept")) {
            answer.rejectUnknownKeys(Set.of("text", "regex", "number", "tolerance"));
            String text = answer.string("text", false);
            String regex = answer.string("regex", false);
            String number = answer.string("number", false);
            if ((text == null ? 0 : 1) + (regex == null ? 0 : 1) + (number == null ? 0 : 1) != 1) {
                problems.add(file, answer.line(), "an accepted answer has either text, regex or number");
            } else if (number != null || answer.has("tolerance")) {
                ExamSpec.Accepted numeric = numeric(file, answer, number);
                if (numeric != null) {
                    accepted.add(numeric);
                }
            } else if (text != null) {
                if (text.length() > ShortText.MAX_LENGTH) {
                    problems.add(file, answer.line("text"), "an accepted answer is at most " + ShortText.MAX_LENGTH
                            + " characters");
                }
                accepted.add(new ExamSpec.Accepted(text, false));
            } else if (checkRegex(file, answer, regex, caseSensitive)) {
                accepted.add(new ExamSpec.Accepted(regex, true));
            }
        }
        if (accepted.stream().anyMatch(ExamSpec.Accepted::numeric)
                && accepted.stream().anyMatch(a -> !a.numeric())) {
            problems.add(file, q.line("accept"), "a short-text question's accepted answers are all numbers or none");
        }
        if (q.maps("accept").isEmpty()) {
            problems.add(file, q.has("accept") ? q.line("accept") : q.line(),
                    "a short-text question needs at least one accepted answer (accept)");
        }
        return new ExamSpec.Item(List.of(), List.of(), Map.of(), accepted, caseSensitive, null, null, 0);
    }

    private boolean checkRegex(String file, YamlMap answer, String regex, boolean caseSensitive) {
        try {
            if (ShortText.compile(regex, caseSensitive).matches("")) {
                problems.add(file, answer.line("regex"), "regex '" + regex + "' accepts an empty answer");
                return false;
            }
            return true;
        } catch (PatternSyntaxException e) {
            problems.add(file, answer.line("regex"), "bad regex '" + regex + "': " + e.getDescription()
                    + " (RE2 syntax: no back-references or look-around)");
            return false;
        }
    }

    private void rejectCorrect(String file, YamlMap q, String why) {
        if (q.has("correct")) {
            problems.add(file, q.line("correct"), "no correct here: " + why);
        }
    }

    private void checkParts(String file, YamlMap q, String key, List<String> ids, String what) {
        if (ids.size() > MAX_PARTS) {
            problems.add(file, q.line(key), "at most " + MAX_PARTS + " " + what + ", not " + ids.size());
        }
    }

    private void fits(String file, YamlMap q, String key, int length) {
        if (length > STORED) {
            problems.add(file, q.line(key), "the ids are too long to store an answer (" + length + " characters, at most "
                    + STORED + "): use shorter ids");
        }
    }
}
