package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.ContentFiles;
import io.partneracademy.content.Problems;
import io.partneracademy.content.YamlMap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The definition file of a course or exam folder (course.yaml, exam.yaml): parsed, unknown keys reported,
 * and its id checked against the folder name.
 */
record FolderFile(String file, YamlMap yaml, @Nullable String id) {

    /** Null (with a problem) when the file is missing or not valid YAML. */
    @Nullable
    static FolderFile read(Path dir, String displayDir, String name, String what, Set<String> keys,
                           Problems problems) {
        String folderId = dir.getFileName().toString();
        String file = displayDir + "/" + name;
        Slugs.check(file, 1, what + " folder", folderId, problems);
        if (!Files.isRegularFile(dir.resolve(name))) {
            problems.add(file, 1, "missing " + name);
            return null;
        }
        YamlMap yaml = YamlMap.parse(file, ContentFiles.text(dir.resolve(name)), 0, problems);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(keys);
        String id = yaml.string("id", true);
        if (id != null && !id.equals(folderId)) {
            problems.add(file, yaml.line("id"), "id '" + id + "' must equal the folder name '" + folderId + "'");
        }
        return new FolderFile(file, yaml, id);
    }
}
