package io.sportello.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Open sentiment lexicons (AFINN-165 in English and Italian, the Emoji Sentiment Ranking; sources and licences in
 * {@code understanding/lexicon/README.md}) read as features: how much positive and negative valence a message
 * carries, a negation within the two words before a word turning it round. The models weigh these beside the words;
 * the lexicon never decides alone.
 */
final class Lexicon {

    private static final Map<String, Map<String, Double>> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, Double> EMOJI = read("understanding/lexicon/emoji.tsv");
    private static final Set<String> NEGATIONS = Set.of("non", "mai", "nessun", "nessuno", "nessuna", "niente", "nulla",
            "neanche", "nemmeno", "neppure", "senza", "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "wasnt",
            "arent", "cant", "cannot", "wont", "nothing", "without", "nor");

    private Lexicon() {
    }

    /**
     * {@code lex+} and {@code lex-}: the positive and negative valence of the message's words, phrases and emoji
     * (each word −5…+5 scaled to −1…+1, summed, capped at 3), and {@code lex!} when a negation turned a word round.
     */
    static Map<String, Double> features(String text, String[] tokens, String language) {
        Map<String, Double> words = WORDS.computeIfAbsent(language == null ? "" : language,
                l -> read("understanding/lexicon/afinn-" + l + ".tsv"));
        double positive = 0;
        double negative = 0;
        boolean negated = false;
        for (int i = 0; i < tokens.length; i++) {
            Double score = null;
            int length = 1;
            for (int n = 3; n >= 1 && score == null; n--) {
                if (i + n <= tokens.length) {
                    score = words.get(String.join(" ", java.util.Arrays.copyOfRange(tokens, i, i + n)));
                    length = n;
                }
            }
            if (score == null) {
                continue;
            }
            double s = score / 5.0;
            if ((i > 0 && NEGATIONS.contains(tokens[i - 1])) || (i > 1 && NEGATIONS.contains(tokens[i - 2]))) {
                s = -s;
                negated = true;
            }
            if (s > 0) {
                positive += s;
            } else {
                negative -= s;
            }
            i += length - 1;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Double e = EMOJI.get(new String(Character.toChars(cp)));
            if (e != null) {
                if (e > 0) {
                    positive += e;
                } else {
                    negative -= e;
                }
            }
            i += Character.charCount(cp);
        }
        Map<String, Double> f = new HashMap<>();
        if (positive > 0) {
            f.put("lex+", Math.min(3, positive));
        }
        if (negative > 0) {
            f.put("lex-", Math.min(3, negative));
        }
        if (negated) {
            f.put("lex!", 1.0);
        }
        return f;
    }

    private static Map<String, Double> read(String resource) {
        try (InputStream raw = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            Map<String, Double> out = new HashMap<>();
            if (raw == null) {
                return out;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    out.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1).strip()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
