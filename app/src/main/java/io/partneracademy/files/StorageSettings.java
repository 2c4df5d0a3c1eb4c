package io.partneracademy.files;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * Which file store the node uses: {@code local} (a folder, the default, for one node or a shared mount) or
 * {@code s3} (an S3-compatible object store shared by every node).
 */
@ConfigurationProperties("partneracademy.storage")
public record StorageSettings(@Bindable(defaultValue = "local") Kind kind,
                              @Bindable(defaultValue = "data/uploads") Path dir,
                              S3 s3) {

    /** The two implementations. */
    public enum Kind { LOCAL, S3 }

    /** Where the object store is; access keys may also come from the SDK's usual chain (environment, profile). */
    @ConfigurationProperties("s3")
    public record S3(@Nullable String endpoint,
                     @Bindable(defaultValue = "us-east-1") String region,
                     @Nullable String bucket,
                     @Bindable(defaultValue = "") String prefix,
                     @Nullable String accessKey,
                     @Nullable String secretKey,
                     @Bindable(defaultValue = "true") boolean pathStyle,
                     @Bindable(defaultValue = "8388608") int partBytes) {
    }
}
