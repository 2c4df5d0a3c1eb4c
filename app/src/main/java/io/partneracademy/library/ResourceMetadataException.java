package io.partneracademy.library;

import io.partneracademy.web.InvalidInputException;

import java.util.List;

/** A resource's metadata (uploaded or in a resource.yaml) breaks rules; lists each problem with its property. */
public class ResourceMetadataException extends InvalidInputException {

    private final transient List<Problem> problems;

    ResourceMetadataException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One broken rule: the metadata property ({@code title}, {@code type}, {@code id}…) and the message key. */
    public record Problem(String property, String messageKey) {
    }
}
