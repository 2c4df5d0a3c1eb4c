package io.partneracademy.exams;

import java.util.List;

/**
 * A drawn paper as the JSON array {@link AttemptRepository#insertQuestions} reads with JSON_TABLE, so that all of an
 * attempt's questions are stored by one statement instead of one INSERT per question (30 round trips per start
 * for the Foundation exam, the largest share of a start when a bootcamp starts together; issue 22).
 */
final class PaperRows {

    private PaperRows() {
    }

    static String json(List<Draw.Drawn> paper) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < paper.size(); i++) {
            Draw.Drawn d = paper.get(i);
            out.append(i == 0 ? "" : ",").append("{\"p\":").append(i)
                    .append(",\"q\":").append(string(d.question().questionId()))
                    .append(",\"s\":").append(string(d.question().section()))
                    .append(",\"o\":").append(string(String.join(",", d.optionOrder()))).append('}');
        }
        return out.append(']').toString();
    }

    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
