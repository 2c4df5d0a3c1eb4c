package io.partneracademy.authoring;

import io.partneracademy.catalog.Level;
import io.partneracademy.catalog.PathSpec;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code paths/<id>.yaml} files and checks their references once all courses are known. */
final class PathReader {

    private static final Set<String> KEYS = Set.of("id", "title", "level", "description", "prerequisite", "courses",
            "labs", "exam", "validity-months", "live-sessions", "live-sessions-or-recording");

    private final Problems problems;
    private final Map<String, YamlMap> sources = new HashMap<>();
    private final Map<String, String> files = new HashMap<>();

    PathReader(Problems problems) {
        this.problems = problems;
    }

    PathSpec read(String file, String fileId, String text) {
        YamlMap yaml = YamlMap.parse(file, text, 0, problems);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(KEYS);
        String id = yaml.id(fileId, "file name");
        String title = yaml.string("title", true);
        Level level = level(file, yaml);
        Integer validity = yaml.integer("validity-months", true);
        if (validity != null && (validity < 1 || validity > 120)) {
            problems.add(file, yaml.line("validity-months"), "validity-months must be between 1 and 120");
        }
        List<String> courses = yaml.strings("courses");
        if (courses.isEmpty()) {
            problems.add(file, yaml.line("courses"), "a path needs at least one required course");
        }
        sources.put(fileId, yaml);
        files.put(fileId, file);
        String description = yaml.string("description", true);
        if (id == null || title == null || level == null || validity == null || description == null) {
            return null;
        }
        return new PathSpec(id, title, level, description, yaml.string("prerequisite", false), courses,
                yaml.strings("labs"), yaml.string("exam", false), validity, yaml.strings("live-sessions"),
                yaml.strings("live-sessions-or-recording"));
    }

    private Level level(String file, YamlMap yaml) {
        String level = yaml.string("level", true);
        if (level == null) {
            return null;
        }
        try {
            return Level.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(file, yaml.line("level"), "unknown level '" + level
                    + "' (use FOUNDATION, PRACTITIONER, ARCHITECT or SPECIALIZATION)");
            return null;
        }
    }

    /** Checks courses and prerequisites against what the tree contains, including prerequisite cycles. */
    void checkReferences(List<PathSpec> paths, Set<String> courseIds) {
        Map<String, PathSpec> byId = new HashMap<>();
        paths.forEach(p -> byId.put(p.id(), p));
        for (PathSpec path : paths) {
            YamlMap yaml = sources.get(path.id());
            String file = files.get(path.id());
            List<Integer> lines = yaml.itemLines("courses");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < path.courses().size(); i++) {
                String course = path.courses().get(i);
                int line = i < lines.size() ? lines.get(i) : yaml.line("courses");
                if (!seen.add(course)) {
                    problems.add(file, line, "duplicate id: course '" + course + "' is listed twice");
                } else if (!courseIds.contains(course)) {
                    problems.add(file, line, "unknown course '" + course + "'");
                }
            }
            checkLive(yaml, file, "live-sessions", path.liveSessions(), courseIds);
            checkLive(yaml, file, "live-sessions-or-recording", path.liveOrRecording(), courseIds);
            checkPrerequisite(path, byId, file, yaml.line("prerequisite"));
        }
    }

    private void checkLive(YamlMap yaml, String file, String key, List<String> listed, Set<String> courseIds) {
        List<Integer> lines = yaml.itemLines(key);
        for (int i = 0; i < listed.size(); i++) {
            String course = listed.get(i);
            if (!courseIds.contains(course)) {
                problems.add(file, i < lines.size() ? lines.get(i) : yaml.line(key),
                        "unknown course '" + course + "' in " + key);
            }
        }
    }

    /** Checks that every lab track a path lists exists in labs/ (each problem at the item's line). */
    void checkLabs(List<PathSpec> paths, Set<String> labIds) {
        for (PathSpec path : paths) {
            YamlMap yaml = sources.get(path.id());
            String file = files.get(path.id());
            List<Integer> lines = yaml.itemLines("labs");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < path.labs().size(); i++) {
                String lab = path.labs().get(i);
                int line = i < lines.size() ? lines.get(i) : yaml.line("labs");
                if (!seen.add(lab)) {
                    problems.add(file, line, "duplicate id: lab track '" + lab + "' is listed twice");
                } else if (!labIds.contains(lab)) {
                    problems.add(file, line, "unknown lab track '" + lab + "'");
                }
            }
        }
    }

    private void checkPrerequisite(PathSpec path, Map<String, PathSpec> byId, String file, int line) {
        if (path.prerequisite() == null) {
            if (path.level() == Level.SPECIALIZATION) {
                problems.add(file, line, "a specialization needs a prerequisite: the level path it builds on (e.g. practitioner)");
            }
            return;
        }
        PathSpec before = byId.get(path.prerequisite());
        if (path.level() == Level.SPECIALIZATION && before != null && !before.level().isRung()) {
            problems.add(file, line, "a specialization's prerequisite must be a level path (FOUNDATION, PRACTITIONER or "
                    + "ARCHITECT), not the specialization '" + path.prerequisite() + "'");
            return;
        }
        if (!byId.containsKey(path.prerequisite())) {
            if (!files.containsKey(path.prerequisite())) {
                problems.add(file, line, "unknown prerequisite path '" + path.prerequisite() + "'");
            }
            return; // a path file with problems of its own is reported there, not here again
        }
        StringBuilder chain = new StringBuilder(path.id());
        String next = path.prerequisite();
        for (int steps = 0; next != null && steps <= byId.size(); steps++) {
            chain.append(" → ").append(next);
            if (next.equals(path.id())) {
                problems.add(file, line, "cyclic prerequisite: " + chain);
                return;
            }
            PathSpec p = byId.get(next);
            next = p == null ? null : p.prerequisite();
        }
    }
}
