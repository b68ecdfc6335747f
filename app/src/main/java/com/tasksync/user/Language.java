package com.tasksync.user;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages TaskSync's pages speak: each with its BCP 47 tag, the locale its messages and
 * dates follow, and its own name as its speakers write it (what a language picker shows).
 */
public enum Language {
    ENGLISH("en", "English"),
    FRENCH("fr", "Français"),
    BRAZILIAN_PORTUGUESE("pt-BR", "Português (Brasil)");

    private final String tag;
    private final String ownName;
    private final Locale locale;

    Language(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
        this.locale = Locale.forLanguageTag(tag);
    }

    public String tag() {
        return tag;
    }

    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of exactly this tag (case aside), or empty. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.strip())).findFirst();
    }

    /**
     * The language that serves a locale a browser asks for: its language decides (any French is
     * French, any Portuguese the Brazilian one, any English English), or empty.
     */
    public static Optional<Language> serving(Locale wanted) {
        return switch (wanted.getLanguage()) {
            case "en" -> Optional.of(ENGLISH);
            case "fr" -> Optional.of(FRENCH);
            case "pt" -> Optional.of(BRAZILIAN_PORTUGUESE);
            default -> Optional.empty();
        };
    }

    /** The first language served among a browser's wishes, in their order of preference; English if none. */
    public static Language firstServing(Enumeration<Locale> wishes) {
        while (wishes != null && wishes.hasMoreElements()) {
            var served = serving(wishes.nextElement());
            if (served.isPresent()) {
                return served.get();
            }
        }
        return ENGLISH;
    }
}
