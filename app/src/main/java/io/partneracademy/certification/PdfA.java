package io.partneracademy.certification;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Makes a certificate a PDF/A-2b file: XMP metadata that repeats the document information (as PDF/A requires,
 * field for field) and an sRGB output intent for the page's RGB colours. Fonts are already embedded subsets.
 */
final class PdfA {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    /** Sets the information dictionary and its XMP copy, and the output intent. */
    static void apply(PDDocument doc, String title, String subject, Instant created) throws IOException {
        Instant seconds = created.truncatedTo(ChronoUnit.SECONDS);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("Partner Academy");
        info.setSubject(subject);
        info.setCreator("Partner Academy");
        info.setProducer("Partner Academy");
        info.setCreationDate(CertificateRenderer.calendar(seconds));

        PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(xmp(title, subject, seconds)));
        doc.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    private static byte[] xmp(String title, String subject, Instant created) {
        String packet = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                    <rdf:Description rdf:about=""
                        xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                        xmlns:dc="http://purl.org/dc/elements/1.1/"
                        xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                        xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                      <pdfaid:part>2</pdfaid:part>
                      <pdfaid:conformance>B</pdfaid:conformance>
                      <dc:format>application/pdf</dc:format>
                      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                      <dc:creator><rdf:Seq><rdf:li>Partner Academy</rdf:li></rdf:Seq></dc:creator>
                      <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description>
                      <xmp:CreateDate>%s</xmp:CreateDate>
                      <xmp:CreatorTool>Partner Academy</xmp:CreatorTool>
                      <pdf:Producer>Partner Academy</pdf:Producer>
                    </rdf:Description>
                  </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(title), escape(subject), created.toString());
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
