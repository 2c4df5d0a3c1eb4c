package io.partneracademy.authoring;

import io.partneracademy.catalog.PathSpec;
import io.partneracademy.catalog.PathTranslation;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.labs.LabTrackSpec;
import io.partneracademy.labs.LabTranslation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the translations beside path and lab track files: {@code paths/<id>.<lang>.yaml} (title, description) and
 * {@code labs/<id>.<lang>.yaml} (title, summary, task texts), each naming the fingerprint of the source text it was
 * made from. Paths and lab tracks are written in English. A tag that is not valid BCP 47, a translation into English,
 * a missing source file, a task the source does not have or a source task left out is a {@code file:line} problem.
 */
final class SideTranslationReader {

    /** {@code foundation.ja.yaml}: the source's id, then the tag. */
    static final Pattern FILE = Pattern.compile("([^./]+)\\.([^./]+)\\.yaml");
    /** The language paths and lab tracks are written in. */
    static final String SOURCE_LANGUAGE = "en";
    private static final Set<String> PATH_KEYS = Set.of("title", "description", "source");
    private static final Set<String> LAB_KEYS = Set.of("title", "summary", "source", "tasks");
    private static final Set<String> TASK_KEYS = Set.of("id", "title", "instructions", "hints");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{" + SourceFingerprint.LENGTH + "}");

    private final Problems problems;

    SideTranslationReader(Problems problems) {
        this.problems = problems;
    }

    /** True for a translation's file name, which the path and lab readers leave alone. */
    static boolean isTranslation(Path file) {
        return FILE.matcher(file.getFileName().toString()).matches();
    }

    /** Every path translation in {@code files}, by path id; problems for those whose path is not in {@code paths}. */
    Map<String, List<PathTranslation>> paths(List<Path> files, List<PathSpec> paths) {
        Map<String, PathSpec> byId = new TreeMap<>();
        paths.forEach(p -> byId.put(p.id(), p));
        Map<String, List<PathTranslation>> read = new TreeMap<>();
        for (Path file : files) {
            Matcher name = FILE.matcher(file.getFileName().toString());
            String display = "paths/" + file.getFileName();
            YamlMap yaml = open(file, display, name, "paths", byId.keySet());
            if (yaml == null) {
                continue;
            }
            yaml.rejectUnknownKeys(PATH_KEYS);
            String title = yaml.string("title", true);
            String description = yaml.string("description", true);
            String source = source(display, yaml);
            if (title != null && description != null && source != null) {
                read.computeIfAbsent(name.group(1), k -> new ArrayList<>())
                        .add(new PathTranslation(name.group(2), title, description, source));
            }
        }
        return read;
    }

    /** Every lab track translation in {@code files}, by track id, checked against the tracks read. */
    Map<String, List<LabTranslation>> labs(List<Path> files, List<LabTrackSpec> labs) {
        Map<String, LabTrackSpec> byId = new TreeMap<>();
        labs.forEach(l -> byId.put(l.id(), l));
        Map<String, List<LabTranslation>> read = new TreeMap<>();
        for (Path file : files) {
            Matcher name = FILE.matcher(file.getFileName().toString());
            String display = "labs/" + file.getFileName();
            YamlMap yaml = open(file, display, name, "labs", byId.keySet());
            if (yaml == null) {
                continue;
            }
            yaml.rejectUnknownKeys(LAB_KEYS);
            String title = yaml.string("title", true);
            String summary = yaml.string("summary", true);
            String source = source(display, yaml);
            Set<String> taskIds = new java.util.HashSet<>();
            byId.get(name.group(1)).tasks().forEach(t -> taskIds.add(t.id()));
            List<LabTranslation.Task> tasks = new ArrayList<>();
            for (YamlMap task : yaml.maps("tasks")) {
                task.rejectUnknownKeys(TASK_KEYS);
                String id = task.string("id", true);
                String taskTitle = task.string("title", true);
                String instructions = task.string("instructions", true);
                if (id != null && !taskIds.contains(id)) {
                    problems.add(display, task.line("id"), "missing source: the lab track has no task '" + id + "'");
                } else if (id != null && taskTitle != null && instructions != null) {
                    tasks.add(new LabTranslation.Task(id, taskTitle, instructions, task.strings("hints")));
                }
            }
            // Every task or none: a page shows one language for the whole track.
            Set<String> translated = new java.util.HashSet<>();
            yaml.maps("tasks").forEach(t -> translated.add(t.string("id", false)));
            byId.get(name.group(1)).tasks().stream().map(LabTrackSpec.TaskSpec::id)
                    .filter(id -> !translated.contains(id)).forEach(id -> problems.add(display,
                            yaml.has("tasks") ? yaml.line("tasks") : 1, "task '" + id
                                    + "' is not translated: a lab track translation covers every task"));
            if (title != null && summary != null && source != null) {
                read.computeIfAbsent(name.group(1), k -> new ArrayList<>())
                        .add(new LabTranslation(name.group(2), title, summary, source, tasks));
            }
        }
        return read;
    }

    /** The file's YAML when its tag is a valid non-English BCP 47 tag and its source exists; else a problem. */
    private YamlMap open(Path file, String display, Matcher name, String folder, Set<String> sources) {
        if (!name.matches()) {
            return null;
        }
        String tag = name.group(2);
        java.util.Optional<String> refused = TranslationLanguage.problem(tag, SOURCE_LANGUAGE,
                "the source's own language (" + folder + " are written in English)");
        if (refused.isPresent()) {
            problems.add(display, 1, refused.get());
            return null;
        }
        if (!sources.contains(name.group(1))) {
            problems.add(display, 1, "missing source: there is no " + folder + "/" + name.group(1) + ".yaml");
            return null;
        }
        String text = ContentFiles.text(file, display, problems);
        return text == null ? null : YamlMap.parse(display, text, 0, problems);
    }

    private String source(String file, YamlMap yaml) {
        String source = yaml.string("source", true);
        if (source != null && !FINGERPRINT.matcher(source).matches()) {
            problems.add(file, yaml.line("source"), "source must be the " + SourceFingerprint.LENGTH
                    + " hex digits of the source's fingerprint (the import logs it for each outdated translation), not '"
                    + source + "'");
            return null;
        }
        return source;
    }
}
