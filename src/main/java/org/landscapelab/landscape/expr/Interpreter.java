package org.landscapelab.landscape.expr;

import java.util.List;

/**
 * Runs a {@link Program} instruction by instruction. The fallback where bytecode generation is not
 * possible, and the independent check of the compiler in tests.
 */
final class Interpreter implements Kernel {
    private final Program.Instr[] code;
    private final int[] valueOut;
    private final boolean[][] live = new boolean[3][];
    private final int[] outputs = new int[Program.OUTPUTS];

    Interpreter(Program program) {
        List<Program.Instr> list = program.code();
        this.code = list.toArray(Program.Instr[]::new);
        this.valueOut = new int[] {program.output(0)};
        live[0] = program.live(1);
        live[1] = program.live(3);
        live[2] = program.live(Program.OUTPUTS);
        for (int k = 0; k < Program.OUTPUTS; k++) outputs[k] = program.output(k);
    }

    @Override
    public double value(double x, double y, double[] vars) {
        return run(x, y, vars, live[0])[valueOut[0]];
    }

    @Override
    public double gradient(double x, double y, double[] vars, double[] out) {
        double[] r = run(x, y, vars, live[1]);
        out[0] = r[outputs[1]];
        out[1] = r[outputs[2]];
        return r[outputs[0]];
    }

    @Override
    public double hessian(double x, double y, double[] vars, double[] out) {
        double[] r = run(x, y, vars, live[2]);
        for (int k = 1; k < Program.OUTPUTS; k++) out[k - 1] = r[outputs[k]];
        return r[outputs[0]];
    }

    private double[] run(double x, double y, double[] vars, boolean[] needed) {
        double[] r = new double[code.length];
        for (int i = 0; i < code.length; i++) {
            if (!needed[i]) continue;
            Program.Instr in = code[i];
            int[] a = in.args();
            r[i] = switch (in.op()) {
                case CONST -> in.constant();
                case X -> x;
                case Y -> y;
                case VAR -> vars[in.var()];
                case NEG -> -r[a[0]];
                case ADD -> r[a[0]] + r[a[1]];
                case SUB -> r[a[0]] - r[a[1]];
                case MUL -> r[a[0]] * r[a[1]];
                case DIV -> r[a[0]] / r[a[1]];
                case POW -> Math.pow(r[a[0]], r[a[1]]);
                case POW_CONST -> Powers.pow(r[a[0]], in.constant());
                case CALL -> {
                    double[] args = new double[a.length];
                    for (int j = 0; j < a.length; j++) args[j] = r[a[j]];
                    yield in.function().apply(args);
                }
            };
        }
        return r;
    }
}
