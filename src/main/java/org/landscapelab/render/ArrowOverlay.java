package org.landscapelab.render;

import java.awt.Color;
import org.landscapelab.landscape.Point;

/** An arrow from {@code origin} to origin + vector, in domain units: a gradient, momentum or update. */
public record ArrowOverlay(String label, Color color, Point origin, Point vector) implements Overlay {
    public ArrowOverlay {
        label = label == null ? "" : label;
    }
}
