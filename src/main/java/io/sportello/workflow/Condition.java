package io.sportello.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions a model may put on a flow: variables compared with literals and combined with and/or/not, e.g.
 * {@code outcome == 'RESOLVE'}, {@code !(selfService && orderKnown)}, {@code csatScore <= 2}. No property access,
 * no method calls, no brackets: nothing in such a condition can reach code. Checked by reading, never evaluated.
 */
@org.springframework.modulith.NamedInterface("studio")
final class Condition {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<name>[A-Za-z_][A-Za-z0-9_]*)|(?<number>-?\\d+(?:\\.\\d+)?)|(?<string>'[^'\\\\]*'|\"[^\"\\\\]*\")"
                    + "|(?<op>==|!=|<=|>=|&&|\\|\\||[<>!()]))");
    private static final Set<String> WORD_OPERATORS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "empty");
    private static final Set<String> LITERALS = Set.of("true", "false", "null");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", ">", "<=", ">=", "eq", "ne", "lt", "gt",
            "le", "ge");

    private final List<String> tokens;
    private final Set<String> variables;
    private int at;

    private Condition(List<String> tokens, Set<String> variables) {
        this.tokens = tokens;
        this.variables = variables;
    }

    /** Whether {@code text} (the inside of {@code ${…}}) is such a condition over the given variables. */
    static boolean isAllowed(String text, Set<String> variables) {
        List<String> tokens = tokenize(text);
        if (tokens == null || tokens.isEmpty()) {
            return false;
        }
        Condition c = new Condition(tokens, variables);
        return c.or() && c.at == tokens.size();
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int pos = 0;
        while (pos < text.length()) {
            if (text.substring(pos).isBlank()) {
                break;
            }
            if (!m.find(pos) || m.start() != pos) {
                return null;
            }
            tokens.add(m.group().strip());
            pos = m.end();
        }
        return tokens;
    }

    private boolean or() {
        if (!and()) {
            return false;
        }
        while (peek("||") || peek("or")) {
            at++;
            if (!and()) {
                return false;
            }
        }
        return true;
    }

    private boolean and() {
        if (!not()) {
            return false;
        }
        while (peek("&&") || peek("and")) {
            at++;
            if (!not()) {
                return false;
            }
        }
        return true;
    }

    private boolean not() {
        if (peek("!") || peek("not") || peek("empty")) {
            at++;
            return not();
        }
        if (!value()) {
            return false;
        }
        if (at < tokens.size() && COMPARISONS.contains(tokens.get(at))) {
            at++;
            return value();
        }
        return true;
    }

    private boolean value() {
        if (at >= tokens.size()) {
            return false;
        }
        String t = tokens.get(at++);
        if (t.equals("(")) {
            boolean inner = or();
            if (!inner || !peek(")")) {
                return false;
            }
            at++;
            return true;
        }
        if (LITERALS.contains(t) || Character.isDigit(t.charAt(0)) || t.startsWith("-") || t.startsWith("'")
                || t.startsWith("\"")) {
            return true;
        }
        return Character.isLetter(t.charAt(0)) || t.charAt(0) == '_'
                ? !WORD_OPERATORS.contains(t) && variables.contains(t) : false;
    }

    private boolean peek(String token) {
        return at < tokens.size() && tokens.get(at).equals(token);
    }
}
