package org.landscapelab.landscape.expr;

import java.util.Arrays;
import java.util.Optional;

/** The functions an expression may call, plus two internal ones that derivatives need. */
public enum Function {
    SIN("sin", 1), COS("cos", 1), TAN("tan", 1),
    EXP("exp", 1), LOG("log", 1), SQRT("sqrt", 1), ABS("abs", 1),
    TANH("tanh", 1), SINH("sinh", 1), COSH("cosh", 1), ATAN("atan", 1),
    MIN("min", 2), MAX("max", 2), SIGN("sign", 1),
    /** {@code lesseq(a, b, t, e)} is t where a <= b, else e: the derivative of min and max. */
    LESS_EQ_SELECT("lesseq", 4, false);

    private final String displayName;
    private final int arity;
    private final boolean typeable;

    Function(String displayName, int arity) {
        this(displayName, arity, true);
    }

    Function(String displayName, int arity, boolean typeable) {
        this.displayName = displayName;
        this.arity = arity;
        this.typeable = typeable;
    }

    public String displayName() { return displayName; }

    public int arity() { return arity; }

    /** The function a user may type under this name. */
    public static Optional<Function> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.typeable && f.displayName.equals(name)).findFirst();
    }

    /** Names a user may type, for error messages and help. */
    public static String typeableNames() {
        return String.join(" ", Arrays.stream(values()).filter(f -> f.typeable).map(f -> f.displayName).toList());
    }

    /** The value of this function; the compiled code calls the same methods, so results agree to the bit. */
    public double apply(double[] a) {
        return switch (this) {
            case SIN -> Math.sin(a[0]);
            case COS -> Math.cos(a[0]);
            case TAN -> Math.tan(a[0]);
            case EXP -> Math.exp(a[0]);
            case LOG -> Math.log(a[0]);
            case SQRT -> Math.sqrt(a[0]);
            case ABS -> Math.abs(a[0]);
            case TANH -> Math.tanh(a[0]);
            case SINH -> Math.sinh(a[0]);
            case COSH -> Math.cosh(a[0]);
            case ATAN -> Math.atan(a[0]);
            case MIN -> Math.min(a[0], a[1]);
            case MAX -> Math.max(a[0], a[1]);
            case SIGN -> Math.signum(a[0]);
            case LESS_EQ_SELECT -> KernelSupport.lessEqSelect(a[0], a[1], a[2], a[3]);
        };
    }
}
