package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.sportello.understanding.Entities.Amount;
import io.sportello.understanding.Entities.Carrier;
import io.sportello.understanding.Entities.OrderReference;
import io.sportello.understanding.Entities.Tracking;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What customers name in their messages, written the way they really write it. */
class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor(EntityExtractor.DEFAULT_ORDER_PATTERN);

    private Entities of(String text) {
        return extractor.extract(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dov'è il mio ordine ORD-2026-100482??|ORD-2026-100482|true",
            "ordine ord-2026-100482 non arrivato|ORD-2026-100482|true",
            "Buongiorno, ordine n. 100482 del 3 novembre, non è ancora arrivato|100482|false",
            "numero d'ordine 000123987, nessuna notizia|000123987|false",
            "nr ordine: 55501234|55501234|false",
            "where is my order #100482 please|100482|false",
            "Order no. 4711-IT still not shipped|4711-IT|false",
            "order number: 9876543 placed last week|9876543|false",
            "#100482 ancora niente!!!|100482|false",
            "rif. ordine 20261104-77 grazie|20261104-77|false",
    })
    void findsOrderNumbersInTheFormsCustomersType(String text, String expected, boolean shopPattern) {
        assertThat(of(text).orders()).first().satisfies(o -> {
            assertThat(o.normalised()).isEqualTo(expected);
            assertThat(o.shopPattern()).isEqualTo(shopPattern);
        });
    }

    @Test
    void aShopConfiguresItsOwnOrderPattern() {
        EntityExtractor shop = new EntityExtractor("IT\\d{8}");
        assertThat(shop.extract("il mio acquisto it20261234 non si vede").orders()).extracting(OrderReference::normalised)
                .containsExactly("IT20261234");
        assertThat(shop.extract("il mio acquisto it20261234 non si vede").orders().get(0).shopPattern()).isTrue();
    }

    @Test
    void wordsAroundNumbersThatAreNoOrderDoNotMakeOne() {
        assertThat(of("ho ordinato 3 paia di scarpe il 12/11").orders()).isEmpty();
        assertThat(of("I ordered two items on 12 November, order was placed online").orders()).isEmpty();
        assertThat(of("ordine di 2 magliette").orders()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "il tracking UPS 1Z999AA10123456784 è fermo|UPS|1Z999AA10123456784",
            "Amazon says TBA123456789012 delivered but nothing here|AMAZON|TBA123456789012",
            "spedito con DHL, codice JJD0099999999999999 non si aggiorna|DHL|JJD0099999999999999",
            "raccomandata RR123456789IT mai arrivata|POSTE|RR123456789IT",
            "il segnacollo BRT è 123456789012345, fermo in filiale|BRT|123456789012345",
            "GLS tracking: 6T12345678 says address unknown|GLS|6T12345678",
            "spedizione SDA n. 880012345678 ferma da giorni|SDA|880012345678",
            "tracking number 4Y7ZA12345 not working|UNKNOWN|4Y7ZA12345",
    })
    void findsTrackingCodesAndTheirCarriers(String text, Carrier carrier, String code) {
        assertThat(of(text).trackingCodes()).contains(new Tracking(carrier, code));
    }

    @Test
    void findsEmailsPhonesAndAmountsInEitherConvention() {
        Entities e = of("Mi avete addebitato 49,90 € due volte (totale €1.234,50?) - scrivetemi a mario.rossi+shop@gmail.com "
                + "o chiamatemi al 347 123 4567, fisso 02-12345678. Il sito diceva 89.99 EUR, my UK phone +44 7700 900123");
        assertThat(e.emails()).containsExactly("mario.rossi+shop@gmail.com");
        assertThat(e.phones()).containsExactly("3471234567", "0212345678", "+447700900123");
        assertThat(e.amounts()).extracting(Amount::value).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("49.90"), new BigDecimal("1234.50"), new BigDecimal("89.99"));
        assertThat(e.amounts()).extracting(Amount::currency).containsOnly("EUR");
        assertThat(of("I was charged £20 and $15.50").amounts()).containsExactly(new Amount(new BigDecimal("20"), "GBP"),
                new Amount(new BigDecimal("15.50"), "USD"));
    }

    @Test
    void eachStretchOfTextCountsOnce() {
        Entities e = of("ordine 3471234567 - totale 1.200 € - mail 3471234567@tim.it");
        assertThat(e.orders()).extracting(OrderReference::normalised).containsExactly("3471234567");
        assertThat(e.emails()).containsExactly("3471234567@tim.it");
        assertThat(e.phones()).isEmpty();
        assertThat(e.amounts()).containsExactly(new Amount(new BigDecimal("1200"), "EUR"));
        assertThat(of("il 12/11/2026 alle 10.30 ho pagato").phones()).isEmpty();
    }

    @Test
    void theSameOrderWrittenTwiceIsOneOrder() {
        assertThat(of("ordine #100482 - ripeto, ordine n. 100482, e anche l'ordine ORD-2026-100777").orders())
                .extracting(OrderReference::normalised).containsExactly("100482", "ORD-2026-100777");
    }

    @Test
    void emptyAndPlainTextsNameNothing() {
        assertThat(of(null).isEmpty()).isTrue();
        assertThat(of("   ").isEmpty()).isTrue();
        assertThat(of("Buongiorno, vorrei sapere se la giacca blu torna disponibile in taglia M").isEmpty()).isTrue();
    }

    @Test
    void amountsReadEitherDecimalConvention() {
        assertThat(EntityExtractor.amount("1.234,56", "€").orElseThrow().value()).isEqualByComparingTo("1234.56");
        assertThat(EntityExtractor.amount("1,234.56", "$").orElseThrow().value()).isEqualByComparingTo("1234.56");
        assertThat(EntityExtractor.amount("1.200", "€").orElseThrow().value()).isEqualByComparingTo("1200");
        assertThat(EntityExtractor.amount("12,5", "€").orElseThrow().value()).isEqualByComparingTo("12.5");
    }
}
