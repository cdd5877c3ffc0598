package io.sportello.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How the knowledge base reads Italian and English: words split by Unicode rules, elided articles dropped
 * ({@code dell'ordine} → {@code ordine}), lower case, accents folded (customers type {@code perche}, {@code dov e}),
 * stop words dropped, words reduced to their stem ({@code spedizioni}, {@code spedizione} → one term). The same
 * analyzers index the articles (Hibernate Search) and expand a query's synonyms, so both see the same terms.
 */
public final class Analyzers {

    /** The languages articles are written in. */
    public static final List<String> LANGUAGES = List.of("it", "en");

    private static final Map<String, Analyzer> BY_LANGUAGE = Map.of("it", italian(), "en", english());

    private Analyzers() {
    }

    /** The analyzer of a language (Italian for anything else: the desk's first language). */
    public static Analyzer of(String language) {
        return BY_LANGUAGE.getOrDefault(language == null ? "it" : language.toLowerCase(Locale.ROOT), BY_LANGUAGE.get("it"));
    }

    /** The terms a text becomes for a language, in order. */
    public static List<String> terms(String language, String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = of(language).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Elided words an Italian apostrophe ends ({@code l'}, {@code dell'}, {@code dov'}, {@code com'}…). */
    private static final CharArraySet ITALIAN_ELISIONS = new CharArraySet(List.of("c", "l", "all", "dall", "dell", "nell",
            "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d", "dov",
            "com", "quest", "quell", "qual", "cos", "po", "nessun", "buon", "tutt"), true);

    /** The Italian elisions, for a search backend that builds the analyzers itself (Elasticsearch). */
    static List<String> italianElisions() {
        return words(ITALIAN_ELISIONS);
    }

    /** A language's stop words, with and without accents, for a backend that builds the analyzers itself. */
    static List<String> stopWords(String language) {
        return words(folded("en".equals(language) ? EnglishAnalyzer.ENGLISH_STOP_WORDS_SET
                : ItalianAnalyzer.getDefaultStopSet()));
    }

    private static List<String> words(CharArraySet set) {
        List<String> all = new ArrayList<>();
        for (Object word : set) {
            all.add(new String((char[]) word));
        }
        java.util.Collections.sort(all);
        return all;
    }

    static Analyzer italian() {
        CharArraySet stop = folded(ItalianAnalyzer.getDefaultStopSet());
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, ITALIAN_ELISIONS);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, stop);
                stream = new SnowballFilter(stream, new ItalianStemmer());
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer english() {
        CharArraySet stop = folded(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, stop);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** A stop set as typed without accents too ({@code perché} and {@code perche}). */
    private static CharArraySet folded(CharArraySet words) {
        CharArraySet all = new CharArraySet(words.size() * 2, true);
        for (Object word : words) {
            String w = new String((char[]) word);
            all.add(w);
            all.add(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
        }
        return CharArraySet.unmodifiableSet(all);
    }
}
