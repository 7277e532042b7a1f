package org.landscapelab.render;

/** Separable Gaussian blur of a small grid, zero outside it. */
final class Blur {
    private Blur() {}

    static double[] gaussian(double[] v, int nx, int ny, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        double[] kernel = new double[2 * radius + 1];
        for (int k = -radius; k <= radius; k++) kernel[k + radius] = Math.exp(-0.5 * k * k / (sigma * sigma));
        double[] rows = new double[v.length];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double sum = 0;
                for (int k = Math.max(-radius, -i); k <= Math.min(radius, nx - 1 - i); k++) sum += kernel[k + radius] * v[j * nx + i + k];
                rows[j * nx + i] = sum;
            }
        }
        double[] out = new double[v.length];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double sum = 0;
                for (int k = Math.max(-radius, -j); k <= Math.min(radius, ny - 1 - j); k++) sum += kernel[k + radius] * rows[(j + k) * nx + i];
                out[j * nx + i] = sum;
            }
        }
        return out;
    }
}
