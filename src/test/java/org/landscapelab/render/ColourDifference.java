package org.landscapelab.render;

import java.awt.Color;

/**
 * CIEDE2000 colour differences (Sharma, Wu and Dalal 2005) between sRGB colours, and how colours
 * look with a colour-vision deficiency (Machado, Oliveira and Fernandes 2009, severity 1), to test
 * a palette against what a reader can tell apart. Opaque colours only.
 */
final class ColourDifference {
    enum Vision {
        NORMAL(null),
        PROTANOPIA(new double[] {0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998}),
        DEUTERANOPIA(new double[] {0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.011820, 0.042940, 0.968881}),
        TRITANOPIA(new double[] {1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.303900});

        private final double[] m;

        Vision(double[] m) {
            this.m = m;
        }

        /** Linear RGB as seen with this vision. */
        double[] see(double[] linear) {
            if (m == null) return linear;
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) out[i] = clamp(m[3 * i] * linear[0] + m[3 * i + 1] * linear[1] + m[3 * i + 2] * linear[2]);
            return out;
        }
    }

    private ColourDifference() {}

    /** ΔE00 between two colours as seen with {@code vision}. */
    static double deltaE(Color a, Color b, Vision vision) {
        return ciede2000(lab(vision.see(linear(a))), lab(vision.see(linear(b))));
    }

    static double deltaE(Color a, Color b) {
        return deltaE(a, b, Vision.NORMAL);
    }

    private static double[] linear(Color c) {
        int[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = v[i] / 255.0;
            out[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** CIE L*a*b* under D65 of linear sRGB. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double ciede2000(double[] p, double[] q) {
        double c1 = Math.hypot(p[1], p[2]);
        double c2 = Math.hypot(q[1], q[2]);
        double cBar7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cBar7 / (cBar7 + Math.pow(25, 7))));
        double a1 = (1 + g) * p[1];
        double a2 = (1 + g) * q[1];
        double c1p = Math.hypot(a1, p[2]);
        double c2p = Math.hypot(a2, q[2]);
        double h1 = hue(a1, p[2]);
        double h2 = hue(a2, q[2]);
        double dL = q[0] - p[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lBar = (p[0] + q[0]) / 2;
        double cBarP = (c1p + c2p) / 2;
        double hBar = c1p * c2p == 0 ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hBar - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hBar))
                + 0.32 * Math.cos(Math.toRadians(3 * hBar + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hBar - 63));
        double sl = 1 + 0.015 * (lBar - 50) * (lBar - 50) / Math.sqrt(20 + (lBar - 50) * (lBar - 50));
        double sc = 1 + 0.045 * cBarP;
        double sh = 1 + 0.015 * cBarP * t;
        double cBarP7 = Math.pow(cBarP, 7);
        double rt = -2 * Math.sqrt(cBarP7 / (cBarP7 + Math.pow(25, 7)))
                * Math.sin(Math.toRadians(60 * Math.exp(-Math.pow((hBar - 275) / 25, 2))));
        double l = dL / sl;
        double c = dC / sc;
        double h = dH / sh;
        return Math.sqrt(l * l + c * c + h * h + rt * c * h);
    }

    private static double hue(double a, double b) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }
}
