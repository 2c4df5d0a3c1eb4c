package io.partneracademy.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface sentence exists in every language with the same placeholders, and no template shows text that
 * does not come from the bundles.
 */
class MessageBundlesTest {

    private static final Path VIEWS = Path.of("src/main/resources/views");
    /** Attributes a person sees or hears (tooltips, hints, image text, screen reader labels). */
    private static final List<String> VISIBLE_ATTRIBUTES = List.of("title", "placeholder", "alt", "aria-label");
    /** Thymeleaf attributes that replace an element's body, so the body in the file is never shown. */
    private static final List<String> BODY_REPLACED = List.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "ja"})
    void everyKeyIsTranslatedWithTheSamePlaceholders(String language) {
        Map<String, String> english = bundle("messages");
        Map<String, String> translated = bundle("messages_" + language);

        assertThat(new TreeSet<>(english.keySet())).as("keys of messages_%s.properties", language)
                .isEqualTo(new TreeSet<>(translated.keySet()));
        List<String> problems = new ArrayList<>();
        english.forEach((key, source) -> {
            String text = translated.get(key);
            if (text == null || text.isBlank()) {
                problems.add(key + ": empty");
            } else if (!placeholders(source).equals(placeholders(text))) {
                problems.add(key + ": placeholders " + placeholders(text) + " but English has " + placeholders(source));
            }
        });
        assertThat(problems).as("messages_%s.properties", language).isEmpty();
    }

    @Test
    void englishHasNoKeyOfItsOwnBesideTheBaseBundle() {
        assertThat(bundle("messages_en")).as("messages_en.properties only stops the default-locale fallback").isEmpty();
    }

    @Test
    void placeholdersHiddenByAQuoteAreNoticed() {
        assertThat(placeholders("There is no course ''{0}''.")).containsExactly("{0}");
        assertThat(placeholders("l'examen {0}")).isEmpty();
        assertThat(placeholders("{1} von {0}, {2,number}")).containsExactly("{0}", "{1}", "{2,number}");
    }

    @Test
    void templatesShowOnlyTextFromTheBundles() throws IOException {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                literal.addAll(literalText(file));
            }
        }

        assertThat(literal).as("visible text written into templates instead of #{...}").isEmpty();
    }

    @Test
    void literalTextInATemplateIsFound() {
        Document page = Jsoup.parse("""
                <p>Hello <span th:text="#{x}">replaced</span> · 3</p>
                <input placeholder="Search"><img alt="" src="x"><a title="t" th:title="#{y}">→</a>
                """, "", Parser.htmlParser());

        assertThat(literalText(page, "sample.html")).containsExactly("sample.html: text \"Hello\"",
                "sample.html: placeholder=\"Search\"");
    }

    private static List<String> literalText(Path file) {
        try {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            return literalText(Jsoup.parse(html, "", Parser.htmlParser()), VIEWS.relativize(file).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> literalText(Document page, String name) {
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (element.nameIs("script") || element.nameIs("style") || bodyReplaced(element)) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                if (LETTER.matcher(text.text()).find()) {
                    found.add(name + ": text \"" + text.text().strip() + "\"");
                }
            }
            for (String attribute : VISIBLE_ATTRIBUTES) {
                String value = element.attr(attribute);
                boolean overridden = element.hasAttr("th:" + attribute) || element.attr("th:attr").contains(attribute + "=");
                if (!overridden && LETTER.matcher(value).find()) {
                    found.add(name + ": " + attribute + "=\"" + value + "\"");
                }
            }
        }
        return found;
    }

    private static boolean bodyReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : BODY_REPLACED) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The arguments of a message as MessageFormat reads them: {@code ''} is a quote, and text between single quotes
     * is literal, so a lone apostrophe before a placeholder hides it (and shows up here as a missing argument).
     */
    static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        StringBuilder unquoted = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\'' && i + 1 < message.length() && message.charAt(i + 1) == '\'') {
                i++;
            } else if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted) {
                unquoted.append(c);
            }
        }
        Matcher m = Pattern.compile("\\{\\s*\\d+\\s*(,[^}]*)?}").matcher(unquoted);
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
        }
        return found;
    }

    private static Map<String, String> bundle(String name) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as("i18n/%s.properties on the class path", name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
