package io.partneracademy.files;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Command line: {@code move} copies every file from the local folder ({@code PA_STORAGE_DIR}) to the configured
 * S3-compatible store ({@code PA_STORAGE_S3_*}) and removes each local file once its copy is verified;
 * {@code copy} keeps the local files. Needs no database; safe to run again after an interruption.
 */
public final class StorageCommand {

    private StorageCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !(args[0].equals("move") || args[0].equals("copy"))) {
            System.err.println("usage: StorageCommand move|copy   (from PA_STORAGE_DIR to PA_STORAGE_S3_BUCKET)");
            System.exit(2);
        }
        StorageSettings settings = settings();
        try (FileStorage from = new LocalFileStorage(settings.dir());
             FileStorage to = new S3FileStorage(settings.s3())) {
            StorageMove.Result result = StorageMove.run(from, to, args[0].equals("move"), System.out);
            System.out.printf("%s -> %s: %d copied, %d already there, %d removed from the folder, %d failed%n",
                    from.describe(), to.describe(), result.copied(), result.alreadyThere(), result.removed(),
                    result.failed().size());
            if (!result.failed().isEmpty()) {
                System.exit(1);
            }
        }
    }

    /** The storage settings from application.yml and the environment, without starting the application. */
    static StorageSettings settings() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            Environment env = context.getEnvironment().start();
            String p = "partneracademy.storage.";
            return new StorageSettings(StorageSettings.Kind.S3,
                    env.getProperty(p + "dir", Path.class).orElse(Path.of("data/uploads")),
                    new StorageSettings.S3(
                            env.getProperty(p + "s3.endpoint", String.class).orElse(null),
                            env.getProperty(p + "s3.region", String.class).orElse("us-east-1"),
                            env.getProperty(p + "s3.bucket", String.class).orElse(null),
                            env.getProperty(p + "s3.prefix", String.class).orElse(""),
                            env.getProperty(p + "s3.access-key", String.class).orElse(null),
                            env.getProperty(p + "s3.secret-key", String.class).orElse(null),
                            env.getProperty(p + "s3.path-style", Boolean.class).orElse(true),
                            env.getProperty(p + "s3.part-bytes", Integer.class).orElse(8 * 1024 * 1024)));
        }
    }
}
