package org.landscapelab.nn;

import java.util.List;

/**
 * The flat view of a network's parameters that optimizers work on: every parameter in list order,
 * each row-major. Copies in and out, so the layers keep their own matrices.
 */
public final class ParameterVector {
    private ParameterVector() {}

    /** Total number of entries. */
    public static int size(List<ParameterTensor> parameters) {
        int n = 0;
        for (ParameterTensor p : parameters) n += p.size();
        return n;
    }

    /** Parameter values → x. */
    public static void copyValues(List<ParameterTensor> parameters, double[] x) {
        int o = 0;
        for (int i = 0; i < parameters.size(); i++) {        // indexed: no iterator in the training loop
            ParameterTensor p = parameters.get(i);
            System.arraycopy(p.value().data, 0, x, o, p.size());
            o += p.size();
        }
    }

    /** x → parameter values. */
    public static void setValues(List<ParameterTensor> parameters, double[] x) {
        int o = 0;
        for (int i = 0; i < parameters.size(); i++) {        // indexed: no iterator in the training loop
            ParameterTensor p = parameters.get(i);
            System.arraycopy(x, o, p.value().data, 0, p.size());
            o += p.size();
        }
    }

    /** Parameter gradients → g. */
    public static void copyGradients(List<ParameterTensor> parameters, double[] g) {
        int o = 0;
        for (int i = 0; i < parameters.size(); i++) {        // indexed: no iterator in the training loop
            ParameterTensor p = parameters.get(i);
            System.arraycopy(p.grad().data, 0, g, o, p.size());
            o += p.size();
        }
    }

    /** A new array holding the parameter values. */
    public static double[] values(List<ParameterTensor> parameters) {
        double[] x = new double[size(parameters)];
        copyValues(parameters, x);
        return x;
    }
}
