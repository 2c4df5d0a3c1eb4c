package io.partneracademy.authoring;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Small helpers to build and write the XML of a QTI 3.0 package (namespaces, elements in the parent's namespace). */
final class QtiDom {

    static final String ASI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String ASI_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
    static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String CP_XSD = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    private QtiDom() {
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The root element in {@code namespace}, with the schema location readers use to validate it. */
    static Element root(Document doc, String namespace, String name, String xsd) {
        Element root = doc.createElementNS(namespace, name);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xsi", XSI);
        root.setAttributeNS(XSI, "xsi:schemaLocation", namespace + " " + xsd);
        doc.appendChild(root);
        return root;
    }

    static Document document(Node node) {
        return node instanceof Document d ? d : node.getOwnerDocument();
    }

    /** A new child in the parent's namespace. */
    static Element add(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
        parent.appendChild(child);
        return child;
    }

    /** A new child holding text. */
    static Element text(Element parent, String name, String text) {
        Element child = add(parent, name);
        child.setTextContent(text);
        return child;
    }

    /**
     * Our id as a QTI identifier (an XML NCName): unchanged when it is one; ids that start with a digit get a
     * leading underscore, which {@link #ours} removes again.
     */
    static String id(String id) {
        return NCNAME.matcher(id).matches() ? id : "_" + id;
    }

    /** The id a QTI identifier written by {@link #id} stands for. */
    static String ours(String identifier) {
        return identifier.length() > 1 && identifier.charAt(0) == '_' && Character.isDigit(identifier.charAt(1))
                ? identifier.substring(1) : identifier;
    }

    /** A score as QTI writes floats: plain decimal, at most 6 places. */
    static String number(double value) {
        return new BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    /** The document as UTF-8 bytes, indented. */
    static byte[] bytes(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
