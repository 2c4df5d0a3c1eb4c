package io.partneracademy.markdown;

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
 * Turns lesson Markdown into safe HTML: CommonMark with tables and heading anchors, relative links rewritten
 * to lesson and attachment URLs, then an allow-list sanitizer so no script, event handler or
 * {@code javascript:} URL survives, whoever wrote the lesson.
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

    /** Renders a lesson body of the given course to sanitized HTML. */
    public String render(String courseId, String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new RelativeLinks(courseId));
        return POLICY.sanitize(renderer.render(document));
    }

    /** lesson.md → the lesson's page; images/x.png → the course's attachment URL. */
    private static final class RelativeLinks extends AbstractVisitor {

        private final String courseId;

        RelativeLinks(String courseId) {
            this.courseId = courseId;
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
                return "/courses/" + courseId + "/lessons/" + file.substring(0, file.length() - 3) + anchor;
            }
            return "/courses/" + courseId + "/assets/" + file + anchor;
        }
    }
}
