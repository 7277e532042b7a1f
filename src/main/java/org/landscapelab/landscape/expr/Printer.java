package org.landscapelab.landscape.expr;

import java.util.stream.Collectors;

/** Prints a tree back in the expression language with as few parentheses as are needed. */
final class Printer {
    private static final int NEG_PRECEDENCE = 3;
    private static final int ATOM_PRECEDENCE = 9;

    private Printer() {}

    static String print(Node node) {
        if (node instanceof Node.Const c) return number(c.value());
        if (node instanceof Node.Variable v) return v.name();
        if (node instanceof Node.Neg n) return "-" + wrap(n.arg(), precedence(n.arg()) <= NEG_PRECEDENCE);
        if (node instanceof Node.Binary b) {
            int p = b.op().precedence;
            int lp = precedence(b.left());
            int rp = precedence(b.right());
            boolean pow = b.op() == Node.BinaryOp.POW;
            boolean leftAssocOnly = b.op() == Node.BinaryOp.SUB || b.op() == Node.BinaryOp.DIV;
            boolean wrapLeft = pow ? lp <= p : lp < p;
            boolean wrapRight = rp < p || (rp == p && leftAssocOnly);
            String sep = p == 1 ? " " + b.op().symbol + " " : b.op().symbol;
            return wrap(b.left(), wrapLeft) + sep + wrap(b.right(), wrapRight);
        }
        Node.Call c = (Node.Call) node;
        return c.function().displayName()
                + c.args().stream().map(Printer::print).collect(Collectors.joining(", ", "(", ")"));
    }

    private static int precedence(Node node) {
        if (node instanceof Node.Const c) return c.value() < 0 ? NEG_PRECEDENCE : ATOM_PRECEDENCE;
        if (node instanceof Node.Neg) return NEG_PRECEDENCE;
        if (node instanceof Node.Binary b) return b.op().precedence;
        return ATOM_PRECEDENCE;
    }

    private static String wrap(Node node, boolean parens) {
        String s = print(node);
        return parens ? "(" + s + ")" : s;
    }

    /** Shortest text that parses back to exactly v. */
    static String number(double v) {
        if (v == Math.PI) return "pi";
        if (v == Math.E) return "e";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v).replace("E", "e");
    }
}
