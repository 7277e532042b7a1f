package org.landscapelab.landscape.expr;

import static org.landscapelab.landscape.expr.Algebra.add;
import static org.landscapelab.landscape.expr.Algebra.call;
import static org.landscapelab.landscape.expr.Algebra.constant;
import static org.landscapelab.landscape.expr.Algebra.div;
import static org.landscapelab.landscape.expr.Algebra.isZero;
import static org.landscapelab.landscape.expr.Algebra.mul;
import static org.landscapelab.landscape.expr.Algebra.neg;
import static org.landscapelab.landscape.expr.Algebra.pow;
import static org.landscapelab.landscape.expr.Algebra.sub;

import java.util.IdentityHashMap;
import java.util.Map;

/** Exact symbolic differentiation of a tree with respect to one variable. */
public final class Derivative {
    private final String variable;
    /** Shared subtrees (a derivative reuses its function's nodes) are differentiated once. */
    private final Map<Node, Node> memo = new IdentityHashMap<>();

    private Derivative(String variable) {
        this.variable = variable;
    }

    /** d node / d variable, simplified. */
    public static Node of(Node node, String variable) {
        return new Derivative(variable).d(node);
    }

    private Node d(Node n) {
        Node cached = memo.get(n);
        if (cached != null) return cached;
        Node result = compute(n);
        memo.put(n, result);
        return result;
    }

    private Node compute(Node n) {
        if (n instanceof Node.Const) return Algebra.ZERO;
        if (n instanceof Node.Variable v) return v.name().equals(variable) ? Algebra.ONE : Algebra.ZERO;
        if (n instanceof Node.Neg g) return neg(d(g.arg()));
        if (n instanceof Node.Binary b) return binary(b);
        return function((Node.Call) n);
    }

    private Node binary(Node.Binary b) {
        Node u = b.left();
        Node v = b.right();
        Node du = d(u);
        Node dv = d(v);
        return switch (b.op()) {
            case ADD -> add(du, dv);
            case SUB -> sub(du, dv);
            case MUL -> add(mul(du, v), mul(u, dv));
            case DIV -> isZero(dv) ? div(du, v) : sub(div(du, v), div(mul(u, dv), pow(v, constant(2))));
            case POW -> power(u, v, du, dv);
        };
    }

    private Node power(Node u, Node v, Node du, Node dv) {
        if (isZero(dv)) {
            // d u^c = c u^(c-1) u'; for a constant exponent this also holds where u < 0.
            Node exponentMinusOne = sub(v, Algebra.ONE);
            return mul(mul(v, pow(u, exponentMinusOne)), du);
        }
        Node logU = call(Function.LOG, u);
        if (isZero(du)) return mul(mul(pow(u, v), logU), dv);
        return mul(pow(u, v), add(mul(dv, logU), div(mul(v, du), u)));
    }

    private Node function(Node.Call c) {
        Node a = c.args().get(0);
        Node da = d(a);
        switch (c.function()) {
            case MIN: return call(Function.LESS_EQ_SELECT, a, c.args().get(1), da, d(c.args().get(1)));
            case MAX: return call(Function.LESS_EQ_SELECT, a, c.args().get(1), d(c.args().get(1)), da);
            case LESS_EQ_SELECT:
                return call(Function.LESS_EQ_SELECT, a, c.args().get(1), d(c.args().get(2)), d(c.args().get(3)));
            default:
                break;
        }
        if (isZero(da)) return Algebra.ZERO;
        Node outer = switch (c.function()) {
            case SIN -> call(Function.COS, a);
            case COS -> neg(call(Function.SIN, a));
            case TAN -> add(Algebra.ONE, pow(c, constant(2)));
            case EXP -> c;
            case LOG -> div(Algebra.ONE, a);
            case SQRT -> div(constant(0.5), c);
            case ABS -> call(Function.SIGN, a);
            case TANH -> sub(Algebra.ONE, pow(c, constant(2)));
            case SINH -> call(Function.COSH, a);
            case COSH -> call(Function.SINH, a);
            case ATAN -> div(Algebra.ONE, add(Algebra.ONE, pow(a, constant(2))));
            case SIGN -> Algebra.ZERO;
            default -> throw new IllegalStateException("unhandled " + c.function());
        };
        if (Algebra.isConst(outer, 1)) return da;
        // Keep a / u and 0.5 / sqrt(u) as divisions: u' / u reads better than u' * (1 / u).
        if (outer instanceof Node.Binary ob && ob.op() == Node.BinaryOp.DIV && ob.left() instanceof Node.Const k) {
            return div(mul(k, da), ob.right());
        }
        return mul(outer, da);
    }
}
