package org.landscapelab.render;

import java.awt.Color;

/**
 * Something drawn over the landscape that changes while the landscape does not: a trajectory, a
 * particle cloud, an arrow. An overlay with a non-empty label gets a legend entry.
 */
public sealed interface Overlay permits TrajectoryOverlay, CloudOverlay, ArrowOverlay {
    String label();

    Color color();
}
