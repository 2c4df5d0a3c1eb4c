package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.exams.ExamSpec;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a text entry whose response is a number ({@code float} or {@code integer}) as a numerical short-text
 * question: each {@code qti-equal} of the response processing is an accepted number with its absolute tolerance (the
 * form we export), each {@code qti-match} against a number an exact one; without either, the correct response's
 * values are accepted exactly. A tolerance our grader cannot hold (relative, different below and above, or with an
 * excluded bound) is a problem at its element, never rounded into something else.
 */
final class QtiNumbers {

    private QtiNumbers() {
    }

    static @Nullable ExamSpec.Question read(QtiItemReader reader, String id, String stem, Element itemRoot,
                                            Element declaration, List<String> correct) {
        String responseId = declaration.getAttribute("identifier");
        Element rp = QtiXml.child(itemRoot, "qti-response-processing");
        List<ExamSpec.Accepted> accepted = new ArrayList<>();
        boolean valid = true;
        for (Element e : rp == null ? List.<Element>of() : QtiXml.descendants(rp, null)) {
            boolean equal = "qti-equal".equals(e.getLocalName());
            if (!equal && !"qti-match".equals(e.getLocalName()) || !QtiKeys.refersTo(e, responseId)) {
                continue;
            }
            Element base = QtiXml.child(e, "qti-base-value");
            if (base == null) {
                continue;
            }
            BigDecimal number = number(reader, base, id, base.getTextContent());
            BigDecimal tolerance = equal ? tolerance(reader, e, id) : BigDecimal.ZERO;
            valid &= number != null && tolerance != null;
            if (number != null && tolerance != null) {
                accepted.add(new ExamSpec.Accepted(number.toPlainString(), false, tolerance));
            }
        }
        if (accepted.isEmpty() && valid) {
            for (String value : correct) {
                BigDecimal number = number(reader, declaration, id, value);
                valid &= number != null;
                if (number != null) {
                    accepted.add(new ExamSpec.Accepted(number.toPlainString(), false, BigDecimal.ZERO));
                }
            }
        }
        if (!valid) {
            return null;
        }
        if (accepted.isEmpty()) {
            reader.problem(declaration, "item '" + id + "' accepts no number (no qti-correct-response and no"
                    + " qti-equal or qti-match on " + responseId + ")");
            return null;
        }
        ExamSpec.Item item = new ExamSpec.Item(List.of(), List.of(), Map.of(), accepted, false, null, null, 0);
        return new ExamSpec.Question(id, "", ExamSpec.Difficulty.MEDIUM, ExamSpec.Type.SHORT_TEXT, stem, List.of(),
                Set.of(), "", item);
    }

    private static @Nullable BigDecimal number(QtiItemReader reader, Element where, String id, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            reader.problem(where, "item '" + id + "': '" + text.strip() + "' is not a number");
            return null;
        }
    }

    /** The absolute tolerance of a {@code qti-equal}: 0 in exact mode; null with a problem when ours cannot hold it. */
    private static @Nullable BigDecimal tolerance(QtiItemReader reader, Element equal, String id) {
        String mode = equal.getAttribute("tolerance-mode");
        if (mode.isEmpty() || mode.equals("exact")) {
            return BigDecimal.ZERO;
        }
        if (!mode.equals("absolute")) {
            reader.problem(equal, "item '" + id + "': tolerance-mode '" + mode + "' is not supported (a number"
                    + " answer has an absolute tolerance: tolerance-mode 'absolute' or 'exact')");
            return null;
        }
        if ("false".equals(equal.getAttribute("include-lower-bound"))
                || "false".equals(equal.getAttribute("include-upper-bound"))) {
            reader.problem(equal, "item '" + id + "': a tolerance that excludes its bounds is not supported (a"
                    + " number answer accepts both ends of its tolerance)");
            return null;
        }
        String[] parts = equal.getAttribute("tolerance").strip().split("\\s+");
        BigDecimal below = parts[0].isEmpty() ? null : number(reader, equal, id, parts[0]);
        BigDecimal above = parts.length > 1 ? number(reader, equal, id, parts[1]) : below;
        if (below == null || above == null) {
            if (parts[0].isEmpty()) {
                reader.problem(equal, "item '" + id + "': tolerance-mode 'absolute' without a tolerance");
            }
            return null;
        }
        if (parts.length > 2 || below.compareTo(above) != 0 || below.signum() < 0) {
            reader.problem(equal, "item '" + id + "': the tolerance '" + equal.getAttribute("tolerance")
                    + "' is not supported (a number answer has one tolerance of 0 or more, the same below and above)");
            return null;
        }
        return below;
    }
}
