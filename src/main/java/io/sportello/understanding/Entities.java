package io.sportello.understanding;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a message names, as found in its text: order numbers as the customer wrote them and in the shop's own form
 * when the shop's pattern recognised them, carrier tracking codes (with the carrier when the code's form or the words
 * around it tell it), e-mail addresses, phone numbers (digits only, with a leading + for international ones) and
 * amounts. Each list in the order the text names them, without repeats.
 */
public record Entities(List<OrderReference> orders, List<Tracking> trackingCodes, List<String> emails, List<String> phones,
                       List<Amount> amounts) {

    public Entities {
        orders = List.copyOf(orders);
        trackingCodes = List.copyOf(trackingCodes);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        amounts = List.copyOf(amounts);
    }

    /** An order number: as written, and normalised (upper case, no spaces) for looking it up. */
    public record OrderReference(String written, String normalised, boolean shopPattern) {
    }

    /** A tracking code and its carrier, {@link Carrier#UNKNOWN} when neither its form nor the words around it say. */
    public record Tracking(Carrier carrier, String code) {
    }

    /** An amount of money; {@code currency} an ISO code (EUR when the text says €, euro or EUR). */
    public record Amount(BigDecimal value, String currency) {
    }

    public enum Carrier { BRT, GLS, SDA, POSTE, DHL, UPS, AMAZON, FEDEX, TNT, UNKNOWN }

    /** What the text names, as people read it: order numbers, carrier and code, addresses, phones, amounts. */
    public java.util.List<String> names() {
        java.util.List<String> found = new java.util.ArrayList<>();
        orders.stream().map(OrderReference::normalised).distinct().forEach(found::add);
        trackingCodes.forEach(t -> found.add(t.carrier() + " " + t.code()));
        found.addAll(emails);
        found.addAll(phones);
        amounts.forEach(a -> found.add(a.value().toPlainString() + " " + a.currency()));
        return found;
    }

    public boolean isEmpty() {
        return orders.isEmpty() && trackingCodes.isEmpty() && emails.isEmpty() && phones.isEmpty() && amounts.isEmpty();
    }
}
