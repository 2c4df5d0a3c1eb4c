package io.partneracademy.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The explanation of an imported GIFT question: its general feedback, followed by every answer's feedback as a
 * Markdown list, so no feedback written in the file is lost.
 */
final class Explanation {

    private final String general;
    private final List<String> items = new ArrayList<>();

    Explanation(String general) {
        this.general = general == null ? "" : general;
    }

    void add(String answer, String feedback) {
        if (!feedback.isEmpty()) {
            items.add("- " + answer + ": " + feedback);
        }
    }

    boolean isEmpty() {
        return general.isEmpty() && items.isEmpty();
    }

    String text() {
        String list = String.join("\n", items);
        return general.isEmpty() ? list : list.isEmpty() ? general : general + "\n\n" + list;
    }
}
