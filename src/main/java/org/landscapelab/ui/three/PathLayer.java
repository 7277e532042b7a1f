package org.landscapelab.ui.three;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;

/**
 * The paths over the surface: per path one tube mesh and one marker sphere, created once and then
 * only updated (mesh arrays, marker position), so a run can animate at frame rate.
 */
final class PathLayer {
    /** Most segments drawn per path; longer paths are decimated (see {@link PathGeometry}). */
    static final int MAX_SEGMENTS = 400;
    static final int SIDES = 6;
    static final double RADIUS = 0.4;
    static final double MARKER_RADIUS = 1.3;
    /** Height above the surface of a path's axis: clear of the surface with its radius. */
    static final double LIFT = 0.6;

    /** The nodes of one path, reused from frame to frame. */
    private record Slot(MeshView line, TriangleMesh mesh, Sphere marker, PhongMaterial material) {
        static Slot create() {
            TriangleMesh mesh = new TriangleMesh();
            mesh.getTexCoords().setAll(Tube.texCoords());
            PhongMaterial material = new PhongMaterial(Color.WHITE);
            material.setSpecularColor(Color.gray(0.35));
            material.setSpecularPower(24);
            MeshView line = new MeshView(mesh);
            line.setMaterial(material);
            Sphere marker = new Sphere(MARKER_RADIUS, 20);
            marker.setMaterial(material);
            return new Slot(line, mesh, marker, material);
        }
    }

    private final Group group = new Group();
    private final List<Slot> slots = new ArrayList<>();

    Group group() { return group; }

    /** Draws {@code paths} up to {@code step} over {@code mesh}; paths beyond the list are hidden, not dropped. */
    void show(SurfaceMesh mesh, List<Path3D> paths, int step) {
        while (slots.size() < paths.size()) {
            Slot s = Slot.create();
            slots.add(s);
            group.getChildren().addAll(s.line(), s.marker());
        }
        for (int k = 0; k < slots.size(); k++) {
            Slot s = slots.get(k);
            if (k >= paths.size()) {
                s.line().setVisible(false);
                s.marker().setVisible(false);
                continue;
            }
            Path3D path = paths.get(k);
            if (!s.material().getDiffuseColor().equals(path.color())) s.material().setDiffuseColor(path.color());
            PathGeometry g = PathGeometry.of(mesh, path, step, MAX_SEGMENTS, LIFT);
            Tube tube = Tube.around(g.pieces(), RADIUS, SIDES);
            s.mesh().getPoints().setAll(tube.points());
            s.mesh().getFaces().setAll(tube.faces());
            s.line().setVisible(g.segments() > 0);
            s.marker().setVisible(g.current().isPresent());
            g.current().ifPresent(p -> {
                s.marker().setTranslateX(p.x());
                s.marker().setTranslateY(p.y());
                s.marker().setTranslateZ(p.z());
            });
        }
    }

    void hideAll() {
        for (Slot s : slots) {
            s.line().setVisible(false);
            s.marker().setVisible(false);
        }
    }

    /** Number of path slots made so far (they are reused, never dropped). */
    int slotCount() { return slots.size(); }
}
