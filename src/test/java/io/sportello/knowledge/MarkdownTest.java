package io.sportello.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an agent's reply and the assistant's answer quote from an article: words a chat or a mail can carry. */
class MarkdownTest {

    @Test
    void aTableIsQuotedOneRowALineWithItsColumnHeadings() {
        String article = """
                ## Costi e tempi

                | Spedizione | Costo | Tempi |
                |---|---|---|
                | Standard in Italia | **4,90 €**, **gratis da 49 €** | 2–4 giorni lavorativi |
                | Espresso DHL in Italia | **9,90 €** | |
                """;
        assertThat(Markdown.parts(article)).singleElement().satisfies(p -> {
            assertThat(p.heading()).isEqualTo("Costi e tempi");
            assertThat(p.text()).isEqualTo("""
                    - Standard in Italia: Costo 4,90 €, gratis da 49 €; Tempi 2–4 giorni lavorativi
                    - Espresso DHL in Italia: Costo 9,90 €""");
        });
    }

    @Test
    void aTwoColumnTableReadsAsLabelAndValue() {
        String article = """
                | Giorno | Orario |
                |---|---|
                | Lunedì – venerdì | 9:00 – 18:00 |
                | Sabato | 9:00 – 13:00 |
                """;
        assertThat(Markdown.parts(article).get(0).text())
                .isEqualTo("- Lunedì – venerdì: 9:00 – 18:00\n- Sabato: 9:00 – 13:00");
    }

    @Test
    void aRowWithoutItsFirstCellStillReadsAndTextAroundTheTableStays() {
        String article = """
                Prima della tabella.

                | | Sabato |
                |---|---|
                | | 9–13 |

                Dopo la tabella.
                """;
        assertThat(Markdown.parts(article).get(0).text())
                .isEqualTo("Prima della tabella.\n\n- Sabato 9–13\n\nDopo la tabella.");
    }
}
