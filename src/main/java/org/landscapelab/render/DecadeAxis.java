package org.landscapelab.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** A log axis with its ticks at whole powers of ten and plain labels ({@link LogTicks}). */
public final class DecadeAxis extends LogAxis {
    public DecadeAxis(String label) {
        super(label);
        setSmallestValue(1e-300);
        setMinorTickMarksVisible(false);
    }

    @Override
    public List<Tick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT
                : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        List<Tick> ticks = new ArrayList<>();
        for (double v : LogTicks.between(getLowerBound(), getUpperBound())) {
            ticks.add(new NumberTick(v, LogTicks.label(v), anchor, TextAnchor.CENTER, 0));
        }
        return ticks;
    }
}
