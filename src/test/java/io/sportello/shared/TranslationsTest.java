package io.sportello.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundles every text comes from: both languages have every key, Italian is really translated, and every text
 * comes out of {@link MessageFormat} (which formats all of them, with or without arguments) with its apostrophes
 * shown once.
 */
class TranslationsTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> en = new TreeSet<>(bundle("translations").stringPropertyNames());
        Set<String> it = new TreeSet<>(bundle("translations_it").stringPropertyNames());
        assertThat(difference(en, it)).as("missing in Italian").isEmpty();
        assertThat(difference(it, en)).as("missing in English").isEmpty();
    }

    @Test
    void italianTextsAreTranslated() throws IOException {
        Properties en = bundle("translations");
        Properties it = bundle("translations_it");
        Set<String> allowed;
        try (InputStream in = getClass().getResourceAsStream("/i18n/same-in-italian.txt")) {
            allowed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
        Set<String> untranslated = en.stringPropertyNames().stream()
                .filter(k -> en.getProperty(k).equals(it.getProperty(k)) && !allowed.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(untranslated).as("Italian equal to English (translate, or add to same-in-italian.txt)").isEmpty();
    }

    @Test
    void everyTextFormatsWithItsApostrophesShownOnce() throws IOException {
        for (String name : new String[] {"translations", "translations_it"}) {
            Properties p = bundle(name);
            Locale locale = name.endsWith("_it") ? Locale.ITALIAN : Locale.ENGLISH;
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String value = p.getProperty(key);
                // '{' and '}' quote a brace; any other single apostrophe would vanish
                assertThat(LONE_APOSTROPHE.matcher(value.replace("'{'", "").replace("'}'", "")).find())
                        .as(name + " " + key + ": write an apostrophe as '' (MessageFormat would drop a single one)")
                        .isFalse();
                Object[] args = new Object[10];
                Arrays.fill(args, "x");
                String shown = new MessageFormat(value, locale).format(args);
                assertThat(shown).as(name + " " + key + " as shown").doesNotContain("''");
            }
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void everyReasonTheHistoryRecordsIsToldInBothLanguages() throws IOException {
        Properties en = bundle("translations");
        Properties it = bundle("translations_it");
        for (String code : io.sportello.ticket.HistoryReason.all()) {
            org.assertj.core.api.Assertions.assertThat(en).as("English text of history reason " + code)
                    .containsKey("history.reason." + code);
            org.assertj.core.api.Assertions.assertThat(it).as("Italian text of history reason " + code)
                    .containsKey("history.reason." + code);
        }
    }
}
