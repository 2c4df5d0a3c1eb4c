package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.Problems;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads the XML files of a QTI package into DOM trees that remember the line of every element, refusing document
 * type declarations outright: no DTD, no entity of any kind (so no external entity and no entity expansion) and no
 * external schema is ever fetched.
 */
final class QtiXml {

    static final String LINE = "pa.line";

    private QtiXml() {
    }

    /** The document, or null with a {@code file:line} problem when the bytes are not well-formed XML we accept. */
    static @Nullable Document read(String file, byte[] bytes, Problems problems) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new Builder(document));
            return document;
        } catch (SAXParseException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "a DOCTYPE (document type declaration) is not accepted in a QTI package" : e.getMessage();
            problems.add(file, Math.max(1, e.getLineNumber()), "not well-formed XML: " + why);
            return null;
        } catch (SAXException | ParserConfigurationException e) {
            problems.add(file, 1, "not readable as XML: " + e.getMessage());
            return null;
        } catch (IOException e) {
            problems.add(file, 1, "not readable: " + e.getMessage());
            return null;
        }
    }

    /** The line an element started on (1 when unknown). */
    static int line(Node node) {
        Object line = node.getUserData(LINE);
        return line instanceof Integer n ? n : 1;
    }

    /** The element children of {@code parent} with this local name (any namespace). */
    static List<Element> children(Node parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }

    /** The first element child with this local name, or null. */
    static @Nullable Element child(Node parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every descendant element with this local name, in document order. */
    static List<Element> descendants(Element root, @Nullable String localName) {
        List<Element> found = new ArrayList<>();
        for (Element e : children(root, null)) {
            if (localName == null || localName.equals(e.getLocalName())) {
                found.add(e);
            }
            found.addAll(descendants(e, localName));
        }
        return found;
    }

    /** Where an element is, as an XPath of local names: {@code /qti-assessment-item/qti-item-body/qti-slider-interaction}. */
    static String path(Element element) {
        StringBuilder path = new StringBuilder();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            path.insert(0, "/" + e.getLocalName());
        }
        return path.toString();
    }

    /** Builds the DOM from SAX events, noting each element's line. */
    private static final class Builder extends DefaultHandler {

        private final Document document;
        private final Deque<Node> open = new ArrayDeque<>();
        private Locator locator;

        Builder(Document document) {
            this.document = document;
            open.push(document);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String ns = attributes.getURI(i);
                element.setAttributeNS(ns == null || ns.isEmpty() ? null : ns, attributes.getQName(i),
                        attributes.getValue(i));
            }
            element.setUserData(LINE, locator == null ? 1 : locator.getLineNumber(), null);
            open.peek().appendChild(element);
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            Node parent = open.peek();
            if (parent != document) {
                parent.appendChild(document.createTextNode(new String(ch, start, length)));
            }
        }
    }
}
