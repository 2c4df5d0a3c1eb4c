package io.partneracademy.content;

import io.micronaut.core.annotation.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML mapping that remembers the line of every key, so each problem can name its line. Reading a value
 * of the wrong shape reports a problem and yields null instead of throwing. Aliases and nesting are limited, so
 * an alias bomb or a deeply nested file is a problem at its line, not a busy or crashed server.
 */
public final class YamlMap {

    /** Authored files need no aliases; a few are allowed, far below what could multiply into a bomb. */
    public static final int MAX_ALIASES = 20;
    /** The deepest shipped file nests four collections; twenty leaves room without letting a file exhaust the stack. */
    public static final int MAX_DEPTH = 20;

    private final String file;
    private final int line;
    private final Map<String, NodeTuple> entries;
    private final Problems problems;
    private final int lineOffset;

    private YamlMap(String file, MappingNode node, Problems problems, int lineOffset) {
        this.file = file;
        this.problems = problems;
        this.lineOffset = lineOffset;
        this.line = node.getStartMark().getLine() + 1 + lineOffset;
        this.entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (entries.containsKey(key.getValue())) {
                    problems.add(file, lineOf(key), "duplicate key '" + key.getValue() + "'");
                }
                entries.put(key.getValue(), tuple);
            }
        }
    }

    /** Parses text as a mapping; null (with a problem) when it is not valid YAML, breaks a limit or is not a mapping. */
    @Nullable
    public static YamlMap parse(String file, String text, int lineOffset, Problems problems) {
        int otherBreak = otherLineBreak(text);
        if (otherBreak >= 0) {
            // The YAML reader counts these as line ends, so every line it reported after one would be off.
            problems.add(file, lineOfIndex(text, otherBreak) + lineOffset, String.format(
                    "line break U+%04X; save the file with LF (U+000A) line ends only", (int) text.charAt(otherBreak)));
            return null;
        }
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setNestingDepthLimit(MAX_DEPTH + 1);
            Yaml yaml = new Yaml(options);
            if (!withinLimits(file, yaml.parse(new StringReader(text)), lineOffset, problems)) {
                return null;
            }
            Node root = yaml.compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                return new YamlMap(file, mapping, problems, lineOffset);
            }
            problems.add(file, 1 + lineOffset, "expected a YAML mapping of keys to values");
        } catch (MarkedYAMLException e) {
            int at = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(file, at + lineOffset, "invalid YAML: " + e.getProblem());
        } catch (ReaderException e) {
            problems.add(file, lineOfCodePoint(text, e.getPosition()) + lineOffset, String.format(
                    "invalid YAML: character U+%04X is not allowed", e.getCodePoint()));
        } catch (YAMLException | IllegalArgumentException e) {
            problems.add(file, 1 + lineOffset, "invalid YAML: " + e.getMessage());
        }
        return null;
    }

    /** Walks the events once, before any node is built, and reports the first alias or nesting over the limits. */
    private static boolean withinLimits(String file, Iterable<Event> events, int lineOffset, Problems problems) {
        int aliases = 0;
        int depth = 0;
        for (Event event : events) {
            if (event instanceof AliasEvent && ++aliases > MAX_ALIASES) {
                problems.add(file, line(event.getStartMark()) + lineOffset, "more than " + MAX_ALIASES
                        + " YAML aliases (*name); write the values out instead");
                return false;
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                problems.add(file, line(event.getStartMark()) + lineOffset, "nested more than " + MAX_DEPTH
                        + " levels deep");
                return false;
            }
            if (event instanceof NodeEvent node && !validTag(node)) {
                problems.add(file, line(event.getStartMark()) + lineOffset, "invalid YAML tag '"
                        + tagOf(node) + "'");
                return false;
            }
            if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return true;
    }

    /** Whether the composer will accept the node's tag (it throws IllegalArgumentException on some, e.g. {@code !%0}). */
    private static boolean validTag(NodeEvent event) {
        String tag = tagOf(event);
        if (tag == null || tag.equals("!")) {
            return true;
        }
        try {
            new Tag(tag);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Nullable
    private static String tagOf(NodeEvent event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getTag();
        }
        return event instanceof CollectionStartEvent collection ? collection.getTag() : null;
    }

    private static int line(Mark mark) {
        return mark == null ? 1 : mark.getLine() + 1;
    }

    /** The index of the first line end other than LF or CR LF (a lone CR, NEL, LS or PS), or -1. */
    private static int otherLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean loneCr = c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (loneCr || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    private static int lineOfIndex(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int lineOfCodePoint(String text, int codePoints) {
        int end = text.offsetByCodePoints(0, Math.min(Math.max(codePoints, 0), text.codePointCount(0, text.length())));
        return (int) text.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
    }

    public int line() {
        return line;
    }

    /** The line of a key, or of the mapping when the key is absent. */
    public int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : lineOf(tuple.getKeyNode());
    }

    /** The keys, in the order written. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Whether the key holds a mapping (rather than a single value or a list), for keys that take either form. */
    public boolean holdsMapping(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof MappingNode;
    }

    public void rejectUnknownKeys(Set<String> allowed) {
        entries.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                problems.add(file, lineOf(tuple.getKeyNode()), "unknown key '" + key + "'");
            }
        });
    }

    /**
     * The required {@code id}, which must equal {@code expected}, the {@code what} it is named after ("file name",
     * "folder name"); null, with a problem at the id's line, when it is missing or differs: a mismatch would let two
     * files publish the same thing, so the caller checks the rest of the file but publishes nothing from it.
     */
    @Nullable
    public String id(String expected, String what) {
        String id = string("id", true);
        if (id != null && !id.equals(expected)) {
            problems.add(file, line("id"), "id '" + id + "' must equal the " + what + " '" + expected + "'");
            return null;
        }
        return id;
    }

    @Nullable
    public String string(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                problems.add(file, line, "missing " + key);
            }
            return null;
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.isEmpty() && required) {
                problems.add(file, lineOf(tuple.getKeyNode()), "missing " + key);
                return null;
            }
            return value;
        }
        problems.add(file, lineOf(tuple.getKeyNode()), key + " must be a single value");
        return null;
    }

    @Nullable
    public Integer integer(String key, boolean required) {
        String value = string(key, required);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(file, line(key), key + " must be a whole number, not '" + value + "'");
            return null;
        }
    }

    /** A list of single values; a single value is accepted as a list of one. */
    public List<String> strings(String key) {
        NodeTuple tuple = entries.get(key);
        List<String> result = new ArrayList<>();
        if (tuple == null || isNull(tuple.getValueNode())) {
            return result;
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            result.add(scalar.getValue().strip());
        } else if (tuple.getValueNode() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    result.add(scalar.getValue().strip());
                } else {
                    problems.add(file, lineOf(item), key + " must be a list of single values");
                }
            }
        } else {
            problems.add(file, lineOf(tuple.getKeyNode()), key + " must be a list");
        }
        return result;
    }

    /** The line of each item of a list, in order. */
    public List<Integer> itemLines(String key) {
        NodeTuple tuple = entries.get(key);
        List<Integer> lines = new ArrayList<>();
        if (tuple != null && tuple.getValueNode() instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> lines.add(lineOf(item)));
        }
        return lines;
    }

    @Nullable
    public YamlMap map(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return null;
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return new YamlMap(file, mapping, problems, lineOffset);
        }
        problems.add(file, lineOf(tuple.getKeyNode()), key + " must be a mapping");
        return null;
    }

    public List<YamlMap> maps(String key) {
        NodeTuple tuple = entries.get(key);
        List<YamlMap> result = new ArrayList<>();
        if (tuple == null || isNull(tuple.getValueNode())) {
            return result;
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    result.add(new YamlMap(file, mapping, problems, lineOffset));
                } else {
                    problems.add(file, lineOf(item), key + " must be a list of mappings");
                }
            }
        } else {
            problems.add(file, lineOf(tuple.getKeyNode()), key + " must be a list");
        }
        return result;
    }

    private int lineOf(Node node) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }
}
