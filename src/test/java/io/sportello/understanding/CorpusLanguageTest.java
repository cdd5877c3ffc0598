package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The language of every message of the project's corpus of 20 characters or more (understanding/corpus/*.tsv):
 * at least 98 % right per language, the issue's target. Messages shorter than that are tested one by one in
 * {@link LanguageDetectionTest}.
 */
class CorpusLanguageTest {

    static List<String[]> corpus(String language) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CorpusLanguageTest.class.getResourceAsStream("/understanding/corpus/" + language + ".tsv")),
                StandardCharsets.UTF_8))) {
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en"})
    void atLeast98PercentOfTheCorpusInEachLanguageIsReadRight(String language) throws IOException {
        List<String> wrong = new ArrayList<>();
        int counted = 0;
        for (String[] row : corpus(language)) {
            String text = row[4];
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
