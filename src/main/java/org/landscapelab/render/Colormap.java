package org.landscapelab.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A colour map: t in [0, 1] to a colour, by linear interpolation between evenly spaced control
 * colours. The tables are matplotlib's own, copied verbatim into resources (see the header of each
 * file): viridis and cividis are perceptually uniform sequential maps, cividis optimised for
 * colour-vision deficiency; coolwarm (Moreland) is the diverging map. No CVD-optimised diverging
 * map (cmocean's balance, matplotlib's berlin) is packaged offline here, so coolwarm it is.
 */
public final class Colormap {
    /** What NaN maps to: transparent, so the background shows where f is undefined. */
    public static final int NAN_ARGB = 0x00000000;

    public static final Colormap VIRIDIS = load("viridis");
    public static final Colormap CIVIDIS = load("cividis");
    public static final Colormap COOLWARM = load("coolwarm");
    private static final List<Colormap> ALL = List.of(VIRIDIS, CIVIDIS, COOLWARM);

    private final String name;
    private final double[] rgb; // r, g, b of each control colour, in [0, 1]
    private final int segments;

    private Colormap(String name, double[] rgb) {
        this.name = name;
        this.rgb = rgb;
        this.segments = rgb.length / 3 - 1;
    }

    /** The map with this name (case-insensitive), e.g. "viridis". */
    public static Colormap byName(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (Colormap c : ALL) {
            if (c.name.equals(key)) return c;
        }
        throw new IllegalArgumentException("unknown colormap '" + name + "'; known: " + String.join(", ", names()));
    }

    public static List<String> names() {
        return ALL.stream().map(Colormap::name).toList();
    }

    public String name() { return name; }

    /** Opaque colour at t, clamped to [0, 1]; NaN gives {@link #NAN_ARGB}. */
    public int argb(double t) {
        if (Double.isNaN(t)) return NAN_ARGB;
        double s = (t <= 0 ? 0 : t >= 1 ? 1 : t) * segments;
        int k = Math.min((int) s, segments - 1);
        double w = s - k;
        int o = 3 * k;
        return 0xFF000000
                | channel(rgb[o], rgb[o + 3], w) << 16
                | channel(rgb[o + 1], rgb[o + 4], w) << 8
                | channel(rgb[o + 2], rgb[o + 5], w);
    }

    public java.awt.Color color(double t) {
        return new java.awt.Color(argb(t), true);
    }

    private static int channel(double a, double b, double w) {
        return (int) Math.round((a + (b - a) * w) * 255);
    }

    private static Colormap load(String name) {
        String resource = "colormaps/" + name + ".txt";
        try (InputStream in = Colormap.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<double[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] p = line.split("\\s+");
                rows.add(new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2])});
            }
            double[] rgb = new double[3 * rows.size()];
            for (int k = 0; k < rows.size(); k++) System.arraycopy(rows.get(k), 0, rgb, 3 * k, 3);
            return new Colormap(name, rgb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Colormap c && c.name.equals(name);
    }

    @Override
    public int hashCode() { return name.hashCode(); }

    @Override
    public String toString() { return name; }
}
