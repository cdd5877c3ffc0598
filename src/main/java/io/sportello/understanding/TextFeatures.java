package io.sportello.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the classifiers see a message: lower case, accents and quoted replies gone, what the extractor found replaced
 * by what it is (an order number, a tracking code, an amount, an address), words — and, so that typos and endings do
 * not hide a word ("spedizone", "rimborsare"), the four-letter pieces of each word.
 */
public final class TextFeatures {

    private static final EntityExtractor ENTITIES = new EntityExtractor(EntityExtractor.DEFAULT_ORDER_PATTERN);

    private TextFeatures() {
    }

    /** The words of a message as the models read them. */
    public static String[] tokens(String text) {
        if (text == null) {
            return new String[0];
        }
        String body = withoutQuotedReply(text);
        Entities found = ENTITIES.extract(body);
        String marked = body;
        for (Entities.OrderReference o : found.orders()) {
            marked = marked.replace(o.written(), " xorderx ");
        }
        for (Entities.Tracking t : found.trackingCodes()) {
            marked = marked.replaceAll("(?i)" + java.util.regex.Pattern.quote(t.code()), " xtrackingx ");
        }
        for (String e : found.emails()) {
            marked = marked.replaceAll("(?i)" + java.util.regex.Pattern.quote(e), " xemailx ");
        }
        String plain = Normalizer.normalize(marked.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        plain = plain.replaceAll("[€£$]", " xmoneyx ").replaceAll("\\d+", " ");
        List<String> tokens = new ArrayList<>();
        for (String t : plain.split("[^\\p{L}!?]+")) {
            if (!t.isEmpty()) {
                tokens.add(t.length() > 1 && t.chars().allMatch(c -> c == '!' || c == '?') ? t.substring(0, 1) : t);
            }
        }
        return tokens.toArray(String[]::new);
    }

    /** The customer's own words in a reply: without the thread quoted back (by a mail client, or with "&gt;"). */
    public static String ownWords(String text) {
        if (text == null) {
            return "";
        }
        String own = withoutQuotedReply(text);
        return java.util.Arrays.stream(own.split("\\R")).filter(l -> !l.stripLeading().startsWith(">"))
                .collect(java.util.stream.Collectors.joining("\n")).strip();
    }

    /** The customer's own words: what follows "Il giorno … ha scritto:" or "On … wrote:" is the thread quoted back. */
    static String withoutQuotedReply(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?is)(?:\\bil giorno\\b.{0,80}?\\bha scritto\\b|\\bon\\b.{0,80}?\\bwrote\\b|-{2,}\\s*original message|"
                        + "-{2,}\\s*messaggio originale)").matcher(text);
        return m.find() && m.start() > 10 ? text.substring(0, m.start()) : text;
    }

}
