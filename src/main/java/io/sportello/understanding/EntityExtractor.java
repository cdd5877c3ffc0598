package io.sportello.understanding;

import io.sportello.understanding.Entities.Amount;
import io.sportello.understanding.Entities.Carrier;
import io.sportello.understanding.Entities.OrderReference;
import io.sportello.understanding.Entities.Tracking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds what a customer's message names, the way customers really write it: the shop's order numbers in its own
 * form (configurable, {@code sportello.understanding.order-pattern}) and the forms people type ("ordine n. 100482",
 * "#100482", "order no 4711-IT", "numero d'ordine 000123987"); tracking codes by their carriers' forms (UPS 1Z…,
 * Amazon TBA…, DHL JJD…, Poste's S10 and domestic codes) or by the words around them ("BRT", "segnacollo",
 * "tracking number"); e-mail addresses; phone numbers; amounts in either decimal convention ("49,90 €", "€1.234,50",
 * "89.99 EUR", "£20"). Each stretch of text counts once: the digits of an e-mail address are no phone number, an
 * order number no amount. Lenient on purpose: a wrong guess here is checked against the shop's orders before it is
 * used.
 */
@Component
public class EntityExtractor {

    /** The shop's order numbers as the demo shop writes them; shops configure their own. */
    public static final String DEFAULT_ORDER_PATTERN = "ORD-?\\s?\\d{4}-?\\s?\\d{6}";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private record CarrierForm(Carrier carrier, Pattern pattern) {
    }

    /** Codes whose form names the carrier. */
    private static final List<CarrierForm> CARRIER_FORMS = List.of(
            new CarrierForm(Carrier.UPS, Pattern.compile("(?i)\\b1Z[0-9A-Z]{16}\\b")),
            new CarrierForm(Carrier.AMAZON, Pattern.compile("(?i)\\bTBA\\d{9,13}\\b")),
            new CarrierForm(Carrier.DHL, Pattern.compile("(?i)\\b(?:JJD\\d{12,22}|JVGL\\d{8,22}|00340\\d{15})\\b")),
            // the UPU S10 form of registered and international post (RR123456789IT), and Poste's domestic codes
            new CarrierForm(Carrier.POSTE, Pattern.compile("\\b(?:[A-Z]{2}\\d{9}IT|\\d[A-Z]{2}\\d{9,10})\\b")));

    /** Words that name a carrier near a code. */
    private static final Map<Carrier, Pattern> CARRIER_WORDS = Map.of(
            Carrier.BRT, Pattern.compile("(?i)\\b(?:brt|bartolini)\\b"),
            Carrier.GLS, Pattern.compile("(?i)\\bgls\\b"),
            Carrier.SDA, Pattern.compile("(?i)\\bsda\\b"),
            Carrier.POSTE, Pattern.compile("(?i)\\b(?:poste|postale|poste\\s?italiane|crono|pacco\\s?celere)\\b"),
            Carrier.DHL, Pattern.compile("(?i)\\bdhl\\b"),
            Carrier.UPS, Pattern.compile("\\bUPS\\b|\\b[Uu]ps\\b(?=\\s+(?:tracking|code|codice|number|n\\.))"),
            Carrier.AMAZON, Pattern.compile("(?i)\\bamazon\\b"),
            Carrier.FEDEX, Pattern.compile("(?i)\\bfed\\s?ex\\b"),
            Carrier.TNT, Pattern.compile("(?i)\\btnt\\b"));

    /** A code after the words customers use for one, or right after a carrier's name. */
    private static final Pattern TRACKING_CUE = Pattern.compile("(?i)\\b(?:tracking(?:\\s+(?:number|code|n(?:o|r)?\\.?))?"
            + "|codice\\s+(?:di\\s+)?(?:tracciamento|tracking|spedizione)|numero\\s+(?:di\\s+)?(?:tracking|tracciamento|spedizione)"
            + "|segnacollo|lettera\\s+di\\s+vettura|waybill|awb|spedizione\\s+n(?:r|um)?\\.?|tracciamento"
            + "|brt|bartolini|gls|sda|dhl|ups|tnt|fedex|poste(?:\\s+italiane)?)"
            + "(?:\\s+(?:n(?:r|um|o)?\\.?|number|code|codice|tracking|segnacollo))?"
            + "[\\s:#.°º-]{0,6}(?:(?:è|e'|is|=)\\s*)?([A-Z0-9](?:[A-Z0-9-]{6,28})[A-Z0-9])\\b");

