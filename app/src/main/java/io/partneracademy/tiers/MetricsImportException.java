package io.partneracademy.tiers;

import java.util.List;

/** A metrics CSV that cannot be imported; every problem found, by line. Nothing was recorded. */
class MetricsImportException extends RuntimeException {

    /** One problem: the line, a message key and its arguments. */
    record LineError(int line, String key, List<Object> args) {

        /** The key's arguments with the line number first, as the messages expect. */
        public Object[] params() {
            Object[] params = new Object[args.size() + 1];
            params[0] = line;
            for (int i = 0; i < args.size(); i++) {
                params[i + 1] = args.get(i);
            }
            return params;
        }
    }

    private final List<LineError> errors;

    MetricsImportException(List<LineError> errors) {
        super(errors.size() + " problems in the metrics CSV");
        this.errors = List.copyOf(errors);
    }

    List<LineError> errors() {
        return errors;
    }
}
