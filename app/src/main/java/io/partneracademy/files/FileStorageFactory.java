package io.partneracademy.files;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the one {@link FileStorage} the configuration asks for. */
@Factory
class FileStorageFactory {

    private static final Logger LOG = LoggerFactory.getLogger(FileStorageFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    FileStorage fileStorage(StorageSettings settings) {
        FileStorage storage = create(settings);
        LOG.info("Files are stored in {}", storage.describe());
        return storage;
    }

    static FileStorage create(StorageSettings settings) {
        return switch (settings.kind()) {
            case LOCAL -> new LocalFileStorage(settings.dir());
            case S3 -> new S3FileStorage(settings.s3());
        };
    }
}
