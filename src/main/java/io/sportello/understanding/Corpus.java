package io.sportello.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled messages the models learn from ({@code understanding/corpus/LANG.tsv}), and the fixed split that keeps
 * every fifth message of each file out of training, for evaluation only.
 */
public final class Corpus {

    /** One labelled message. */
    public record Example(String language, String category, String sentiment, String urgency, String phase, String text) {
    }

    static final int HELD_OUT_EVERY = 5;
    private static final java.util.Map<String, List<Example>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private Corpus() {
    }

    /** The labelled messages of one language, read from the class path once. */
    public static List<Example> load(String language) {
        return LOADED.computeIfAbsent(language, Corpus::read);
    }

    private static List<Example> read(String language) {
        String resource = "understanding/corpus/" + language + ".tsv";
        try (InputStream raw = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                return List.of();
            }
            List<Example> examples = new ArrayList<>();
            BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length == 5 && !f[4].isBlank()) {
                    examples.add(new Example(language, f[0], f[1], f[2], f[3], f[4]));
                }
            }
            return List.copyOf(examples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples models may learn from: all but every fifth. */
    public static List<Example> training(List<Example> all) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % HELD_OUT_EVERY != 0) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** The examples no model ever learns from: every fifth. */
    public static List<Example> heldOut(List<Example> all) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += HELD_OUT_EVERY) {
            out.add(all.get(i));
        }
        return out;
    }
}
