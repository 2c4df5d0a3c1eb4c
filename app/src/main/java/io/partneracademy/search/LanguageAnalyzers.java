package io.partneracademy.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One analyzer per supported language (stemming and stop words of English, German and French; Kuromoji
 * morphology for Japanese) and a standard one for anything else. Text fields carry the language in their name
 * ("title_de"), so each is analyzed the way its language needs, at index and at query time alike.
 */
final class LanguageAnalyzers {

    static final List<String> LANGUAGES = List.of("en", "de", "fr", "ja", "xx");
    static final String TITLE = "title_";
    static final String TAGS = "tags_";
    static final String BODY = "body_";

    private final Map<String, Analyzer> byLanguage = new HashMap<>();
    private final Map<String, List<String>> phrases = new java.util.concurrent.ConcurrentHashMap<>();
    private final Analyzer perField;

    /**
     * Words that only make a question a question ("how do I …", "wie …", "comment …", "どうやって…"). They are
     * dropped from queries, never from documents, unless nothing else is left.
     */
    private static final Map<String, java.util.Set<String>> QUESTION_WORDS = Map.of(
            "en", java.util.Set.of("how", "do", "does", "did", "i", "we", "my", "our", "what", "which", "who", "where",
                    "when", "why", "can", "could", "should", "would", "need", "want", "get", "find", "to", "is", "are",
                    "a", "an", "the", "of", "for", "me", "you", "your", "us", "there", "about", "have", "has",
                    "in", "on", "with", "from", "it", "its", "much", "many", "often", "long", "happens", "if", "own",
                    "please", "show"),
            "de", java.util.Set.of("wie", "was", "wo", "wann", "warum", "welche", "welcher", "ich", "wir", "mein",
                    "unser", "brauche", "brauchen", "finde", "finden", "einen", "eine", "ein", "der", "die", "das",
                    "für", "zu", "ist", "sind", "kann", "können", "mit", "von", "neuer", "neue"),
            "fr", java.util.Set.of("comment", "quoi", "que", "qu'est-ce", "où", "quand", "pourquoi", "quel", "quelle",
                    "je", "nous", "mon", "notre", "faut", "il", "des", "une", "un", "le", "la", "les", "de", "du",
                    "d", "l", "pour", "est", "sont", "peut", "puis", "trouver", "nouveaux"),
            "ja", java.util.Set.of("どう", "どうやって", "やっ", "て", "する", "し", "ます", "か", "方法", "どこ", "何",
                    "なに", "には", "に", "は", "を", "の", "です", "ですか", "たい", "ください"));

    LanguageAnalyzers() {
        // "registered" is the name of a tier: stemmed, "register a deal" would find every Registered-tier page.
        byLanguage.put("en", new EnglishAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                new org.apache.lucene.analysis.CharArraySet(List.of("registered"), true)));
        byLanguage.put("de", new GermanAnalyzer());
        byLanguage.put("fr", new FrenchAnalyzer());
        byLanguage.put("ja", new JapaneseAnalyzer());
        byLanguage.put("xx", new StandardAnalyzer());
        Map<String, Analyzer> fields = new HashMap<>();
        for (String language : LANGUAGES) {
            for (String prefix : List.of(TITLE, TAGS, BODY)) {
                fields.put(prefix + language, byLanguage.get(language));
            }
        }
        perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    /** The analyzer key for a document language such as "en", "de-CH" or "pt" (not supported: "xx"). */
    static String key(String language) {
        String base = language == null ? "" : language.toLowerCase(Locale.ROOT);
        int dash = base.indexOf('-');
        base = dash > 0 ? base.substring(0, dash) : base;
        return LANGUAGES.contains(base) ? base : "xx";
    }

    Analyzer forLanguage(String key) {
        return byLanguage.get(key);
    }

    /** The analyzer the IndexWriter uses: it picks by field name. */
    Analyzer perField() {
        return perField;
    }

    /** True for a field of text analysed by language ("title_de", "body_en"). */
    static boolean textField(String field) {
        return field.startsWith(TITLE) || field.startsWith(TAGS) || field.startsWith(BODY);
    }

    /** True for a word that only makes a question of a query ("how", "wie", "comment", "どうやって"). */
    static boolean questionWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return QUESTION_WORDS.values().stream().anyMatch(set -> set.contains(w));
    }

    /** The terms text becomes in a field of this language. */
    List<String> terms(String key, String text) {
        return analyse(key, text);
    }

    /**
     * The terms a dictionary phrase becomes in a field of this language, remembered: every query containing a
     * concept analyses all its equivalents in every language, and the dictionary is a fixed set of phrases.
     */
    List<String> phraseTerms(String key, String phrase) {
        return phrases.computeIfAbsent(key + '\u0000' + phrase, k -> analyse(key, phrase));
    }

    private List<String> analyse(String key, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = byLanguage.get(key).tokenStream(BODY + key, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }
}
