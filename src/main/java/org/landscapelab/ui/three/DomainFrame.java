package org.landscapelab.ui.three;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Box;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.ui.fx.Numbers;

/**
 * What makes the orientation readable: the region's outline on the floor, an f post at the corner
 * furthest left on screen (beside the surface, never in front of it), and the axis names and end
 * values along the edges nearest the viewer. Labels are flat, in an overlay above the 3D scene at
 * the projections of their points, so they face the viewer and stay crisp; the view moves them
 * after every turn.
 */
final class DomainFrame {
    static final double THICKNESS = 0.3;
    /** How far outside the outline labels sit, in scene units. */
    private static final double OFFSET = 6;
    private static final Color COLOR = Color.web("#6b7480");

    private final PhongMaterial material = new PhongMaterial(COLOR);
    private final Box south = edge();
    private final Box north = edge();
    private final Box west = edge();
    private final Box east = edge();
    private final Box post = edge();
    private final Group group = new Group(south, north, west, east, post);
    private final Label xName = label("axis-name");
    private final Label xMin = label("axis-value");
    private final Label xMax = label("axis-value");
    private final Label yName = label("axis-name");
    private final Label yMin = label("axis-value");
    private final Label yMax = label("axis-value");
    private final Label fName = label("axis-name");
    private final Label fMax = label("axis-value");
    private final Pane overlay = new Pane(xName, xMin, xMax, yName, yMin, yMax, fName, fMax);
    private double w; // half width, half depth and height of the box, scene units
    private double d;
    private double h;

    DomainFrame() {
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        overlay.setVisible(false);
        group.setVisible(false);
    }

    /** The 3D outline and post. */
    Group group() { return group; }

    /** The labels, to lie over the 3D scene with the same size. */
    Pane overlay() { return overlay; }

    void show(SurfaceMesh mesh) {
        w = mesh.sceneWidth() / 2;
        d = mesh.sceneDepth() / 2;
        h = mesh.heightFactor();
        double t = THICKNESS;
        size(south, 2 * w + t, t, t, 0, 0, -d);
        size(north, 2 * w + t, t, t, 0, 0, d);
        size(west, t, t, 2 * d + t, -w, 0, 0);
        size(east, t, t, 2 * d + t, w, 0, 0);
        size(post, t, h, t, 0, -h / 2, 0);
        Domain r = mesh.region();
        xName.setText("x");
        xMin.setText(Numbers.format(r.xMin()));
        xMax.setText(Numbers.format(r.xMax()));
        yName.setText("y");
        yMin.setText(Numbers.format(r.yMin()));
        yMax.setText(Numbers.format(r.yMax()));
        fName.setText(mesh.scale().kind() == ColorScale.LOG ? "f (log)" : "f");
        fMax.setText(Numbers.format(mesh.scale().max()));
        group.setVisible(true);
        overlay.setVisible(true);
    }

    /** Puts the post and the labels where they read best from the current view of {@code world}. */
    void place(Node world) {
        if (!group.isVisible()) return;
        // Nearer edges have the smaller depth (z) in front of the camera; ties go to south and west.
        double sz = depth(world, 0, 0, d) < depth(world, 0, 0, -d) - 1e-6 ? 1 : -1;
        double sx = depth(world, w, 0, 0) < depth(world, -w, 0, 0) - 1e-6 ? 1 : -1;
        at(xName, world, 0, 0, sz * (d + 2 * OFFSET));
        at(xMin, world, -w, 0, sz * (d + OFFSET));
        at(xMax, world, w, 0, sz * (d + OFFSET));
        at(yName, world, sx * (w + 2 * OFFSET), 0, 0);
        at(yMin, world, sx * (w + OFFSET), 0, -d);
        at(yMax, world, sx * (w + OFFSET), 0, d);
        double[] corner = leftmostCorner(world);
        post.setTranslateX(corner[0]);
        post.setTranslateZ(corner[1]);
        at(fName, world, corner[0], -h - OFFSET, corner[1]);
        at(fMax, world, corner[0] + Math.signum(corner[0]) * OFFSET, -h, corner[1] + Math.signum(corner[1]) * OFFSET);
    }

    private double[] leftmostCorner(Node world) {
        double[] best = null;
        double bestX = Double.POSITIVE_INFINITY;
        for (double[] c : List.of(new double[] {-w, d}, new double[] {-w, -d}, new double[] {w, -d}, new double[] {w, d})) {
            Point3D p = world.localToScene(new Point3D(c[0], 0, c[1]), true);
            double x = p == null ? c[0] : p.getX();
            if (x < bestX - 1e-6) {
                bestX = x;
                best = c;
            }
        }
        return best;
    }

    private static double depth(Node world, double x, double y, double z) {
        return world.localToParent(new Point3D(x, y, z)).getZ();
    }

    /** Centres a label on the projection of a point; hides it while nothing is on screen. */
    private void at(Label label, Node world, double x, double y, double z) {
        Point3D inScene = world.localToScene(new Point3D(x, y, z), true);
        Point2D p = inScene == null ? null : overlay.sceneToLocal(inScene.getX(), inScene.getY());
        label.setVisible(p != null);
        if (p == null) return;
        label.applyCss();
        double lw = label.prefWidth(-1);
        double lh = label.prefHeight(lw);
        label.resizeRelocate(Math.round(p.getX() - lw / 2), Math.round(p.getY() - lh / 2), Math.ceil(lw), Math.ceil(lh));
    }

    private Box edge() {
        Box box = new Box(1, 1, 1);
        box.setMaterial(material);
        return box;
    }

    private static void size(Box box, double sx, double sy, double sz, double x, double y, double z) {
        box.setWidth(sx);
        box.setHeight(sy);
        box.setDepth(sz);
        box.setTranslateX(x);
        box.setTranslateY(y);
        box.setTranslateZ(z);
    }

    private static Label label(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        return l;
    }
}
