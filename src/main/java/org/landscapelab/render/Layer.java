package org.landscapelab.render;

/** The parts of a figure that can be shown or hidden. */
public enum Layer {
    HEATMAP, CONTOURS, SADDLE_REGIONS, CRITICAL_POINTS, EIGEN_DIRECTIONS, OVERLAYS, AXES, COLORBAR, LEGEND, TITLE
}
