package io.partneracademy.labs;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/** Where uploaded lab artifacts are kept (files on disk; their metadata in MySQL). */
@ConfigurationProperties("partneracademy.labs")
public record LabSettings(@Bindable(defaultValue = "data/uploads") Path uploadDir) {
}