    /** An order number after the words customers use for one. */
    private static final Pattern ORDER_CUE = Pattern.compile("(?i)(?:\\bn(?:umero|r|um)?\\.?\\s*(?:d['’`]\\s*|di\\s+|dell['’`]\\s*)?ordine"
            + "|\\bordin[ei]|\\bord\\.|\\border(?:s)?(?:\\s*(?:no|nr|number|num|id|ref|reference|n)\\.?)?|\\brif(?:erimento)?\\.?\\s*ordine"
            + "|\\bacquisto|\\bpurchase)"
            + "(?:\\s*(?:n(?:umero|r|um)?|no|number|nummer)\\.?)?[\\s:#.°º-]{0,4}"
            + "((?:[A-Z]{1,4}-?)?\\d[\\d-]{3,16}(?:-?[A-Z]{2,3})?)\\b");

    /** {@code #100482}: a hash before digits is an order number for customers. */
    private static final Pattern HASH_NUMBER = Pattern.compile("(?<![\\w&])#\\s?(\\d{4,12})\\b");

    private static final String NUMBER = "(\\d{1,3}(?:[.'\\s]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)(€|eur(?:o|os)?\\b|£|gbp\\b|\\$|usd\\b)\\s?" + NUMBER);
    private static final Pattern AMOUNT_AFTER = Pattern.compile("(?i)(?<![\\w.,])" + NUMBER + "\\s?(€|eur(?:o|os)?\\b|£|gbp\\b|\\$|usd\\b)");

    private static final Pattern PHONE = Pattern.compile("(?<![\\w+#/])(?:\\+|00)?\\(?\\d[\\d\\s./()-]{5,18}\\d(?![\\w])");

    private final Pattern shopOrder;

    public EntityExtractor(@Value("${sportello.understanding.order-pattern:" + DEFAULT_ORDER_PATTERN + "}") String orderPattern) {
        this.shopOrder = Pattern.compile("(?i)(?<![\\w-])(?:" + orderPattern + ")(?![\\w-])");
    }

    public Entities extract(String text) {
        if (text == null || text.isBlank()) {
            return new Entities(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        boolean[] taken = new boolean[text.length()];
        Found<String> emails = new Found<>();
        find(EMAIL, text, taken, 0, m -> emails.add(m.start(), m.group().toLowerCase(Locale.ROOT)));

        Found<Tracking> tracking = new Found<>(Tracking::code);
        for (CarrierForm form : CARRIER_FORMS) {
            find(form.pattern(), text, taken, 0, m -> tracking.add(m.start(),
                    new Tracking(form.carrier(), m.group().toUpperCase(Locale.ROOT))));
        }

        Found<OrderReference> orders = new Found<>(OrderReference::normalised);
        find(shopOrder, text, taken, 0, m -> orders.add(m.start(),
                new OrderReference(m.group(), normalise(m.group()), true)));
        find(ORDER_CUE, text, taken, 1, m -> m.group(1).replaceAll("\\D", "").length() >= 4
                && orders.add(m.start(1), new OrderReference(m.group(1), normalise(m.group(1)), false)));
        find(HASH_NUMBER, text, taken, 1, m -> orders.add(m.start(), new OrderReference(m.group(), m.group(1), false)));

        find(TRACKING_CUE, text, taken, 1, m -> {
            String code = m.group(1).toUpperCase(Locale.ROOT);
            return code.chars().anyMatch(Character::isDigit)
                    && tracking.add(m.start(1), new Tracking(carrierNear(text, m.start(), m.end()), code));
        });

        Found<Amount> amounts = new Found<>();
        find(AMOUNT_BEFORE, text, taken, 0, m -> amount(m.group(2), m.group(1)).map(a -> amounts.add(m.start(), a))
                .orElse(false));
        find(AMOUNT_AFTER, text, taken, 0, m -> amount(m.group(1), m.group(2)).map(a -> amounts.add(m.start(), a))
                .orElse(false));

        Found<String> phones = new Found<>();
        find(PHONE, text, taken, 0, m -> phone(m.group()).map(p -> phones.add(m.start(), p)).orElse(false));

        return new Entities(orders.inTextOrder(), tracking.inTextOrder(), emails.inTextOrder(), phones.inTextOrder(),
                amounts.inTextOrder());
    }

    /** What one kind of entity found, by where it stands in the text; the same value twice counts once. */
    private static final class Found<T> {
        private final java.util.TreeMap<Integer, T> byPosition = new java.util.TreeMap<>();
        private final java.util.Set<Object> keys = new java.util.HashSet<>();
        private final java.util.function.Function<T, Object> key;

        Found() {
            this(value -> value);
        }

        // key: what makes two finds the same (an order number's normalised form)
        Found(java.util.function.Function<T, Object> key) {
            this.key = key;
        }

        /** Always true: the stretch of text was understood, even when its value was already found elsewhere. */
        boolean add(int position, T value) {
            if (keys.add(key.apply(value))) {
                byPosition.put(position, value);
            }
            return true;
        }

        List<T> inTextOrder() {
            return List.copyOf(byPosition.values());
        }
    }

    /**
     * Runs {@code pattern} over the text parts nobody took yet; what {@code found} accepts (its {@code group}) is
     * marked as taken, what it refuses leaves the text free for the next try one character further.
     */
    private static void find(Pattern pattern, String text, boolean[] taken, int group,
                             java.util.function.Predicate<Matcher> found) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start(group);
            int end = m.end(group);
            if (start >= 0 && !isTaken(taken, start, end) && found.test(m)) {
                for (int i = start; i < end; i++) {
                    taken[i] = true;
                }
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String orderNumber) {
        return orderNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** The carrier a name close to a code (within a few words) says. */
    private static Carrier carrierNear(String text, int start, int end) {
        String around = text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 40));
        for (Carrier c : Carrier.values()) {
            Pattern word = CARRIER_WORDS.get(c);
            if (word != null && word.matcher(around).find()) {
                return c;
            }
        }
        return Carrier.UNKNOWN;
    }

    /**
     * An amount in either convention: the last separator followed by one or two digits is the decimal one
     * ("1.234,50", "1,234.50", "49,90", "89.99"); one followed by three digits groups thousands ("1.200").
     */
    static java.util.Optional<Amount> amount(String number, String currencySign) {
        String digits = number.replaceAll("[\\s']", "");
        int lastDot = digits.lastIndexOf('.');
        int lastComma = digits.lastIndexOf(',');
        int last = Math.max(lastDot, lastComma);
        String normalised;
        if (last >= 0 && digits.length() - last - 1 <= 2) {
            normalised = digits.substring(0, last).replaceAll("[.,]", "") + "." + digits.substring(last + 1);
        } else {
            normalised = digits.replaceAll("[.,]", "");
        }
        try {
            return java.util.Optional.of(new Amount(new BigDecimal(normalised), currency(currencySign)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String currency(String sign) {
        String s = sign.toLowerCase(Locale.ROOT);
        return s.equals("£") || s.equals("gbp") ? "GBP" : s.equals("$") || s.equals("usd") ? "USD" : "EUR";
    }

    /**
     * A phone number as digits (a leading + for international ones): Italian mobiles (3…, 9–10 digits) and landlines
     * (0…, 6–11 digits), UK numbers (07…/01…/02…), or anything written with + or 00 and 8–15 digits.
     */
    static java.util.Optional<String> phone(String written) {
        String digits = written.replaceAll("\\D", "");
        boolean international = written.startsWith("+") || written.startsWith("00");
        if (international) {
            String number = written.startsWith("00") ? digits.substring(2) : digits;
            return number.length() >= 8 && number.length() <= 15 ? java.util.Optional.of("+" + number)
                    : java.util.Optional.empty();
        }
        if (digits.startsWith("3") && digits.length() >= 9 && digits.length() <= 10) {
            return java.util.Optional.of(digits);
        }
        if (digits.startsWith("0") && digits.length() >= 6 && digits.length() <= 11 && written.matches(".*[\\s./()-].*|0\\d{8,10}")) {
            return java.util.Optional.of(digits);
        }
        return java.util.Optional.empty();
    }
}
