package io.partneracademy.files;

import io.partneracademy.support.S3Server;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both file stores keep the same promises: the local folder, and S3 against a real S3-compatible server. */
class FileStorageTest {

    private static final int PART = 5 * 1024 * 1024;

    static Stream<String> kinds() {
        return Stream.of("local", "s3");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aStoredFileReadsBackWholeAndByRange(String kind) throws IOException {
        try (FileStorage storage = storage(kind)) {
            byte[] bytes = random(300_000);

            long size = storage.write("labs/abc123", new ByteArrayInputStream(bytes));

            assertThat(size).isEqualTo(bytes.length);
            assertThat(storage.size("labs/abc123")).contains((long) bytes.length);
            assertThat(read(storage, "labs/abc123", 0, bytes.length)).isEqualTo(bytes);
            assertThat(read(storage, "labs/abc123", 1000, 10))
                    .isEqualTo(java.util.Arrays.copyOfRange(bytes, 1000, 1010));
            assertThat(storage.size("labs/missing")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFileLargerThanOnePartIsStoredInPartsAndReadsBack(String kind) throws IOException {
        try (FileStorage storage = storage(kind)) {
            byte[] bytes = random(2 * PART + 12_345);

            storage.write("big", new ByteArrayInputStream(bytes));

            assertThat(storage.size("big")).contains((long) bytes.length);
            assertThat(read(storage, "big", PART - 5, 10))
                    .isEqualTo(java.util.Arrays.copyOfRange(bytes, PART - 5, PART + 5));
            assertThat(read(storage, "big", 0, bytes.length)).isEqualTo(bytes);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anUploadThatFailsLeavesNothingBehindSmallOrInParts(String kind) throws IOException {
        try (FileStorage storage = storage(kind)) {
            InputStream small = failingAfter(1_000);
            InputStream large = failingAfter(PART + PART / 2);

            assertThatThrownBy(() -> storage.write("small", small)).hasMessage("client went away");
            assertThatThrownBy(() -> storage.write("large", large)).hasMessage("client went away");

            assertThat(storage.size("small")).isEmpty();
            assertThat(storage.size("large")).isEmpty();
            try (Stream<String> keys = storage.keys()) {
                assertThat(keys).isEmpty();
            }
            assertThat(leftovers(kind, storage)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void keysListsWhatIsStoredAndDeleteRemovesIt(String kind) throws IOException {
        try (FileStorage storage = storage(kind)) {
            storage.write("a1", new ByteArrayInputStream(new byte[]{1}));
            storage.write("labs/b2", new ByteArrayInputStream(new byte[]{2}));

            storage.delete("a1");
            storage.delete("never-there");

            try (Stream<String> keys = storage.keys()) {
                assertThat(keys).containsExactly("labs/b2");
            }
        }
    }

    @Test
    void keysThatCouldLeaveTheStoreAreRefused() {
        FileStorage storage = new LocalFileStorage(tempDir());

        assertThatThrownBy(() -> storage.size("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete("/abs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.write("a/../../b", InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMoveCommandCopiesEveryFileChecksItAndEmptiesTheFolderAndCanRunAgain() throws IOException {
        Path dir = tempDir();
        LocalFileStorage folder = new LocalFileStorage(dir);
        byte[] big = random(PART + 1);
        folder.write("0123abcd", new ByteArrayInputStream("first".getBytes(StandardCharsets.UTF_8)));
        folder.write("labs/ffff", new ByteArrayInputStream(big));
        Files.writeString(dir.resolve("stray.part-123"), "an interrupted upload");
        try (FileStorage s3 = s3()) {
            s3.write("0123abcd", new ByteArrayInputStream("first".getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream log = new ByteArrayOutputStream();

            StorageMove.Result first = StorageMove.run(folder, s3, true, new PrintStream(log));
            StorageMove.Result again = StorageMove.run(folder, s3, true, new PrintStream(log));

            assertThat(first.copied()).isEqualTo(1);
            assertThat(first.alreadyThere()).isEqualTo(1);
            assertThat(first.removed()).isEqualTo(2);
            assertThat(first.failed()).isEmpty();
            assertThat(again).isEqualTo(new StorageMove.Result(0, 0, 0, List.of()));
            assertThat(read(s3, "labs/ffff", 0, big.length)).isEqualTo(big);
            assertThat(read(s3, "0123abcd", 0, 5)).isEqualTo("first".getBytes(StandardCharsets.UTF_8));
            try (Stream<String> left = folder.keys()) {
                assertThat(left).isEmpty();
            }
        }
    }

    private static FileStorage storage(String kind) {
        return kind.equals("local") ? new LocalFileStorage(tempDir()) : s3();
    }

    /** A fresh prefix in the test bucket, so every test sees an empty store. */
    private static S3FileStorage s3() {
        return new S3FileStorage(new StorageSettings.S3(S3Server.endpoint(), "us-east-1", S3Server.BUCKET,
                "t-" + UUID.randomUUID(), S3Server.ACCESS_KEY, S3Server.SECRET_KEY, true, PART));
    }

    /** Temporary files in the folder, or multipart uploads the object store still holds. */
    private static List<String> leftovers(String kind, FileStorage storage) throws IOException {
        if (kind.equals("local")) {
            Path root = Path.of(storage.describe().substring("folder ".length()));
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile).map(Path::toString).toList();
            }
        }
        String prefix = storage.describe().substring(("s3://" + S3Server.BUCKET + "/").length());
        try (S3Client client = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(S3Server.endpoint())).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3Server.ACCESS_KEY, S3Server.SECRET_KEY))).build()) {
            return client.listMultipartUploads(b -> b.bucket(S3Server.BUCKET).prefix(prefix)).uploads().stream()
                    .map(u -> u.key()).toList();
        }
    }

    private static byte[] read(FileStorage storage, String key, long offset, long length) throws IOException {
        try (InputStream in = storage.read(key, offset, length)) {
            return in.readAllBytes();
        }
    }

    private static InputStream failingAfter(int bytes) {
        return new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ >= bytes) {
                    throw new IOException("client went away");
                }
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (sent >= bytes) {
                    throw new IOException("client went away");
                }
                int n = Math.min(len, bytes - sent);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                sent += n;
                return n;
            }
        };
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("pa-files-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
