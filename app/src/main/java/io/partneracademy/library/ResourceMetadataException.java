package io.partneracademy.library;

import io.partneracademy.web.InvalidPartsException;

import java.util.List;

/**
 * A resource's metadata (uploaded or in a resource.yaml) breaks rules; each problem names its metadata property
 * ({@code title}, {@code type}, {@code id}…), the same names an upload form and a resource.yaml use.
 */
public class ResourceMetadataException extends InvalidPartsException {

    ResourceMetadataException(List<Problem> problems) {
        super(problems);
    }
}
