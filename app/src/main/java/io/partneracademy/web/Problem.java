package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem body, sent to clients that asked for JSON. */
@Serdeable
public record Problem(String type, String title, int status, String detail, String instance,
                      @Nullable List<String> errors) {
}
