package io.partneracademy.authoring;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a whole tree is read, so an author sees all of them at once. */
final class Problems {

    private final List<ContentProblem> list = new ArrayList<>();

    void add(String file, int line, String message) {
        list.add(new ContentProblem(file, line, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<ContentProblem> sorted() {
        return list.stream().sorted().toList();
    }
}
