package io.sportello.understanding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a customer writes informally — "ciao, mi dici dov'è il pacco?", "hey guys, where's my stuff" — or formally
 * ("Buongiorno, potrebbe dirmi…", "Dear Sir"): the automatic answers follow the customer's register (tu or Lei in
 * Italian). Counted from the markers of each register; a tie, or no marker, is formal, as the desk writes by default.
 */
public final class Register {

    private static final Pattern INFORMAL = Pattern.compile("\\b(ciao+|ehi|hey|hei|raga(zzi)?|puoi|sai|potresti|dimmi|"
            + "mi dici|fammi|scusa|nn|xke|xche|cmq|tvb|grz|thx|pls|plz|cheers|lol|gonna|wanna|mate|guys|u|ur|ya)\\b");
    private static final Pattern FORMAL = Pattern.compile("\\b(lei|puo|potrebbe|vorrei|gentil[ei]|gentilissim[ie]|"
            + "spett|distinti|cordiali|buongiorno|buonasera|la prego|la ringrazio|suo|sua|dear|regards|sincerely|kindly|"
            + "madam|sir|would you|could you please)\\b");

    private Register() {
    }

    public static boolean informal(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return count(INFORMAL.matcher(folded)) > count(FORMAL.matcher(folded));
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
