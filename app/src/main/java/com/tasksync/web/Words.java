package com.tasksync.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Page text that Java code writes (notices, errors, banners) in the page's language, from the same
 * message bundles as the templates ({@code i18n/*.properties}); and dates and numbers as that
 * language writes them. Templates reach it as {@code @words}.
 */
@Component("words")
public class Words {

    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    /** The message of this key in the page's language, its {@code {0}}… filled with the arguments. */
    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    /** The message of this key in a given language rather than the page's. */
    public String in(java.util.Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The message of this key, or the fallback text when the bundles have none (text that came from elsewhere). */
    public String getOr(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, locale());
    }

    /** A moment as a date and time to the second, in the zone and the page's language. */
    public String dateTime(Instant at, ZoneId zone) {
        return at == null ? null : format("format.date-time", at.atZone(zone));
    }

    /** A moment to the minute. */
    public String minute(Instant at, ZoneId zone) {
        return at == null ? null : format("format.minute", at.atZone(zone));
    }

    /** A moment's time of day. */
    public String time(Instant at, ZoneId zone) {
        return at == null ? null : format("format.time", at.atZone(zone));
    }

    /** A day, as the page's language writes dates. */
    public String day(LocalDate day) {
        return day == null ? null : format("format.day", day);
    }

    /** A day written as ISO text (as conflicts keep it), as the page's language writes dates; other text as it is. */
    public String dayOf(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return day(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** A whole number with the page's language's grouping. */
    public String number(Number n) {
        return n == null ? null : NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** The page's language; English outside a request (never the machine's own locale). */
    static java.util.Locale locale() {
        var context = LocaleContextHolder.getLocaleContext();
        var locale = context == null ? null : context.getLocale();
        return locale == null ? java.util.Locale.ENGLISH : locale;
    }

    private String format(String patternKey, java.time.temporal.TemporalAccessor value) {
        var locale = locale();
        return DateTimeFormatter.ofPattern(messages.getMessage(patternKey, null, locale), locale).format(value);
    }
}
