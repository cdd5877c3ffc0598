package io.sportello.assist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the assistant reads what is not a question: a request for a person, a thank-you, "that didn't help". */
class PhrasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"voglio parlare con una persona", "Vorrei parlare con un operatore", "posso parlare con qualcuno?",
            "OPERATORE", "operatore per favore", "mi passi un operatore", "voglio un operatore umano", "non voglio un bot",
            "parlare con una persona vera", "I want to talk to a human", "agent please", "can I speak to someone",
            "connect me with an agent", "i need a real person", "human", "vorrei parlare cn un operatre"})
    void aRequestForAPerson(String text) {
        assertThat(Phrases.asksForPerson(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Can someone please tell me where my order is?", "Does the courier need someone to sign?",
            "can I get someone else to collect it", "Vorrei sapere se una persona diversa può ritirare il pacco",
            "un regalo per una persona grazie", "quanto tempo ho per fare un reso?", "il mio account è bloccato"})
    void notARequestForAPerson(String text) {
        assertThat(Phrases.asksForPerson(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok grazie", "Grazie mille, perfetto!", "grazie, non mi serve altro", "thanks, that's all",
            "perfetto", "great thank you", "no grazie", "Chiarissimo, grazie. Buona giornata"})
    void aThankYouThatClosesIt(String text) {
        assertThat(Phrases.onlyThanks(text)).isTrue();
        assertThat(Phrases.notHelped(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "ok sì", "grazie, ma quanto costa la spedizione?", "Thanks, I still have a question about returns",
            "grazie ma non ho ricevuto il rimborso"})
    void notOnlyAThankYou(String text) {
        assertThat(Phrases.onlyThanks(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "No, non mi è stato utile", "non ho risolto", "non mi serve, il problema è un altro",
            "that didn't help", "not helpful", "it still doesn't work"})
    void anAnswerThatDidNotHelp(String text) {
        assertThat(Phrases.notHelped(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Grazie, non mi serve altro", "Thanks, I still have a question about returns", "ok grazie"})
    void notAComplaintAboutTheAnswer(String text) {
        assertThat(Phrases.notHelped(text)).isFalse();
    }
}
