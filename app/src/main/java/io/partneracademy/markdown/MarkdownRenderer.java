package io.partneracademy.markdown;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns authored Markdown (lessons, lab tasks, exam questions) into safe HTML: CommonMark with tables and heading
 * anchors, relative links rewritten against the caller's {@link Links}, then an allow-list sanitizer so no script,
 * event handler or {@code javascript:} URL survives, whoever wrote the text.
 */
@Singleton
public class MarkdownRenderer {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "del", "s", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td")
                    .allowAttributes("id").onElements("h1", "h2", "h3", "h4", "h5", "h6")
                    .allowAttributes("class").matching(Pattern.compile("language-[a-zA-Z0-9_+-]+")).onElements("code")
                    .allowAttributes("align").onElements("th", "td")
                    .toFactory());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /**
     * Where relative links of a text point: {@code lesson.md} to {@code pages + "lesson"}, any other relative path
     * (an image, an attachment) to {@code assets + path}. {@link #AS_WRITTEN} leaves them alone, for texts that
     * have no pages or attachments of their own.
     */
    public record Links(@Nullable String pages, @Nullable String assets) {

        /** Relative links stay exactly as the author wrote them. */
        public static final Links AS_WRITTEN = new Links(null, null);
    }

    /** Renders Markdown to sanitized HTML, relative links as written (lab tasks and exam questions have no pages). */
    public String render(String markdown) {
        return render(markdown, Links.AS_WRITTEN);
    }

    /** Renders Markdown to sanitized HTML, relative links resolved against {@code links}. */
    public String render(String markdown, Links links) {
        Node document = parser.parse(markdown);
        if (links.pages() != null && links.assets() != null) {
            document.accept(new RelativeLinks(links.pages(), links.assets()));
        }
        // A wide table scrolls sideways on a small screen; keyboard users must reach it to scroll it (WCAG 2.1.1).
        // Markdown tables carry no attributes, so after sanitizing each opens as exactly "<table>".
        return POLICY.sanitize(renderer.render(document)).replace("<table>", "<table tabindex=\"0\">");
    }

    /** lesson.md → a page; images/x.png → an attachment. */
    private static final class RelativeLinks extends AbstractVisitor {

        private final String pages;
        private final String assets;

        RelativeLinks(String pages, String assets) {
            this.pages = pages;
            this.assets = assets;
        }

        @Override
        public void visit(Link link) {
            link.setDestination(rewrite(link.getDestination()));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            image.setDestination(rewrite(image.getDestination()));
            visitChildren(image);
        }

        private String rewrite(String destination) {
            if (destination == null || SCHEME.matcher(destination).find() || destination.startsWith("/")
                    || destination.startsWith("#")) {
                return destination;
            }
            String path = destination.startsWith("./") ? destination.substring(2) : destination;
            int anchorAt = path.indexOf('#');
            String anchor = anchorAt >= 0 ? path.substring(anchorAt) : "";
            String file = anchorAt >= 0 ? path.substring(0, anchorAt) : path;
            if (file.endsWith(".md") && !file.contains("/")) {
                return pages + file.substring(0, file.length() - 3) + anchor;
            }
            return assets + file + anchor;
        }
    }
}
