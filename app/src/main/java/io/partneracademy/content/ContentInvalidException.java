package io.partneracademy.content;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

import java.util.List;

/** The content tree has problems; nothing was imported. */
public class ContentInvalidException extends ApplicationException {

    private final transient List<ContentProblem> problems;

    public ContentInvalidException(List<ContentProblem> problems) {
        super("content.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
