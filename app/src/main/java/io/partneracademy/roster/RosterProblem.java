package io.partneracademy.roster;

import java.util.List;

/**
 * One thing wrong with a roster file: the line it is on (0 for the file as a whole), a message key under
 * {@code roster.error.} and the values the message names.
 */
public record RosterProblem(int line, String key, List<Object> args) {

    static RosterProblem at(int line, String key, Object... args) {
        return new RosterProblem(line, key, List.of(args));
    }

    /** The arguments as an array, for Thymeleaf's {@code #messages.msgWithParams}. */
    public Object[] argArray() {
        return args.toArray();
    }
}
