package io.partneracademy.content;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a whole tree is read, so an author sees all of them at once. */
public final class Problems {

    private final List<ContentProblem> list = new ArrayList<>();

    public void add(String file, int line, String message) {
        list.add(new ContentProblem(file, line, message));
    }

    /** How many problems were found so far. */
    public int count() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<ContentProblem> sorted() {
        return list.stream().sorted().toList();
    }
}
