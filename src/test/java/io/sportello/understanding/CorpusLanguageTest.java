package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The language of every message of the project's corpus of 20 characters or more (understanding/corpus/*.tsv):
 * at least 98 % right per language, the issue's target. Messages shorter than that are tested one by one in
 * {@link LanguageDetectionTest}.
 */
class CorpusLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void atLeast98PercentOfTheCorpusInEachLanguageIsReadRight(String language) {
        List<String> wrong = new ArrayList<>();
        int counted = 0;
        for (Corpus.Example example : Corpus.load(language)) {
            String text = example.text();
            if (text.length() < 20) {
                continue;
            }
            counted++;
            if (!LanguageDetectionTest.DETECTION.detect(text, null).language().equals(language)) {
                wrong.add(text);
            }
        }
        double accuracy = 1 - (double) wrong.size() / counted;
        System.out.printf("language %s: %.3f of %d messages (wrong: %s)%n", language, accuracy, counted, wrong);
        assertThat(counted).isGreaterThan(300);
        assertThat(accuracy).as("wrong: " + wrong).isGreaterThanOrEqualTo(0.98);
    }
}
