package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short, messy messages in the desk's two languages: the language model alone misreads them (Afrikaans, Catalan…). */
class LanguageDetectionTest {

    static final LanguageDetection DETECTION = new LanguageDetection(List.of("it", "en"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Where is my order?|en",
            "where is my parcel|en",
            "my package never arrived|en",
            "I want a refund please|en",
            "Hi, still waiting for delivery|en",
            "cant log in to my account|en",
            "Dov'è il mio ordine?|it",
            "dove il mio ordine|it",
            "il pacco non è arrivato|it",
            "nn riesco ad accedere all account|it",
            "voglio il rimborso subito!!!|it",
            "buongiorno, il tracking non si aggiorna|it",
            "ordine arrivato rotto, che faccio?|it",
            "Salve, avete la taglia M?|it",
            "RIMBORSO??? SONO TRE SETTIMANE|it",
            "hello my order ORD-2026-100482 is late|en",
            "Buongiorno, vi scrivo perché il mio ordine del 3 novembre risulta ancora in preparazione e non ho ricevuto nessuna mail|it",
            "Good morning, I placed an order two weeks ago and the tracking has not been updated since Monday|en",
    })
    void tellsTheDesksLanguagesApartOnShortTexts(String text, String language) {
        LanguageDetection.Guess guess = DETECTION.detect(text, null);
        assertThat(guess.language()).as(text).isEqualTo(language);
        assertThat(guess.fallback()).isFalse();
    }

    @Test
    void aTextThatSaysNothingGetsTheFallbackWithNoConfidence() {
        assertThat(DETECTION.detect("100482??", "en")).isEqualTo(new LanguageDetection.Guess("en", 0, true));
        assertThat(DETECTION.detect("", null).language()).isEqualTo("it");
        assertThat(DETECTION.detect(null, "de").language()).as("only the desk's languages").isEqualTo("it");
    }

    @Test
    void longTextsAreSure() {
        assertThat(DETECTION.detect("Buongiorno, vorrei sapere quando arriverà il mio ordine, grazie mille", null)
                .confidence()).isGreaterThan(0.95);
        assertThat(DETECTION.detect("Hello, I would like to know when my order will arrive, thank you", null)
                .confidence()).isGreaterThan(0.95);
    }
}
