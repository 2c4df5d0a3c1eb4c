package io.partneracademy.authoring;

import io.partneracademy.content.Problems;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.List;
import java.util.Set;

/**
 * The text of QTI content as our exam files hold it: an element with only text is taken exactly (trimmed, as every
 * authored text is); rich content is flattened to paragraphs of plain text. What plain text cannot hold (images,
 * media, MathML, objects, interactions inside text) is a problem at its line, never dropped in silence.
 */
final class QtiText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "tr", "pre", "section", "article", "qti-prompt", "qti-content-body",
            "qti-stimulus-body", "dl", "dt", "dd", "figure", "figcaption");
    private static final Set<String> SKIPPED = Set.of("qti-feedback-inline", "qti-feedback-block",
            "qti-rubric-block", "qti-template-inline", "qti-template-block");
    private static final Set<String> MEDIA = Set.of("img", "object", "math", "audio", "video", "picture", "svg",
            "iframe", "embed", "source", "track", "include");

    private QtiText() {
    }

    /** The text of {@code element}; problems in {@code file} for what plain text cannot hold. */
    static String of(Element element, String file, Problems problems) {
        return of(element, null, file, problems);
    }

    /**
     * The text of {@code element} without {@code left} (the interaction a stem is read around): it leaves a blank
     * "_____" where it stood inside text, nothing where it stood alone in its paragraph. An element holding only one
     * element and no text gives that element's text, so an exported stem comes back exactly.
     */
    static String of(Element element, Element left, String file, Problems problems) {
        List<Element> children = QtiXml.children(element, null);
        if (children.isEmpty()) {
            return element.getTextContent().strip();
        }
        if (children.size() == 1 && children.get(0) != left && ownText(element).isBlank()
                && plain(children.get(0).getLocalName())) {
            return of(children.get(0), left, file, problems);
        }
        StringBuilder out = new StringBuilder();
        flatten(element, left, out, file, problems);
        return out.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean plain(String name) {
        return !SKIPPED.contains(name) && !MEDIA.contains(name) && !name.endsWith("-interaction")
                && !name.equals("br");
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString();
    }

    private static void flatten(Node node, Element left, StringBuilder out, String file, Problems problems) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue().replaceAll("\\s+", " "));
            } else if (n instanceof Element e) {
                String name = e.getLocalName();
                if (e == left) {
                    boolean alone = ownText((Element) node).isBlank() && QtiXml.children(node, null).size() == 1;
                    out.append(alone || !name.equals("qti-text-entry-interaction") ? "" : " _____ ");
                    continue;
                }
                if (SKIPPED.contains(name)) {
                    continue;
                }
                if (MEDIA.contains(name) || name.endsWith("-interaction")) {
                    problems.add(file, QtiXml.line(e), QtiXml.path(e) + ": " + what(name)
                            + " cannot be imported (exam questions hold text only)");
                    continue;
                }
                if (name.equals("br")) {
                    out.append('\n');
                    continue;
                }
                boolean block = BLOCKS.contains(name);
                out.append(block ? "\n\n" : "");
                flatten(e, left, out, file, problems);
                out.append(block ? "\n\n" : "");
            }
        }
    }

    private static String what(String name) {
        return switch (name) {
            case "img", "picture", "svg" -> "an image";
            case "math" -> "MathML";
            case "audio", "video", "source", "track" -> "audio or video";
            case "include" -> "an XInclude";
            default -> name.endsWith("-interaction") ? "an interaction inside text (" + name + ")" : "an " + name;
        };
    }
}
