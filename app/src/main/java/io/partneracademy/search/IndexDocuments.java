package io.partneracademy.search;

import io.partneracademy.partners.PartnerType;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** How a {@link SearchDocument} becomes Lucene fields, and the field names searches use. */
final class IndexDocuments {

    static final String KEY = "key";
    static final String GROUP = "group";
    static final String STAMP = "stamp";
    static final String KIND = "kind";
    static final String TYPE = "type";
    static final String LANGUAGE = "language";
    static final String TAG = "tag";
    static final String TIER = "tier";
    static final String PARTNER_TYPE = "ptype";
    static final String ANY_TYPE = "ANY";
    static final String UPDATED = "updated";
    static final String DOWNLOADS = "downloads";
    /** How much a match in this document counts: resources 2, courses and lessons 1 (see Searches). */
    static final String WEIGHT = "weight";
    static final long MAX_WEIGHT = 2;
    static final String URL = "url";
    static final String SUBTITLE = "subtitle";
    static final String SUBTITLE_LANGUAGE = "subtitlelang";
    static final String TEXT_LANGUAGE = "tl";
    /** All text, lower-cased but not stemmed, for typo matching: "implementaton" is one edit from the word, not the stem. */
    static final String RAW = "raw";
    static final String RAW_TITLE = "rawtitle";
    static final List<String> FACETS = List.of(KIND, TYPE, LANGUAGE, TAG);
    /** Highlighting reads the stored body; beyond this, text is searchable but never shown in a snippet. */
    static final int STORED_BODY_CHARS = 60_000;

    private final FacetsConfig facets = new FacetsConfig();

    IndexDocuments() {
        facets.setMultiValued(TAG, true);
        // A tag facet value is tag/language: a facet that mixes languages can say which one each tag is written in.
        facets.setHierarchical(TAG, true);
    }

    FacetsConfig facetsConfig() {
        return facets;
    }

    Document toLucene(SearchDocument d, String group, String stamp) {
        Document doc = new Document();
        // Exact-match keys: updateDocuments/updateNumericDocValue find documents by these terms.
        doc.add(new StringField(KEY, d.key(), Field.Store.YES));
        doc.add(new StringField(GROUP, group, Field.Store.YES));
        doc.add(new StoredField(STAMP, stamp));
        String kind = d.kind().name().toLowerCase(Locale.ROOT);
        String language = d.language().toLowerCase(Locale.ROOT);
        // Filters are exact terms; facets count the same values from doc values.
        keyword(doc, KIND, kind);
        keyword(doc, TYPE, d.type());
        keyword(doc, LANGUAGE, language);
        for (String tag : d.tags()) {
            String value = tag.toLowerCase(Locale.ROOT);
            if (!value.isBlank()) {
                doc.add(new StringField(TAG, value, Field.Store.YES));
                doc.add(new SortedSetDocValuesFacetField(TAG, value, language));
            }
        }
        // Text goes into fields named by language, so each is stemmed the way its language needs.
        String lang = LanguageAnalyzers.key(language);
        String body = PlainText.of(d.title(), d.body());
        // Stored for highlighting, indexed so a search can prefer documents in the query's language.
        doc.add(new StringField(TEXT_LANGUAGE, lang, Field.Store.YES));
        doc.add(new TextField(LanguageAnalyzers.TITLE + lang, d.title(), Field.Store.YES));
        doc.add(new TextField(LanguageAnalyzers.TAGS + lang, String.join(" , ", d.tags()), Field.Store.NO));
        doc.add(new TextField(LanguageAnalyzers.BODY + lang, body, Field.Store.NO));
        doc.add(new TextField(RAW_TITLE, d.title(), Field.Store.NO));
        doc.add(new TextField(RAW, d.title() + "\n" + String.join(" , ", d.tags()) + "\n" + body, Field.Store.NO));
        doc.add(new StoredField(LanguageAnalyzers.BODY, body.length() > STORED_BODY_CHARS
                ? body.substring(0, STORED_BODY_CHARS) : body));
        // Visibility is part of every query: the lowest tier rank that may see it, and the partner types.
        doc.add(new IntPoint(TIER, d.minTier() == null ? 0 : d.minTier().ordinal()));
        if (d.partnerTypes().isEmpty()) {
            doc.add(new StringField(PARTNER_TYPE, ANY_TYPE, Field.Store.NO));
        }
        for (PartnerType type : d.partnerTypes()) {
            doc.add(new StringField(PARTNER_TYPE, type.name(), Field.Store.NO));
        }
        // Sort keys; downloads is updated in place as people download.
        doc.add(new NumericDocValuesField(UPDATED, d.updatedAtMillis()));
        doc.add(new NumericDocValuesField(DOWNLOADS, d.downloads()));
        // People come to the library for the assets: a resource outranks a lesson that matches as well.
        doc.add(new NumericDocValuesField(WEIGHT, d.kind() == SearchDocument.Kind.RESOURCE ? MAX_WEIGHT : 1));
        doc.add(new StoredField(URL, d.url()));
        if (d.subtitle() != null) {
            doc.add(new StoredField(SUBTITLE, d.subtitle()));
            doc.add(new StoredField(SUBTITLE_LANGUAGE, d.subtitleLanguage()));
        }
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }
}
