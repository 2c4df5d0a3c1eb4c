package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;
import io.partneracademy.labs.LabTrackSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code labs/<id>.yaml}: a lab track, its tasks and their checks. */
final class LabReader {

    private static final Set<String> KEYS = Set.of("id", "title", "summary", "path", "ordering", "tasks");
    private static final Set<String> TASK_KEYS = Set.of("id", "title", "instructions", "hints", "check");

    private final Problems problems;
    private final CheckReader checks;
    private final List<Source> sources = new ArrayList<>();

    LabReader(Problems problems) {
        this.problems = problems;
        this.checks = new CheckReader(problems);
    }

    /** Where a track came from, to report path references at the right line. */
    record Source(String file, int pathLine, LabTrackSpec spec) {
    }

    @Nullable
    LabTrackSpec read(String file, String fileId, String text) {
        YamlMap yaml = YamlMap.parse(file, text, 0, problems);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(KEYS);
        String id = yaml.id(fileId, "file name");
        String title = yaml.string("title", true);
        String summary = yaml.string("summary", true);
        String path = yaml.string("path", true);
        LabTrackSpec.Ordering ordering = ordering(file, yaml);
        List<LabTrackSpec.TaskSpec> tasks = tasks(file, yaml);
        if (id == null || title == null || summary == null || path == null || ordering == null || tasks == null) {
            return null;
        }
        LabTrackSpec spec = new LabTrackSpec(id, title, summary, path, ordering, tasks);
        sources.add(new Source(file, yaml.line("path"), spec));
        return spec;
    }

    /** Checks that each track's path exists and lists the track. */
    void checkPaths(Set<String> pathIds, java.util.Map<String, List<String>> labsByPath) {
        for (Source source : sources) {
            String pathId = source.spec().pathId();
            if (!pathIds.contains(pathId)) {
                problems.add(source.file(), source.pathLine(), "unknown path '" + pathId + "'");
            } else if (!labsByPath.getOrDefault(pathId, List.of()).contains(source.spec().id())) {
                problems.add(source.file(), source.pathLine(), "path '" + pathId + "' does not list this track under labs");
            }
        }
    }

    @Nullable
    private LabTrackSpec.Ordering ordering(String file, YamlMap yaml) {
        String value = yaml.has("ordering") ? yaml.string("ordering", true) : "sequence";
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "sequence" -> LabTrackSpec.Ordering.SEQUENCE;
            case "any" -> LabTrackSpec.Ordering.ANY;
            default -> {
                problems.add(file, yaml.line("ordering"), "unknown ordering '" + value + "' (use sequence or any)");
                yield null;
            }
        };
    }

    @Nullable
    private List<LabTrackSpec.TaskSpec> tasks(String file, YamlMap yaml) {
        List<YamlMap> maps = yaml.maps("tasks");
        if (maps.isEmpty()) {
            problems.add(file, yaml.line("tasks"), "a lab track needs at least one task");
        }
        List<LabTrackSpec.TaskSpec> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean complete = !maps.isEmpty();
        for (YamlMap task : maps) {
            task.rejectUnknownKeys(TASK_KEYS);
            String id = task.string("id", true);
            if (id != null) {
                Slugs.check(file, task.line("id"), "task id", id, problems);
                if (!ids.add(id)) {
                    problems.add(file, task.line("id"), "duplicate id: task '" + id + "'");
                }
            }
            String title = task.string("title", true);
            String instructions = task.string("instructions", true);
            List<String> hints = task.strings("hints");
            LabTrackSpec.Check check = checks.read(file, task);
            if (id == null || title == null || instructions == null || check == null) {
                complete = false;
                continue;
            }
            tasks.add(new LabTrackSpec.TaskSpec(id, title, instructions, hints, check));
        }
        return complete ? tasks : null;
    }
}
