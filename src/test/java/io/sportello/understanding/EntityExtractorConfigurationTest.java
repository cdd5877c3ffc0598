package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.SportelloSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The desk's extractor reads the shop's order numbers from configuration (sportello.understanding.order-pattern). */
class EntityExtractorConfigurationTest extends SportelloSpringTest {

    @Autowired
    EntityExtractor extractor;

    @Test
    void theConfiguredPatternMakesTheShopsOwnNumbers() {
        assertThat(extractor.extract("dov'è l'ordine ord 2026 100482?").orders()).singleElement()
                .satisfies(o -> assertThat(o.shopPattern()).isTrue());
    }
}
