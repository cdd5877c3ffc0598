package io.sportello.understanding;

import java.util.List;

/**
 * Messages that say too little to be sure what they are about ("Aiuto", "ho un problema con l'ordine…"): a test that
 * needs one the desk will ask a person to check takes the first the active models read with less confidence than the
 * gate, so that it does not hang on one message's exact probability as the corpus grows.
 */
public final class UncertainMessages {

    private static final List<String> CANDIDATES = List.of(
            "Salve, ho un problema con l'ordine che ho fatto, potete aiutarmi?",
            "Non funziona niente, aiutatemi",
            "Aiuto, non capisco cosa succede",
            "Problema con l'ordine e con il rimborso",
            "Buongiorno, vi scrivo per una questione.",
            "Ciao, avrei una domanda su una cosa che ho visto",
            "scusate ma non ho capito bene come funziona",
            "ho un dubbio",
            "Vorrei delle informazioni");

    private UncertainMessages() {
    }

    /** An Italian message {@code understanding} reads with less confidence than {@code checkBelow}. */
    public static String one(MessageUnderstanding understanding, double checkBelow) {
        return CANDIDATES.stream().filter(t -> understanding.understand(t, "it").category().confidence() < checkBelow)
                .findFirst().orElseThrow(() -> new AssertionError("no candidate is uncertain any more: add vaguer ones"));
    }
}
