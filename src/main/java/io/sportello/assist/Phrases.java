package io.sportello.assist;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a customer says to the assistant that is not a question: "I want a person", "thanks, that's all", "no, that
 * didn't help" — in Italian and English, as people type them in a chat (no accents, no capitals, typos in the long
 * words, one word alone). Read on the folded text: lower case, accents removed, apostrophes as spaces.
 */
final class Phrases {

    /** Words that only mean somebody of the desk. */
    private static final String STAFF = "(opera\\w{1,6}|oper\\w{3,6}ore|oeprat\\w+|umano|umana|essere umano|agente|addett\\w+|"
            + "consulente|human|agent|operator|representative|rep|real person|persona (vera|reale|in carne ed ossa)|"
            + "assistenza umana|servizio clienti|customer service)";
    /** Words that mean somebody, the desk's people among others ("una persona", "someone"). */
    private static final String ANYONE = "(" + STAFF.substring(1, STAFF.length() - 1)
            + "|persona|persone|qualcuno|collega|someone|somebody|person|people|staff)";

    private static final Pattern HUMAN = Pattern.compile("\\b("
            // talking to somebody: "voglio parlare con una persona", "posso parlare con qualcuno?", "talk to a human"
            + "(parlare|parlo|parla|chattare|sentire|contattare|mettermi in contatto|talk|speak|chat|connect|transfer|"
            + "put)\\s+(me\\s+)?(\\w+\\s+){0,3}" + ANYONE
            // wanting one of the desk's people: "voglio un operatore", "mi passi un operatore", "I need an agent"
            + "|(voglio|vorrei|chiedo|passami|passatemi|mi passi|mi passa|mi passate|want|need|get me)\\s+(\\w+\\s+){0,2}"
            + STAFF
            + "|non (voglio|vorrei) (parlare con )?(un |il )?(bot|robot|risponditore|assistente virtuale|automatico)"
            + "|not a (bot|robot)|stop (the )?bot|no (more )?bot"
            + ")\\b");

    /** A message that is only one of these words: "operatore", "agent please". */
    private static final Pattern PERSON_ALONE = Pattern.compile("^\\s*(un |una |a |an )?" + ANYONE
            + "(\\s+(please|per favore|grazie|pls|subito|now))?\\s*$");

    private static final Pattern NOT_HELPED = Pattern.compile("^\\s*(no|nope|non|niente)\\s*$|\\b("
            + "non (mi )?(e|ha|hai|avete|sei) (stat[oa] )?(utile|aiutat\\w*|servit\\w*|risolto)"
            + "|non (mi )?(serve|basta)(?! (altro|nient|null|piu))|non (mi )?(aiuta|risponde|e quello che|ho risolto|"
            + "risolve|centra|c entra)"
            + "|non (e|era) (questo|quello)|non (ho|abbiamo) (capito|risolto)|non funziona|non va bene"
            + "|(didn t|did not|doesn t|does not|didnt|doesnt) (help|answer|work|solve)|not (helpful|what i|the answer|it)"
            + "|(that s|thats|that is) not (it|what|helpful)|(no|not) (useful|helpful)|still (not|doesn t|does not|didn t)"
            + ")\\b");

    /** Words of a message that only closes the conversation ("ok grazie mille, perfetto!"). */
    private static final Set<String> CLOSING = Set.of("ok", "okay", "okk", "k", "grazie", "mille", "tante", "infinite",
            "perfetto", "perfetta", "ottimo", "ottima", "benissimo", "bene", "va", "tutto", "chiaro", "chiarissimo",
            "capito", "risolto", "a", "posto", "apposto", "sono", "sei", "stato", "stata", "stati", "gentilissimo",
            "gentilissima", "gentilissimi", "gentile", "gentili", "ciao", "arrivederci", "buona", "buon", "giornata",
            "serata", "proseguimento", "lavoro", "si", "no", "niente", "altro", "nient", "basta", "cosi", "utile",
            "utilissimo", "super", "top", "thanks", "thank", "you", "thx", "ty", "great", "perfect", "fine", "cool",
            "solved", "sorted", "that", "s", "thats", "all", "helps", "helped", "helpful", "very", "much", "lot", "so",
            "yes", "yep", "yeah", "nothing", "else", "bye", "goodbye", "have", "nice", "good", "day", "got", "it",
            "understood", "clear", "brilliant", "awesome", "cheers", "many", "e", "and", "mi", "ha", "hai", "avete",
            "aiutato", "aiutata", "aiutati", "ti", "vi", "ringrazio", "sa", "lei", "molto", "tanto");
    /** At least one of these says it is a thank-you or a "solved", not a "yes" to a question. */
    private static final Set<String> THANKING = Set.of("grazie", "perfetto", "perfetta", "ottimo", "ottima", "benissimo",
            "chiaro", "chiarissimo", "risolto", "posto", "apposto", "gentilissimo", "gentilissima", "gentilissimi",
            "gentile", "utile", "utilissimo", "thanks", "thank", "thx", "ty", "great", "perfect", "solved", "sorted",
            "helps", "helped", "helpful", "brilliant", "awesome", "cheers", "ringrazio", "capito", "understood", "top",
            "super");

    private Phrases() {
    }

    /** The customer asks for a person. */
    static boolean asksForPerson(String text) {
        String t = fold(text);
        return PERSON_ALONE.matcher(t).matches() || HUMAN.matcher(t).find();
    }

    /** The customer says the answer did not help. */
    static boolean notHelped(String text) {
        return NOT_HELPED.matcher(fold(text)).find();
    }

    /** The message only thanks or says it is solved: nothing more is asked. */
    static boolean onlyThanks(String text) {
        // "non mi serve altro", "nient'altro", "that's all": closing words too
        String t = fold(text).replaceAll("\\bnon (mi )?(serve|occorre) (altro|nient\\w*|nulla)\\b", " ")
                .replaceAll("\\bnient altro\\b|\\bnothing else\\b", " ");
        if (t.isBlank() || t.length() > 160 || text.contains("?")) {
            return false;
        }
        String[] words = Arrays.stream(t.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        return words.length > 0 && Arrays.stream(words).allMatch(CLOSING::contains)
                && Arrays.stream(words).anyMatch(THANKING::contains);
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[’'`]", " ").replaceAll("[^\\p{L}\\p{N}?]+", " ").replaceAll("\\s+", " ").strip();
    }
}
