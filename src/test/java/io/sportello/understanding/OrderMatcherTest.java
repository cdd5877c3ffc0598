package io.sportello.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.sportello.commerce.CommerceService;
import io.sportello.commerce.OrderStatus;
import io.sportello.commerce.OrderSummary;
import io.sportello.commerce.ShipmentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order a message is about: named in it, else the only one on its way, else the latest shipped — only the writer's. */
class OrderMatcherTest {

    private static final long GIULIA = 7L;
    private static final long SOMEONE_ELSE = 8L;

    private final CommerceService commerce = mock(CommerceService.class);
    private final EntityExtractor extractor = new EntityExtractor(EntityExtractor.DEFAULT_ORDER_PATTERN);
    private final OrderMatcher matcher = new OrderMatcher(commerce);

    private static OrderSummary order(String number, long customer, String placed, OrderStatus status, boolean shipped,
                                      boolean delivered) {
        return new OrderSummary(number, customer, Instant.parse(placed + "T10:00:00Z"), status, new BigDecimal("59.90"),
                "EUR", shipped ? "BRT" : null, shipped ? "123456789012" : null, null,
                shipped ? delivered ? ShipmentStatus.DELIVERED : ShipmentStatus.IN_TRANSIT : null,
                shipped ? LocalDate.parse(placed).plusDays(3) : null, delivered ? Instant.parse(placed + "T18:00:00Z") : null);
    }

    private final OrderSummary delivered = order("ORD-2026-100111", GIULIA, "2026-10-02", OrderStatus.DELIVERED, true, true);
    private final OrderSummary onItsWay = order("ORD-2026-100482", GIULIA, "2026-11-20", OrderStatus.PAID, true, false);
    private final OrderSummary others = order("ORD-2026-100999", SOMEONE_ELSE, "2026-11-21", OrderStatus.PAID, true, false);

    @BeforeEach
    void shop() {
        when(commerce.ordersOf(GIULIA)).thenReturn(List.of(onItsWay, delivered));
        when(commerce.findOrder("ORD-2026-100482")).thenReturn(Optional.of(onItsWay));
        when(commerce.findOrder("ORD-2026-100111")).thenReturn(Optional.of(delivered));
        when(commerce.findOrder("ORD-2026-100999")).thenReturn(Optional.of(others));
    }

    private OrderMatch match(String text, Long customer) {
        return matcher.match(extractor.extract(text), customer);
    }

    @Test
    void theOrderTheMessageNamesWins() {
        OrderMatch m = match("e l'ordine ORD-2026-100111? mai ricevuto il rimborso", GIULIA);
        assertThat(m.rule()).isEqualTo(OrderMatch.Rule.NUMBER_IN_TEXT);
        assertThat(m.order()).contains(delivered);
    }

    @Test
    void customersShortenTheShopsNumbers() {
        OrderMatch m = match("dove si trova il mio ordine n. 100482?", GIULIA);
        assertThat(m.rule()).isEqualTo(OrderMatch.Rule.NUMBER_IN_TEXT);
        assertThat(m.order()).contains(onItsWay);
        assertThat(m.reference()).isEqualTo("100482");
    }

    @Test
    void withoutANumberTheOnlyOrderOnItsWay() {
        OrderMatch m = match("where is my parcel??", GIULIA);
        assertThat(m.rule()).isEqualTo(OrderMatch.Rule.ONLY_OPEN_ORDER);
        assertThat(m.order()).contains(onItsWay);
    }

    @Test
    void severalOnTheirWayTheLatestShipped() {
        OrderSummary second = order("ORD-2026-100600", GIULIA, "2026-11-25", OrderStatus.PAID, true, false);
        when(commerce.ordersOf(GIULIA)).thenReturn(List.of(second, onItsWay, delivered));
        OrderMatch m = match("non è arrivato niente", GIULIA);
        assertThat(m.rule()).isEqualTo(OrderMatch.Rule.LATEST_SHIPPED);
        assertThat(m.order()).contains(second);
    }

    @Test
    void anotherCustomersOrderIsNeverTheirs() {
        OrderMatch m = match("il mio ordine ORD-2026-100999 dove è?", GIULIA);
        assertThat(m.order()).as("not the number of someone else's order").isNotEqualTo(Optional.of(others));
        assertThat(m.rule()).isEqualTo(OrderMatch.Rule.ONLY_OPEN_ORDER);
        assertThat(match("il mio ordine ORD-2026-100999 dove è?", null).matched()).as("an unknown sender").isFalse();
    }

    @Test
    void noOrdersNoMatch() {
        when(commerce.ordersOf(GIULIA)).thenReturn(List.of());
        assertThat(match("dov'è il mio ordine", GIULIA).rule()).isEqualTo(OrderMatch.Rule.NONE);
    }
}
