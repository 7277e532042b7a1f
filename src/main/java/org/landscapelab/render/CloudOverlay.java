package org.landscapelab.render;

import java.awt.Color;
import java.util.List;
import org.landscapelab.landscape.Point;

/** Many particles (an ensemble at one step) as dots, optionally over a smoothed density. */
public record CloudOverlay(String label, Color color, List<Point> points, boolean density) implements Overlay {
    public CloudOverlay {
        label = label == null ? "" : label;
        points = List.copyOf(points);
    }
}
