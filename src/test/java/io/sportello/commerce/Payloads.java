package io.sportello.commerce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The recorded shop and carrier payloads of {@code src/test/resources/commerce/payloads} (see SOURCES.md there), made
 * unique for each test that replays them: the order ids and numbers, the customer's address, the tracking codes.
 */
public final class Payloads {

    private static final AtomicInteger STORIES = new AtomicInteger();

    /** One replay of the story: its own order numbers, customer and parcels. */
    public static final class Story {
        public final int n = 100 + STORIES.incrementAndGet();
        private final Map<String, String> replace = new LinkedHashMap<>();

        public Story() {
            replace.put("5600000000001", "57" + n + "01");
            replace.put("5600000000002", "57" + n + "02");
            replace.put("5600000000003", "57" + n + "03");
            replace.put("\"#1001", "\"#8" + n + "1");
            replace.put("\"#1002", "\"#8" + n + "2");
            replace.put("\"#1003", "\"#8" + n + "3");
            replace.put("giulia.bianchi@example.it", "giulia.b" + n + "@example.it");
            replace.put("marco.rossi@example.com", "marco.r" + n + "@example.com");
            replace.put("084302123456789", "0843" + n + "89");
            replace.put("MI512345678", "MI5" + n + "78");
            replace.put("3874512209614", "3874" + n + "14");
            replace.put("084302987654321", "0843" + n + "21");
            replace.put("405-2718281-8284590", "405-" + n + "-8284590");
            replace.put("\"number\": \"2001\"", "\"number\": \"2" + n + "\"");
            replace.put("\"reference\": \"2001\"", "\"reference\": \"2" + n + "\"");
            replace.put("\"id\": 2001,", "\"id\": 2" + n + ",");
            String four = String.format("%04d", n % 10000);
            replace.put("+39 347 123 4567", "+39 347 124 " + four);
            replace.put("+393471234567", "+39347124" + four);
            replace.put("+39 339 876 5432", "+39 339 877 " + four);
        }

        public String shopifyOrder() {
            return "#8" + n + "1";
        }

        public String shopifyParcel() {
            return "0843" + n + "89";
        }

        public String wooOrder() {
            return "2" + n;
        }

        public String email() {
            return "giulia.b" + n + "@example.it";
        }

        public String genericOrder() {
            return "405-" + n + "-8284590";
        }

        /** The payload with this story's ids, and a fresh event id where the body carries one. */
        public byte[] load(String name) {
            String text = raw(name);
            for (var e : replace.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            text = text.replaceAll("\"event_id\": \"[^\"]+\"", "\"event_id\": \"" + java.util.UUID.randomUUID() + "\"")
                    .replaceAll("\"eventId\": \"[^\"]+\"", "\"eventId\": \"" + java.util.UUID.randomUUID() + "\"");
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    private Payloads() {
    }

    public static String raw(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/commerce/payloads/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No payload " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base64 HMAC-SHA256 of the body: how Shopify, WooCommerce and AfterShip sign. */
    public static String base64Hmac(String secret, byte[] body) {
        return io.sportello.intake.CommerceIntake.base64Hmac(secret, body);
    }
}
