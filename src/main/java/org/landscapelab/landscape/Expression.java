package org.landscapelab.landscape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.landscapelab.landscape.expr.Algebra;
import org.landscapelab.landscape.expr.Derivative;
import org.landscapelab.landscape.expr.ExpressionException;
import org.landscapelab.landscape.expr.Kernel;
import org.landscapelab.landscape.expr.Kernels;
import org.landscapelab.landscape.expr.Node;
import org.landscapelab.landscape.expr.Parser;
import org.landscapelab.landscape.expr.Program;

/**
 * A parsed and compiled expression in x, y and named inputs (landscape parameters, data columns).
 * Parsing happens once; evaluation goes through a compiled {@link Kernel} that also gives the exact
 * gradient and Hessian.
 */
public final class Expression {
    private final String source;
    private final List<String> inputs;
    private final Node tree;
    private final Kernel kernel;
    private final long cost;

    private Expression(String source, List<String> inputs, Node tree) {
        this.source = source;
        this.inputs = List.copyOf(inputs);
        this.tree = tree;
        Program program = Program.of(tree, this.inputs);
        this.kernel = Kernels.compile(program);
        this.cost = Kernels.cost(program, kernel);
    }

    /** An expression in x and y only. */
    public static Expression parse(String source) throws ExpressionException {
        return parse(source, List.of());
    }

    /** An expression in x, y and the given named inputs (in the order their values are passed). */
    public static Expression parse(String source, List<String> inputs) throws ExpressionException {
        Set<String> names = new HashSet<>(inputs);
        names.add("x");
        names.add("y");
        Node tree = Algebra.simplify(Parser.parse(source, names));
        return new Expression(source, new ArrayList<>(inputs), tree);
    }

    /** The text as the user typed it. */
    public String source() { return source; }

    /** Named inputs besides x and y, in the order {@link #kernel()} expects their values. */
    public List<String> inputs() { return inputs; }

    public Node tree() { return tree; }

    public Kernel kernel() { return kernel; }

    /** Work of one evaluation with all derivatives, in the units of {@link Program#cost}. */
    public long cost() { return cost; }

    /** The symbolic partial derivative, for display. */
    public Node derivative(String variable) {
        return Derivative.of(tree, variable);
    }

    /** This expression's function with its named inputs bound to {@code values}. */
    public LandscapeFunction bind(double... values) {
        if (values.length != inputs.size()) {
            throw new IllegalArgumentException("expected " + inputs.size() + " input values, got " + values.length);
        }
        return new LandscapeFunction(kernel, cost, new double[][] {values.clone()});
    }

    /**
     * The mean over data rows of this expression as a term: each row's values follow the
     * parameter values in the inputs (parameters first, then the data columns).
     */
    public LandscapeFunction bindSum(double[] parameterValues, Dataset data) {
        if (parameterValues.length + data.columns().size() != inputs.size()) {
            throw new IllegalArgumentException("expected " + inputs.size() + " inputs, got "
                    + parameterValues.length + " parameters and " + data.columns().size() + " columns");
        }
        double[][] terms = new double[data.size()][];
        for (int i = 0; i < data.size(); i++) {
            double[] row = data.row(i);
            double[] t = java.util.Arrays.copyOf(parameterValues, inputs.size());
            System.arraycopy(row, 0, t, parameterValues.length, row.length);
            terms[i] = t;
        }
        return new LandscapeFunction(kernel, cost, terms);
    }

    @Override
    public String toString() { return source; }
}
