package org.landscapelab.landscape.expr;

import java.util.List;

/**
 * Smart constructors that fold constants and drop identities (0 + a, 1 * a, a ^ 1, ...), so that
 * derivatives come out readable and the compiled code does no needless work.
 */
public final class Algebra {
    public static final Node ZERO = new Node.Const(0);
    public static final Node ONE = new Node.Const(1);

    private Algebra() {}

    public static Node constant(double v) {
        return v == 0 ? ZERO : v == 1 ? ONE : new Node.Const(v);
    }

    public static boolean isConst(Node n, double v) {
        return n instanceof Node.Const c && c.value() == v;
    }

    public static boolean isZero(Node n) {
        return isConst(n, 0);
    }

    public static Node neg(Node a) {
        if (a instanceof Node.Const c) return constant(-c.value());
        if (a instanceof Node.Neg n) return n.arg();
        return new Node.Neg(a);
    }

    public static Node add(Node a, Node b) {
        if (a instanceof Node.Const ca && b instanceof Node.Const cb) return constant(ca.value() + cb.value());
        if (isZero(a)) return b;
        if (isZero(b)) return a;
        if (b instanceof Node.Neg nb) return sub(a, nb.arg());
        if (a instanceof Node.Neg na) return sub(b, na.arg());
        return new Node.Binary(Node.BinaryOp.ADD, a, b);
    }

    public static Node sub(Node a, Node b) {
        if (a instanceof Node.Const ca && b instanceof Node.Const cb) return constant(ca.value() - cb.value());
        if (isZero(b)) return a;
        if (isZero(a)) return neg(b);
        if (b instanceof Node.Neg nb) return add(a, nb.arg());
        if (a.equals(b)) return ZERO;
        return new Node.Binary(Node.BinaryOp.SUB, a, b);
    }

    public static Node mul(Node a, Node b) {
        if (a instanceof Node.Const ca && b instanceof Node.Const cb) return constant(ca.value() * cb.value());
        if (isZero(a) || isZero(b)) return ZERO;
        if (isConst(a, 1)) return b;
        if (isConst(b, 1)) return a;
        if (isConst(a, -1)) return neg(b);
        if (isConst(b, -1)) return neg(a);
        if (a instanceof Node.Neg na) return neg(mul(na.arg(), b));
        if (b instanceof Node.Neg nb) return neg(mul(a, nb.arg()));
        if (b instanceof Node.Const && !(a instanceof Node.Const)) return mul(b, a); // constants lead: 2*x
        if (a instanceof Node.Const ca && b instanceof Node.Binary bb && bb.op() == Node.BinaryOp.MUL
                && bb.left() instanceof Node.Const cb) {
            return mul(constant(ca.value() * cb.value()), bb.right());
        }
        return new Node.Binary(Node.BinaryOp.MUL, a, b);
    }

    public static Node div(Node a, Node b) {
        if (a instanceof Node.Const ca && b instanceof Node.Const cb) return constant(ca.value() / cb.value());
        if (isZero(a)) return ZERO;
        if (isConst(b, 1)) return a;
        if (a instanceof Node.Neg na) return neg(div(na.arg(), b));
        if (b instanceof Node.Neg nb) return neg(div(a, nb.arg()));
        return new Node.Binary(Node.BinaryOp.DIV, a, b);
    }

    public static Node pow(Node a, Node b) {
        if (a instanceof Node.Const ca && b instanceof Node.Const cb) return constant(Powers.pow(ca.value(), cb.value()));
        if (isConst(b, 1)) return a;
        if (isZero(b)) return ONE;
        return new Node.Binary(Node.BinaryOp.POW, a, b);
    }

    public static Node call(Function f, Node... args) {
        boolean allConst = true;
        for (Node arg : args) allConst &= arg instanceof Node.Const;
        if (allConst) {
            double[] v = new double[args.length];
            for (int i = 0; i < args.length; i++) v[i] = ((Node.Const) args[i]).value();
            return constant(f.apply(v));
        }
        return new Node.Call(f, List.of(args));
    }

    /** Rebuilds a tree through the smart constructors: a parsed tree comes out folded. */
    public static Node simplify(Node n) {
        if (n instanceof Node.Neg g) return neg(simplify(g.arg()));
        if (n instanceof Node.Binary b) {
            Node l = simplify(b.left());
            Node r = simplify(b.right());
            return switch (b.op()) {
                case ADD -> add(l, r);
                case SUB -> sub(l, r);
                case MUL -> mul(l, r);
                case DIV -> div(l, r);
                case POW -> pow(l, r);
            };
        }
        if (n instanceof Node.Call c) return call(c.function(), c.args().stream().map(Algebra::simplify).toArray(Node[]::new));
        return n;
    }
}
