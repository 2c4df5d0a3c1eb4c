package io.partneracademy.authoring;

import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The 1EdTech QTI 3.0 schemas bundled in test resources (see qti/README.md): the ASI schema for items, stimuli and
 * tests, the content-packaging schema for imsmanifest.xml. Nothing is fetched from the network.
 */
final class QtiSchemas {

    private static Schema asi;
    private static Schema manifest;

    private QtiSchemas() {
    }

    static synchronized Schema asi() {
        if (asi == null) {
            asi = load("qti/xsd/qtiv3p0/imsqti_asiv3p0_sbacv1p0_v1p0.xsd");
        }
        return asi;
    }

    static synchronized Schema manifest() {
        if (manifest == null) {
            manifest = load("qti/xsd/qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd");
        }
        return manifest;
    }

    /** Null when valid, else the validator's message with its line. */
    static String problem(Schema schema, byte[] xml) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
            return null;
        } catch (SAXParseException e) {
            return "line " + e.getLineNumber() + ": " + e.getMessage();
        } catch (SAXException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load(String resource) {
        URL url = QtiSchemas.class.getClassLoader().getResource(resource);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The packaging extension imports XLink from 1EdTech's site; the bundled W3C XLink schema stands in.
            factory.setResourceResolver((type, ns, publicId, systemId, baseUri) ->
                    "http://www.w3.org/1999/xlink".equals(ns)
                            ? new Input(QtiSchemas.class.getClassLoader()
                            .getResource("qti/xsd/w3/mathml2/common/xlink-href.xsd").toString())
                            : null);
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A schema found at another address than the one the importing schema names. */
    private record Input(String systemId) implements LSInput {
        public Reader getCharacterStream() { return null; }
        public void setCharacterStream(Reader r) { }
        public InputStream getByteStream() { return null; }
        public void setByteStream(InputStream s) { }
        public String getStringData() { return null; }
        public void setStringData(String s) { }
        public String getSystemId() { return systemId; }
        public void setSystemId(String s) { }
        public String getPublicId() { return null; }
        public void setPublicId(String s) { }
        public String getBaseURI() { return null; }
        public void setBaseURI(String s) { }
        public String getEncoding() { return null; }
        public void setEncoding(String s) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean b) { }
    }
}
