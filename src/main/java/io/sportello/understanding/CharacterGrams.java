package io.sportello.understanding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/** The four-letter pieces of every word, its edges marked, so that a typo still shares most of them with the word. */
public class CharacterGrams implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (String word : text) {
            String w = "<" + word + ">";
            for (int i = 0; i + 4 <= w.length(); i++) {
                features.add("g=" + w.substring(i, i + 4));
            }
        }
        return features;
    }
}
