package org.landscapelab.optim;

import org.landscapelab.params.NumberText;
import org.landscapelab.params.ParamType;

/** The value of one hyper-parameter, typed as its {@link ParamType}. */
public sealed interface HyperValue {

    ParamType type();

    /** The value as the command line takes it, e.g. "0.9,0.999"; parsing it gives this value back. */
    String text();

    record Real(double value) implements HyperValue {
        public ParamType type() { return ParamType.NUMBER; }
        public String text() { return NumberText.format(value); }
    }

    record Flag(boolean value) implements HyperValue {
        public ParamType type() { return ParamType.BOOLEAN; }
        public String text() { return Boolean.toString(value); }
    }

    record Pair(double first, double second) implements HyperValue {
        public ParamType type() { return ParamType.PAIR; }
        public String text() { return NumberText.format(first) + "," + NumberText.format(second); }
    }

    record Int(int value) implements HyperValue {
        public ParamType type() { return ParamType.INTEGER; }
        public String text() { return Integer.toString(value); }
    }

    static HyperValue of(double value) { return new Real(value); }

    static HyperValue of(boolean value) { return new Flag(value); }

    static HyperValue of(double first, double second) { return new Pair(first, second); }

    static HyperValue of(int value) { return new Int(value); }
}
