package io.partneracademy.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Moves every file from one store to another (the local folder to the object store when a second node is added).
 * Each file is copied, its size in the target checked, and only then removed from the source; a file already in
 * the target with the same size is not copied again, so an interrupted move is simply run again.
 */
final class StorageMove {

    /** What a move did. */
    record Result(int copied, int alreadyThere, int removed, List<String> failed) {
    }

    private StorageMove() {
    }

    static Result run(FileStorage from, FileStorage to, boolean removeFromSource, PrintStream log) throws IOException {
        int copied = 0;
        int already = 0;
        int removed = 0;
        List<String> failed = new java.util.ArrayList<>();
        List<String> keys;
        try (Stream<String> all = from.keys()) {
            keys = all.sorted().toList();
        }
        for (String key : keys) {
            long size = from.size(key).orElse(-1L);
            Optional<Long> there = to.size(key);
            if (there.isPresent() && there.get() == size) {
                already++;
            } else {
                try (InputStream in = from.read(key, 0, size)) {
                    to.write(key, in);
                }
                if (to.size(key).orElse(-2L) != size) {
                    failed.add(key);
                    log.println("FAILED " + key + ": the copy in " + to.describe() + " has another size; kept");
                    continue;
                }
                copied++;
            }
            if (removeFromSource) {
                from.delete(key);
                removed++;
            }
        }
        return new Result(copied, already, removed, failed);
    }
}
