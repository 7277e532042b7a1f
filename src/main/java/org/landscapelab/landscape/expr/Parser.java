package org.landscapelab.landscape.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recursive-descent parser for the calculator-like expression language:
 * <pre>
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := ('-' | '+') unary | power
 *   power   := primary (('^' | '**') unary)?        right-associative; -x^2 is -(x^2)
 *   primary := number | name | name '(' expr (',' expr)* ')' | '(' expr ')'
 * </pre>
 * Binary chains are parsed by loops, and both the recursion depth and the height of the resulting
 * tree are bounded, so adversarial input gives an {@link ExpressionException}, never a stack overflow.
 */
public final class Parser {
    /** Deeper trees than this are rejected: no hand-written landscape comes near it. */
    public static final int MAX_HEIGHT = 200;
    /** Longer sources are rejected, which bounds the size of derivatives and compiled code. */
    public static final int MAX_LENGTH = 20_000;

    private final String src;
    private final Set<String> variables;
    private int pos;

    /** A parsed subtree with its height, so that height is checked where it is built. */
    private record Parsed(Node node, int height) {}

    private Parser(String src, Set<String> variables) {
        this.src = src;
        this.variables = variables;
    }

    /**
     * Parses {@code source}; names in {@code variables} (e.g. x, y and declared parameters) become
     * {@link Node.Variable}s, {@code pi} and {@code e} constants, anything else is an error.
     */
    public static Node parse(String source, Set<String> variables) {
        if (source == null || source.isBlank()) {
            throw new ExpressionException("empty expression", source == null ? "" : source, 1);
        }
        Parser p = new Parser(source, variables);
        Parsed result = p.expr(0);
        p.skipSpace();
        if (p.pos < source.length()) {
            char c = source.charAt(p.pos);
            if (c == ')') throw p.error("unexpected ')' with no matching '('", p.pos);
            if (Character.isLetterOrDigit(c) || c == '(' || c == '.' || c == '_') {
                throw p.error("missing operator before '" + p.peekWord() + "'", p.pos);
            }
            if (isOperator(c)) throw p.error("unexpected '" + c + "'", p.pos);
            throw p.error("unexpected character '" + printable(c) + "'", p.pos);
        }
        // Checked last so that a malformed long input gets its specific message.
        if (source.length() > MAX_LENGTH) {
            throw new ExpressionException("expression is too long (more than " + MAX_LENGTH + " characters)", source, MAX_LENGTH + 1);
        }
        return result.node();
    }

    private Parsed expr(int depth) {
        Parsed left = term(depth);
        while (true) {
            skipSpace();
            int at = pos;
            if (accept('+')) left = binary(Node.BinaryOp.ADD, left, term(depth), at);
            else if (accept('-')) left = binary(Node.BinaryOp.SUB, left, term(depth), at);
            else return left;
        }
    }

    private Parsed term(int depth) {
        Parsed left = unary(depth);
        while (true) {
            skipSpace();
            int at = pos;
            if (accept('*')) left = binary(Node.BinaryOp.MUL, left, unary(depth), at);
            else if (accept('/')) left = binary(Node.BinaryOp.DIV, left, unary(depth), at);
            else return left;
        }
    }

    private Parsed unary(int depth) {
        enter(depth);
        skipSpace();
        int at = pos;
        if (accept('-')) {
            Parsed arg = unary(depth + 1);
            return checked(new Node.Neg(arg.node()), arg.height() + 1, at);
        }
        if (accept('+')) return unary(depth + 1);
        return power(depth);
    }

    private Parsed power(int depth) {
        Parsed base = primary(depth);
        skipSpace();
        int at = pos;
        if (src.startsWith("**", pos)) {
            pos += 2;
        } else if (!accept('^')) {
            return base;
        }
        return binary(Node.BinaryOp.POW, base, unary(depth + 1), at);
    }

