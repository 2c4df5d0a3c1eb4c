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

    /** Null (with a problem) when the file is missing, not valid YAML; the id is null when missing or not the folder name. */
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
        String text = ContentFiles.text(dir.resolve(name), file, problems);
        YamlMap yaml = text == null ? null : YamlMap.parse(file, text, 0, problems);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(keys);
        // with no id (missing or not the folder name) the caller checks the rest of the folder but returns nothing
        return new FolderFile(file, yaml, yaml.id(folderId, "folder name"));
    }
}
