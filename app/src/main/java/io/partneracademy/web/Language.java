package io.partneracademy.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language the interface is translated into, with its name as its speakers write it (for the switcher). */
public enum Language {
    EN("en", "English"),
    DE("de", "Deutsch"),
    FR("fr", "Français"),
    JA("ja", "日本語");

    /** The language of a request that states no usable preference. */
    public static final Language DEFAULT = EN;

    private final String tag;
    private final String autonym;

    Language(String tag, String autonym) {
        this.tag = tag;
        this.autonym = autonym;
    }

    /** The BCP 47 tag: {@code en}, {@code de}, {@code fr}, {@code ja}. */
    public String tag() {
        return tag;
    }

    /** The language's own name for itself, shown in the switcher with {@code lang} set to {@link #tag()}. */
    public String autonym() {
        return autonym;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language with exactly this tag (case-insensitive), if the interface has it. */
    public static Optional<Language> of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())).findFirst();
    }

    /** All tags, in the switcher's order. */
    static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }
}
