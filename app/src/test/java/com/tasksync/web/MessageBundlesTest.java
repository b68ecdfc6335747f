package com.tasksync.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' message bundles: every language has exactly the keys of English, no value is empty,
 * every message with arguments is a valid {@link MessageFormat}, and every key a template or the
 * page code names exists. Read from the source tree, as the build packages it.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path JAVA = Path.of("src/main/java/com/tasksync");
    private static final List<String> BASENAMES = List.of("common", "tasks", "settings", "admin");
    private static final List<String> LANGUAGES = List.of("fr", "pt_BR");
    /** {@code #{key}} or {@code #{key(args)}} in a template. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");
    /** A whole literal key given to {@link Words} in Java: {@code words.get("key")}, {@code words.getOr("key", …)}. */
    private static final Pattern JAVA_KEY = Pattern.compile("words\\.(?:get|getOr)\\(\"([a-zA-Z0-9_.-]+)\"\\s*[,)]");

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglishAndNoEmptyValue() {
        var problems = new ArrayList<String>();
        for (var basename : BASENAMES) {
            var english = load(basename + ".properties");
            for (var language : LANGUAGES) {
                var translated = load(basename + "_" + language + ".properties");
                var missing = new TreeSet<>(english.stringPropertyNames());
                missing.removeAll(translated.stringPropertyNames());
                var extra = new TreeSet<>(translated.stringPropertyNames());
                extra.removeAll(english.stringPropertyNames());
                missing.forEach(key -> problems.add(basename + "_" + language + " lacks " + key));
                extra.forEach(key -> problems.add(basename + "_" + language + " has " + key + ", which English lacks"));
                translated.stringPropertyNames().stream().filter(key -> translated.getProperty(key).isBlank())
                        .forEach(key -> problems.add(basename + "_" + language + " has an empty " + key));
            }
            english.stringPropertyNames().stream().filter(key -> english.getProperty(key).isBlank())
                    .forEach(key -> problems.add(basename + " has an empty " + key));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsInTwoBundlesAndEveryMessageWithArgumentsFormatsWithoutLosingAnApostrophe() {
        var problems = new ArrayList<String>();
        var seen = new java.util.HashMap<String, String>();
        for (var basename : BASENAMES) {
            for (var suffix : Stream.concat(Stream.of(""), LANGUAGES.stream().map(l -> "_" + l)).toList()) {
                var bundle = load(basename + suffix + ".properties");
                for (var key : bundle.stringPropertyNames()) {
                    if (suffix.isEmpty()) {
                        var before = seen.put(key, basename);
                        if (before != null) {
                            problems.add(key + " is in both " + before + " and " + basename);
                        }
                    }
                    var value = bundle.getProperty(key);
                    if (!value.contains("{")) {
                        continue;
                    }
                    try {
                        var shown = new MessageFormat(value, Locale.ROOT).format(new Object[] {1, 2, 3, 4});
                        // MessageFormat drops a lone ' (it starts quoted text): each must be written ''.
                        if (count(shown, '\'') != count(value.replace("''", "'"), '\'')) {
                            problems.add(basename + suffix + " " + key + " loses an apostrophe: write '' or ’");
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add(basename + suffix + " " + key + " is not a valid message: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyThatTemplatesAndPageCodeNameExists() throws IOException {
        var keys = new TreeSet<String>();
        for (var basename : BASENAMES) {
            keys.addAll(load(basename + ".properties").stringPropertyNames());
        }
        var missing = new TreeSet<String>();
        try (var templates = Files.list(RESOURCES.resolve("templates"))) {
            for (var template : templates.toList()) {
                var matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        try (var sources = Files.walk(JAVA)) {
            for (var source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = JAVA_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Texts that read the same in the three languages: names of the product and of Salesforce features. */
    private static final java.util.Set<String> SAME_IN_EVERY_LANGUAGE = java.util.Set.of("Command Center",
            "Connected app", "View All Data");

    @Test
    void noSentenceIsLeftInEnglishInAnotherLanguage() {
        var problems = new ArrayList<String>();
        for (var basename : BASENAMES) {
            var english = load(basename + ".properties");
            for (var language : LANGUAGES) {
                var translated = load(basename + "_" + language + ".properties");
                for (var key : english.stringPropertyNames()) {
                    var value = english.getProperty(key);
                    var words = value.replaceAll("\\{[^}]*}", " ").strip().split("[^\\p{L}]+");
                    if (value.equals(translated.getProperty(key)) && !key.startsWith("format.") && words.length >= 2
                            && !SAME_IN_EVERY_LANGUAGE.contains(value)) {
                        problems.add(basename + "_" + language + " " + key + " is still English: " + value);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theTestSeesTheBundlesAndTheTemplates() {
        // Guards the checks above against passing on an empty tree (a wrong working directory, say).
        assertThat(load("common.properties").stringPropertyNames()).hasSizeGreaterThan(50);
        assertThat(RESOURCES.resolve("templates/layout.html")).exists();
        assertThat(JAVA.resolve("web/Words.java")).exists();
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static Properties load(String file) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve("i18n").resolve(file)),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return properties;
    }
}
