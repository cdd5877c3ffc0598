package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages customers write, read whole: language, category, urgency, sentiment, phase and what they name. */
class MessageUnderstandingTest {

    static final MessageUnderstanding UNDERSTANDING = new MessageUnderstanding(new LanguageDetection(List.of("it", "en")),
            new EntityExtractor(EntityExtractor.DEFAULT_ORDER_PATTERN));

    @Test
    void anItalianWhereIsMyOrder() {
        MessageUnderstanding.Understood u = UNDERSTANDING.understand("buongiorno, dov'è il mio ordine ORD-2026-100482? "
                + "doveva arrivare lunedì", null);
        assertThat(u.language().language()).isEqualTo("it");
        assertThat(u.category().value()).isEqualTo("ORDER_STATUS");
        assertThat(u.category().confidence()).isBetween(0.0, 1.0);
        assertThat(u.phase().value()).isEqualTo("POSTSALE");
        assertThat(u.entities().orders()).extracting(Entities.OrderReference::normalised).containsExactly("ORD-2026-100482");
        assertThat(u.modelVersion()).startsWith("corpus-");
    }

    @Test
    void anEnglishAngryDoubleCharge() {
        MessageUnderstanding.Understood u = UNDERSTANDING.understand("You charged my card TWICE for the same order, "
                + "£89.99 x2!!! This is the third time I write, refund me now or I'm going to my bank", null);
        assertThat(u.language().language()).isEqualTo("en");
        assertThat(u.category().value()).isEqualTo("PAYMENT");
        assertThat(u.sentiment().value()).isEqualTo("NEGATIVE");
        assertThat(u.urgency().value()).isEqualTo("HIGH");
        assertThat(u.entities().amounts()).isNotEmpty();
    }

    @Test
    void aPreSaleQuestion() {
        MessageUnderstanding.Understood u = UNDERSTANDING.understand("salve, la giacca blu veste piccolo? di solito porto "
                + "la 48, prenderei la 50?", null);
        assertThat(u.category().value()).isEqualTo("PRODUCT");
        assertThat(u.phase().value()).isEqualTo("PRESALE");
    }

    @Test
    void aTextThatSaysNothingTakesTheCustomersLanguage() {
        MessageUnderstanding.Understood u = UNDERSTANDING.understand("100482??", "en");
        assertThat(u.language().fallback()).isTrue();
        assertThat(u.language().language()).isEqualTo("en");
    }
}
