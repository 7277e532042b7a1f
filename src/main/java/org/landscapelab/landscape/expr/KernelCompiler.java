package org.landscapelab.landscape.expr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Compiles a {@link Program} to JVM bytecode: a hidden class implementing {@link Kernel} whose
 * methods are straight-line code, so the JIT treats them like a hand-written function. A value
 * used more than once lives in a local; a value used once is computed where it is used.
 * Straight-line code has no branches, so no stack map frames are needed.
 */
final class KernelCompiler {
    /** HotSpot does not JIT-compile methods above 8000 bytes of bytecode; stay under it. */
    static final int MAX_METHOD_BYTES = 7900;

    private static final String SELF = "org/landscapelab/landscape/expr/GeneratedKernel";
    private static final String KERNEL = "org/landscapelab/landscape/expr/Kernel";
    private static final String SUPPORT = "org/landscapelab/landscape/expr/KernelSupport";
    private static final int X_SLOT = 1, Y_SLOT = 3, VARS_SLOT = 5, OUT_SLOT = 6, FIRST_TEMP = 7;

    private KernelCompiler() {}

    /** A compiled kernel, or the interpreter when the program is too large to compile well. */
    static Kernel compile(Program program) {
        try {
            byte[] classFile = classFile(program);
            MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(classFile, true);
            return (Kernel) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (TooLarge e) {
            return new Interpreter(program);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("kernel compilation failed", e);
        }
    }

    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    static byte[] classFile(Program program) throws TooLarge {
        ConstantPool pool = new ConstantPool();
        int thisClass = pool.classRef(SELF);
        int superClass = pool.classRef("java/lang/Object");
        int kernel = pool.classRef(KERNEL);
        int code = pool.utf8("Code");
        byte[][] methods = {
            constructor(pool, code),
            method(pool, code, program, "value", "(DD[D)D", 1),
            method(pool, code, program, "gradient", "(DD[D[D)D", 3),
            method(pool, code, program, "hessian", "(DD[D[D)D", Program.OUTPUTS),
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(61); // Java 17
            out.writeShort(pool.count());
            out.write(pool.toByteArray());
            out.writeShort(0x0001 | 0x0010 | 0x0020); // public final super
            out.writeShort(thisClass);
            out.writeShort(superClass);
            out.writeShort(1);
            out.writeShort(kernel);
            out.writeShort(0); // fields
            out.writeShort(methods.length);
            for (byte[] m : methods) out.write(m);
            out.writeShort(0); // attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] constructor(ConstantPool pool, int codeAttr) {
        CodeBuffer c = new CodeBuffer();
        c.op(0x2a, 1); // aload_0
        c.op(0xb7, -1); // invokespecial Object.<init>
        c.u2(pool.methodRef("java/lang/Object", "<init>", "()V"));
        c.op(0xb1, 0); // return
        return methodInfo(pool, codeAttr, "<init>", "()V", c, 1);
    }

    private static byte[] method(ConstantPool pool, int codeAttr, Program program, String name, String descriptor,
                                 int outputCount) throws TooLarge {
        MethodEmitter e = new MethodEmitter(pool, program, outputCount);
        CodeBuffer c = e.emit();
        if (c.size() > MAX_METHOD_BYTES) throw new TooLarge();
        return methodInfo(pool, codeAttr, name, descriptor, c, e.maxLocals());
    }

    private static byte[] methodInfo(ConstantPool pool, int codeAttr, String name, String descriptor, CodeBuffer c,
                                     int maxLocals) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(0x0001); // public
            out.writeShort(pool.utf8(name));
            out.writeShort(pool.utf8(descriptor));
            out.writeShort(1);
            out.writeShort(codeAttr);
            byte[] code = c.toByteArray();
            out.writeInt(2 + 2 + 4 + code.length + 2 + 2);
            out.writeShort(c.maxStack());
            out.writeShort(maxLocals);
            out.writeInt(code.length);
            out.write(code);
            out.writeShort(0); // exception table
            out.writeShort(0); // attributes
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /** Emits one kernel method: computes the first {@code outputCount} outputs. */
    private static final class MethodEmitter {
        private final ConstantPool pool;
        private final Program.Instr[] code;
        private final Program program;
        private final int outputCount;
        private final boolean[] live;
        private final int[] uses;
        private final int[] local;
        private final CodeBuffer c = new CodeBuffer();
        private int nextLocal = FIRST_TEMP;

        MethodEmitter(ConstantPool pool, Program program, int outputCount) {
            this.pool = pool;
            this.program = program;
            this.code = program.code().toArray(Program.Instr[]::new);
            this.outputCount = outputCount;
            this.live = program.live(outputCount);
            this.uses = new int[code.length];
            this.local = new int[code.length];
            for (int i = 0; i < code.length; i++) {
                if (!live[i]) continue;
                for (int a : code[i].args()) uses[a]++;
            }
            for (int k = 0; k < outputCount; k++) uses[program.output(k)]++;
        }

        int maxLocals() { return nextLocal; }

        CodeBuffer emit() throws TooLarge {
            for (int i = 0; i < code.length; i++) {
                if (!live[i] || !materialized(i)) continue;
                inline(i);
                local[i] = nextLocal;
                nextLocal += 2;
                if (nextLocal > 0xFFFF) throw new TooLarge();
                c.localOp(0x39, local[i], -2); // dstore
                if (c.size() > MAX_METHOD_BYTES) throw new TooLarge();
            }
            if (outputCount == 1) {
                load(program.output(0));
                c.op(0xaf, -2); // dreturn
                return c;
            }
            for (int k = 1; k < outputCount; k++) {
                c.localOp(0x19, OUT_SLOT, 1); // aload out
                c.pushInt(k - 1);
                load(program.output(k));
                c.op(0x52, -4); // dastore
            }
            load(program.output(0));
            c.op(0xaf, -2);
            return c;
        }

        private boolean materialized(int i) {
            Program.Op op = code[i].op();
            return uses[i] > 1 && op != Program.Op.CONST && op != Program.Op.X && op != Program.Op.Y;
        }

        /** Pushes the value of instruction i: from its local, or computed here if used only once. */
        private void load(int i) {
            if (materialized(i)) c.localOp(0x18, local[i], 2); // dload
            else inline(i);
        }

        private void inline(int i) {
            Program.Instr in = code[i];
            int[] a = in.args();
            switch (in.op()) {
                case CONST -> constant(in.constant());
                case X -> c.localOp(0x18, X_SLOT, 2);
                case Y -> c.localOp(0x18, Y_SLOT, 2);
                case VAR -> {
                    c.localOp(0x19, VARS_SLOT, 1); // aload vars
                    c.pushInt(in.var());
                    c.op(0x31, 0); // daload: (ref, int) -> double
                }
                case NEG -> {
                    load(a[0]);
                    c.op(0x77, 0);
                }
                case ADD -> binary(a, 0x63);
                case SUB -> binary(a, 0x67);
                case MUL -> binary(a, 0x6b);
                case DIV -> binary(a, 0x6f);
                case POW -> {
                    load(a[0]);
                    load(a[1]);
                    invoke("java/lang/Math", "pow", "(DD)D", 2);
                }
                case POW_CONST -> powConst(a[0], in.constant());
                case CALL -> call(in.function(), a);
            }
        }

        private void binary(int[] a, int opcode) {
            load(a[0]);
            load(a[1]);
            c.op(opcode, -2);
        }

        /** Same operation sequences as {@link Powers#pow}, so compiled and interpreted agree bitwise. */
        private void powConst(int base, double n) {
            if (n == -1) {
                constant(1.0);
                load(base);
                c.op(0x6f, -2);
                return;
            }
            load(base);
            if (n == 2) {
                c.op(0x5c, 2); // dup2
                c.op(0x6b, -2);
            } else if (n == 3) {
                c.op(0x5c, 2);
                c.op(0x5c, 2);
                c.op(0x6b, -2);
                c.op(0x6b, -2);
            } else if (n == 4) {
                c.op(0x5c, 2);
                c.op(0x6b, -2);
                c.op(0x5c, 2);
                c.op(0x6b, -2);
            } else {
                constant(n);
                invoke("java/lang/Math", "pow", "(DD)D", 2);
            }
        }

        private void call(Function f, int[] a) {
            for (int arg : a) load(arg);
            switch (f) {
                case MIN -> invoke("java/lang/Math", "min", "(DD)D", 2);
                case MAX -> invoke("java/lang/Math", "max", "(DD)D", 2);
                case SIGN -> invoke("java/lang/Math", "signum", "(D)D", 1);
                case LESS_EQ_SELECT -> invoke(SUPPORT, "lessEqSelect", "(DDDD)D", 4);
                default -> invoke("java/lang/Math", f.name().toLowerCase(java.util.Locale.ROOT), "(D)D", 1);
            }
        }

        private void invoke(String owner, String name, String descriptor, int doubleArgs) {
            c.op(0xb8, -2 * doubleArgs + 2); // invokestatic
            c.u2(pool.methodRef(owner, name, descriptor));
        }

        private void constant(double v) {
            if (Double.doubleToRawLongBits(v) == 0L) {
                c.op(0x0e, 2); // dconst_0 (not for -0.0)
            } else if (v == 1.0) {
                c.op(0x0f, 2); // dconst_1
            } else {
                c.op(0x14, 2); // ldc2_w
                c.u2(pool.doubleConst(v));
            }
        }
    }

    /** Bytecode with a running operand-stack depth (in slots) to compute max_stack. */
    private static final class CodeBuffer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int depth;
        private int maxStack;

        void op(int opcode, int stackDelta) {
            bytes.write(opcode);
            depth += stackDelta;
            maxStack = Math.max(maxStack, depth);
        }

        void u2(int v) {
            bytes.write(v >>> 8);
            bytes.write(v);
        }

        /** dload/dstore/aload with the wide prefix when the slot does not fit a byte. */
        void localOp(int opcode, int slot, int stackDelta) {
            if (slot > 0xFF) {
                op(0xc4, 0); // wide
                op(opcode, stackDelta);
                u2(slot);
            } else {
                op(opcode, stackDelta);
                bytes.write(slot);
            }
        }

        void pushInt(int v) {
            if (v <= 5) {
                op(0x03 + v, 1); // iconst_v
            } else if (v <= Byte.MAX_VALUE) {
                op(0x10, 1); // bipush
                bytes.write(v);
            } else {
                op(0x11, 1); // sipush
                u2(v);
            }
        }

        int size() { return bytes.size(); }

        int maxStack() { return maxStack; }

        byte[] toByteArray() { return bytes.toByteArray(); }
    }
}
