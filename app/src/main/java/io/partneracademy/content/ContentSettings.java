package io.partneracademy.content;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/** Where the content/ and exams/ folders are, and whether the server imports them when it starts. */
@ConfigurationProperties("partneracademy.content")
public record ContentSettings(@Bindable(defaultValue = "content") Path dir,
                              @Bindable(defaultValue = "exams") Path examsDir,
                              @Bindable(defaultValue = "true") boolean importOnStartup) {
}
