package org.landscapelab.landscape.expr;

import java.util.List;

/**
 * An expression tree. Trees are immutable values: two structurally equal trees are equal, which
 * is what lets the compiler share common subexpressions between f and its derivatives.
 */
public sealed interface Node {

    /** A numeric constant. */
    record Const(double value) implements Node {
        @Override public String toString() { return Printer.print(this); }
    }

    /** A named input: {@code x}, {@code y}, a landscape parameter or a data column. */
    record Variable(String name) implements Node {
        @Override public String toString() { return name; }
    }

    record Neg(Node arg) implements Node {
        @Override public String toString() { return Printer.print(this); }
    }

    record Binary(BinaryOp op, Node left, Node right) implements Node {
        @Override public String toString() { return Printer.print(this); }
    }

    record Call(Function function, List<Node> args) implements Node {
        public Call {
            args = List.copyOf(args);
            if (args.size() != function.arity()) {
                throw new IllegalArgumentException(function.displayName() + " takes " + function.arity() + " arguments");
            }
        }
        @Override public String toString() { return Printer.print(this); }
    }

    enum BinaryOp {
        ADD("+", 1), SUB("-", 1), MUL("*", 2), DIV("/", 2), POW("^", 4);

        final String symbol;
        final int precedence;

        BinaryOp(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }
    }
}
