package org.landscapelab.landscape.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Straight-line code for f, its gradient and its Hessian: each instruction computes one value
 * from earlier ones, and a subexpression that occurs several times (in f or in any derivative) is
 * computed once. The interpreter and the bytecode compiler both run this form.
 */
public final class Program {
    public enum Op { CONST, X, Y, VAR, NEG, ADD, SUB, MUL, DIV, POW, POW_CONST, CALL }

    /**
     * One instruction. {@code constant} is the value of CONST and the exponent of POW_CONST;
     * {@code var} indexes {@code vars} for VAR; {@code args} are earlier instruction indices.
     */
    public record Instr(Op op, double constant, int var, Function function, int[] args) {}

    /** Output order: f, f_x, f_y, f_xx, f_xy, f_yy. */
    public static final int OUTPUTS = 6;

    private final List<Instr> code;
    private final int[] outputs;
    private final List<String> variables;

    private Program(List<Instr> code, int[] outputs, List<String> variables) {
        this.code = List.copyOf(code);
        this.outputs = outputs;
        this.variables = List.copyOf(variables);
    }

    /**
     * Builds the program for f and its derivatives in x and y. {@code variables} lists the other
     * named inputs in the order their values will be passed.
     */
    public static Program of(Node f, List<String> variables) {
        Node fx = Derivative.of(f, "x");
        Node fy = Derivative.of(f, "y");
        Node fxx = Derivative.of(fx, "x");
        Node fxy = Derivative.of(fx, "y");
        Node fyy = Derivative.of(fy, "y");
        Builder b = new Builder(variables);
        int[] outputs = new int[OUTPUTS];
        Node[] nodes = {f, fx, fy, fxx, fxy, fyy};
        for (int i = 0; i < OUTPUTS; i++) outputs[i] = b.emit(nodes[i]);
        return new Program(b.code, outputs, variables);
    }

    public List<Instr> code() { return code; }

    /** Instruction index of output k (see {@link #OUTPUTS}). */
    public int output(int k) { return outputs[k]; }

    public List<String> variables() { return variables; }

    /**
     * The work of one run of the whole program (f and every derivative), in units of about a
     * nanosecond of compiled code: 1 per instruction, {@link #CALL_COST} per function call or
     * general power. Bounds on searches and rasters are put in these units, so they do not
     * depend on the machine.
     */
    public long cost() {
        long units = 0;
        for (Instr in : code) units += in.op() == Op.CALL || in.op() == Op.POW ? CALL_COST : 1;
        return units;
    }

    /** sin, exp, log and pow take 20 to 50 ns where an addition or a multiplication takes about 1. */
    static final int CALL_COST = 20;

    /** Which instructions the first {@code outputCount} outputs need. */
    public boolean[] live(int outputCount) {
        boolean[] live = new boolean[code.size()];
        for (int k = 0; k < outputCount; k++) live[outputs[k]] = true;
        for (int i = code.size() - 1; i >= 0; i--) {
            if (!live[i]) continue;
            for (int a : code.get(i).args()) live[a] = true;
        }
        return live;
    }

    private static final class Builder {
        private final List<Instr> code = new ArrayList<>();
        private final Map<Object, Integer> interned = new HashMap<>();
        private final Map<Node, Integer> visited = new IdentityHashMap<>();
        private final List<String> variables;

        Builder(List<String> variables) {
            this.variables = variables;
        }

        int emit(Node n) {
            Integer seen = visited.get(n);
            if (seen != null) return seen;
            int index = build(n);
            visited.put(n, index);
            return index;
        }

        private int build(Node n) {
            if (n instanceof Node.Const c) return add(Op.CONST, c.value(), -1, null);
            if (n instanceof Node.Variable v) {
                if (v.name().equals("x")) return add(Op.X, 0, -1, null);
                if (v.name().equals("y")) return add(Op.Y, 0, -1, null);
                int index = variables.indexOf(v.name());
                if (index < 0) throw new IllegalArgumentException("no value for variable '" + v.name() + "'");
                return add(Op.VAR, 0, index, null);
            }
            if (n instanceof Node.Neg g) return add(Op.NEG, 0, -1, null, emit(g.arg()));
            if (n instanceof Node.Binary b) {
                if (b.op() == Node.BinaryOp.POW && b.right() instanceof Node.Const k) {
                    return add(Op.POW_CONST, k.value(), -1, null, emit(b.left()));
                }
                int l = emit(b.left());
                int r = emit(b.right());
                return switch (b.op()) {
                    // IEEE addition and multiplication commute exactly: order operands to share more.
                    case ADD -> add(Op.ADD, 0, -1, null, Math.min(l, r), Math.max(l, r));
                    case MUL -> add(Op.MUL, 0, -1, null, Math.min(l, r), Math.max(l, r));
                    case SUB -> add(Op.SUB, 0, -1, null, l, r);
                    case DIV -> add(Op.DIV, 0, -1, null, l, r);
                    case POW -> add(Op.POW, 0, -1, null, l, r);
                };
            }
            Node.Call c = (Node.Call) n;
            int[] args = c.args().stream().mapToInt(this::emit).toArray();
            return add(Op.CALL, 0, -1, c.function(), args);
        }

        private int add(Op op, double constant, int var, Function function, int... args) {
            List<Object> key = List.of(op, Double.doubleToRawLongBits(constant), var,
                    function == null ? "" : function, Arrays.toString(args));
            return interned.computeIfAbsent(key, k -> {
                code.add(new Instr(op, constant, var, function, args));
                return code.size() - 1;
            });
        }
    }
}
