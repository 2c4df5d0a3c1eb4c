package io.partneracademy.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files in a folder, one per key (a key's slashes are sub-folders). A file is written under a temporary name and
 * renamed into place only when the stream ended normally, so readers never see half a file and a refused or
 * aborted upload leaves nothing behind.
 */
final class LocalFileStorage implements FileStorage {

    private static final String PARTIAL = ".part-";

    private final Path root;

    LocalFileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public long write(String key, InputStream in) throws IOException {
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL + UUID.randomUUID());
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                size = in.transferTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return size;
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    @Override
    public Optional<Long> size(String key) {
        Path file = path(key);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.size(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream read(String key, long offset, long length) throws IOException {
        FileChannel channel = FileChannel.open(path(key), StandardOpenOption.READ);
        channel.position(offset);
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + key + " in " + describe(), e);
        }
    }

    @Override
    public Stream<String> keys() throws IOException {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        return Files.walk(root)
                .filter(Files::isRegularFile)
                .map(p -> root.relativize(p).toString().replace('\\', '/'))
                .filter(k -> !k.contains(PARTIAL))
                .filter(LocalFileStorage::isKey);
    }

    @Override
    public String describe() {
        return "folder " + root;
    }

    private Path path(String key) {
        return root.resolve(FileStorage.checkKey(key));
    }

    private static boolean isKey(String candidate) {
        try {
            FileStorage.checkKey(candidate);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
