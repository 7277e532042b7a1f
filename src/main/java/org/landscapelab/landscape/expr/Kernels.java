package org.landscapelab.landscape.expr;

import java.util.List;

/** Entry point of the compiler: tree in, fast kernel out. */
public final class Kernels {
    private Kernels() {}

    /** Compiles f with exact first and second derivatives in x and y. */
    public static Kernel compile(Node f, List<String> inputs) {
        return KernelCompiler.compile(Program.of(f, inputs));
    }

    /** The same program run by the reference interpreter, to check the compiler against. */
    public static Kernel interpret(Node f, List<String> inputs) {
        return new Interpreter(Program.of(f, inputs));
    }
}