    private Parsed primary(int depth) {
        skipSpace();
        if (pos >= src.length()) throw error("unexpected end of expression, expected a number, a name or '('", pos);
        char c = src.charAt(pos);
        if (Character.isDigit(c) || c == '.') return new Parsed(new Node.Const(number()), 0);
        if (Character.isLetter(c) || c == '_') return name(depth);
        if (c == '(') {
            int open = pos++;
            Parsed inner = expr(depth + 1);
            skipSpace();
            if (!accept(')')) {
                if (pos >= src.length()) throw error("missing ')' to close the '(' at column " + (open + 1), pos);
                throw error("expected ')' to close the '(' at column " + (open + 1) + ", found '" + src.charAt(pos) + "'", pos);
            }
            return inner;
        }
        if (c == ')') throw error("unexpected ')', expected a number, a name or '('", pos);
        if (isOperator(c)) throw error("unexpected '" + c + "', expected a number, a name or '('", pos);
        throw error("unexpected character '" + printable(c) + "'", pos);
    }

    private Parsed name(int depth) {
        int start = pos;
        String name = peekWord();
        pos += name.length();
        skipSpace();
        boolean call = pos < src.length() && src.charAt(pos) == '(';
        if (!call) {
            if (variables.contains(name)) return new Parsed(new Node.Variable(name), 0);
            if (name.equals("pi")) return new Parsed(new Node.Const(Math.PI), 0);
            if (name.equals("e")) return new Parsed(new Node.Const(Math.E), 0);
            if (Function.byName(name).isPresent()) {
                throw error("function '" + name + "' needs arguments in parentheses, e.g. " + name + "(x)", start);
            }
            throw error("unknown name '" + name + "'; known: " + knownNames(), start);
        }
        Optional<Function> function = Function.byName(name);
        if (function.isEmpty()) {
            if (variables.contains(name) || name.equals("pi") || name.equals("e")) {
                throw error("'" + name + "' is not a function; write '" + name + "*(...)' to multiply", start);
            }
            throw error("unknown function '" + name + "'; known: " + Function.typeableNames(), start);
        }
        pos++; // '('
        List<Node> args = new ArrayList<>();
        int height = 0;
        skipSpace();
        if (!accept(')')) {
            do {
                Parsed arg = expr(depth + 1);
                args.add(arg.node());
                height = Math.max(height, arg.height());
                skipSpace();
            } while (accept(','));
            if (!accept(')')) {
                if (pos >= src.length()) throw error("missing ')' to close the call of '" + name + "'", pos);
                throw error("expected ',' or ')' in the call of '" + name + "', found '" + printable(src.charAt(pos)) + "'", pos);
            }
        }
        Function f = function.get();
        if (args.size() != f.arity()) {
            throw error("'" + name + "' takes " + f.arity() + (f.arity() == 1 ? " argument" : " arguments")
                    + ", got " + args.size(), start);
        }
        return checked(new Node.Call(f, args), height + 1, start);
    }

    private double number() {
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
        }
        if (pos - start == 1 && src.charAt(start) == '.') throw error("malformed number '.'", start);
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            int digits = pos;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
            if (pos == digits) {
                // "2e" alone is 2 times Euler's e in no calculator; say what is missing.
                throw error("malformed number '" + src.substring(start, pos) + "': the exponent needs digits", mark);
            }
        }
        double value = Double.parseDouble(src.substring(start, pos));
        if (Double.isInfinite(value)) throw error("number too large '" + src.substring(start, pos) + "'", start);
        return value;
    }

    private Parsed binary(Node.BinaryOp op, Parsed left, Parsed right, int at) {
        return checked(new Node.Binary(op, left.node(), right.node()), Math.max(left.height(), right.height()) + 1, at);
    }

    private Parsed checked(Node node, int height, int at) {
        if (height > MAX_HEIGHT) {
            throw error("expression is nested too deeply (more than " + MAX_HEIGHT
                    + " levels); group long sums or products in parentheses", at);
        }
        return new Parsed(node, height);
    }

    private void enter(int depth) {
        if (depth > MAX_HEIGHT) throw error("expression is nested too deeply (more than " + MAX_HEIGHT + " levels)", pos);
    }

    private String peekWord() {
        int end = pos;
        while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_')) end++;
        return end == pos ? String.valueOf(src.charAt(pos)) : src.substring(pos, end);
    }

    private String knownNames() {
        List<String> names = new ArrayList<>(variables.stream().sorted().toList());
        names.add("pi");
        names.add("e");
        return String.join(", ", names);
    }

    private boolean accept(char c) {
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private static boolean isOperator(char c) {
        return c == '+' || c == '-' || c == '*' || c == '/' || c == '^' || c == ',';
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private ExpressionException error(String problem, int at) {
        return new ExpressionException(problem, src, at + 1);
    }
}
