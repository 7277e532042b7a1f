package org.landscapelab.landscape.expr;

import java.util.List;

/** Entry point of the compiler: tree in, fast kernel out. */
public final class Kernels {
    private Kernels() {}

    /** Compiles f with exact first and second derivatives in x and y. */
    public static Kernel compile(Node f, List<String> inputs) {
        return compile(Program.of(f, inputs));
    }

    /** The interpreter runs a program about ten times slower than compiled code (measured on the power tower x^x^...^x). */
    static final int INTERPRETER_SLOWDOWN = 10;

    /** Compiles the program. */
    public static Kernel compile(Program program) {
        return KernelCompiler.compile(program);
    }

    /** {@link Program#cost} on this kernel: more where the program was too large to compile. */
    public static long cost(Program program, Kernel kernel) {
        return kernel instanceof Interpreter ? INTERPRETER_SLOWDOWN * program.cost() : program.cost();
    }

    /** The same program run by the reference interpreter, to check the compiler against. */
    public static Kernel interpret(Node f, List<String> inputs) {
        return new Interpreter(Program.of(f, inputs));
    }
}
