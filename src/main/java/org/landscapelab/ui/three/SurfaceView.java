package org.landscapelab.ui.three;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.render.Colormap;
import org.landscapelab.ui.fx.LatestTask;
import org.landscapelab.ui.fx.Numbers;

/**
 * A landscape as a lit 3D surface coloured like the 2D map, with paths drawn over it. Drag to
 * turn, scroll to zoom, double-click to return to the default view.
 *
 * <p>Where JavaFX has no 3D ({@link #supported()} is false: software rendering) it shows a note
 * saying why and how to get it instead, and accepts every call all the same. Call it on the FX
 * thread; the surface is built on the executor given, the newest request winning.
 */
public class SurfaceView extends StackPane {
    /** Mesh nodes along the longer side of the region. */
    public static final int RESOLUTION = 161;
    /** Height of the surface's range in scene units, against {@link SurfaceMesh#SPAN} across. */
    public static final double HEIGHT = 40;
    /** Degrees turned per pixel dragged. */
    private static final double TURN_PER_PIXEL = 0.4;

    private final Scene3D scene3d; // null without 3D
    private final Label status = new Label();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final VBox legend = new VBox(2);
    private List<Path3D> paths = List.of();
    private int step;
    private List<String> legendKey = List.of();

    /** The 3D parts: only made where 3D is supported. */
    private final class Scene3D {
        final LatestTask<SurfaceMesh> builds;
        final OrbitCamera orbit = new OrbitCamera();
        final TriangleMesh triangles = new TriangleMesh();
        final MeshView surface = new MeshView(triangles);
        final PhongMaterial material = new PhongMaterial(Color.WHITE);
        final DomainFrame frame = new DomainFrame();
        final PathLayer pathLayer = new PathLayer();
        final Group world = new Group();
        final SubScene subScene;
        SurfaceMesh mesh;
        String colormap;
        double dragX;
        double dragY;

        Scene3D(Executor executor) {
            builds = new LatestTask<>(executor, Platform::runLater);
            surface.setMaterial(material);
            surface.setCullFace(CullFace.NONE); // the underside shows when looking up from a low angle
            world.getTransforms().addAll(orbit.elevation(), orbit.azimuth(), orbit.centre());
            world.getChildren().addAll(surface, frame.group(), pathLayer.group());
            subScene = new SubScene(new Group(world, lights()), 10, 10, true, SceneAntialiasing.BALANCED);
            subScene.setCamera(orbit.camera());
            subScene.setFill(Color.TRANSPARENT); // the view's background shows through
            subScene.setManaged(false); // sized to the view in layoutChildren; must not set its minimum size
        }

        /**
         * Soft light: much ambient, so no side goes black, and one light above and to the left of
         * the camera. It stays with the camera, not the surface, so whichever side is turned to
         * the viewer is lit the same way. Levels chosen so a face turned to the viewer shows its
         * colour-map colour at 90-100 % brightness from the default view down to straight above.
         */
        private Group lights() {
            AmbientLight ambient = new AmbientLight(Color.gray(0.45));
            PointLight key = new PointLight(Color.gray(0.6));
            key.setTranslateX(-0.7 * SurfaceMesh.SPAN);
            key.setTranslateY(-1.5 * SurfaceMesh.SPAN);
            key.setTranslateZ(-2.2 * SurfaceMesh.SPAN);
            return new Group(ambient, key);
        }

        void show(SurfaceMesh m, String colormapName, Landscape landscape) {
            mesh = m;
            triangles.getPoints().setAll(m.points());
            triangles.getTexCoords().setAll(m.texCoords());
            triangles.getFaces().setAll(m.faces());
            if (!colormapName.equals(colormap)) {
                Image texture = ColormapTexture.of(Colormap.byName(colormapName));
                material.setDiffuseMap(texture);
                colormap = colormapName;
            }
            frame.show(m);
            orbit.frame(m.sceneWidth(), m.sceneDepth(), m.heightFactor());
            pathLayer.show(m, paths, step);
            title.setText(landscape.name());
            subtitle.setText((m.scale().kind() == ColorScale.LOG ? "log f" : "f") + " from " + Numbers.format(m.scale().min())
                    + " to " + Numbers.format(m.scale().max()) + " as height and colour");
            setStatus(m.isEmpty() ? "f is not defined anywhere on this region." : null);
            requestLayout();
        }
    }

    /** A view with 3D where the platform supports it, else the note. */
    public SurfaceView(Executor executor) {
        this(executor, supported());
    }

    /** Tests force the 3D parts under Monocle, where they are built but never rendered. */
    SurfaceView(Executor executor, boolean use3d) {
        Objects.requireNonNull(executor, "executor");
        getStyleClass().add("surface-view");
        setMinSize(0, 0);
        if (!use3d) {
            scene3d = null;
            getChildren().add(UnsupportedNote.create());
            setPadding(new Insets(24));
            return;
        }
        scene3d = new Scene3D(executor);
        title.getStyleClass().add("surface-title");
        subtitle.getStyleClass().add("surface-subtitle");
        VBox info = new VBox(title, subtitle, legend);
        info.getStyleClass().add("surface-info");
        info.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        info.setMouseTransparent(true);
        info.visibleProperty().bind(title.textProperty().isNotEmpty());
        StackPane.setAlignment(info, Pos.TOP_LEFT);
        StackPane.setMargin(info, new Insets(10));
        Label hint = new Label("drag to turn \u00b7 scroll to zoom \u00b7 double-click to reset");
        hint.getStyleClass().add("surface-hint");
        hint.setMouseTransparent(true);
        StackPane.setAlignment(hint, Pos.BOTTOM_RIGHT);
        status.getStyleClass().add("surface-status");
        status.setMouseTransparent(true);
        status.setWrapText(true);
        status.setMaxWidth(420);
        setStatus(null);
        getChildren().addAll(scene3d.subScene, scene3d.frame.overlay(), info, hint, status);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** Whether this platform draws JavaFX 3D; without it the view shows a note instead. */
    public static boolean supported() {
        return Platform.isSupported(ConditionalFeature.SCENE3D);
    }

    /**
     * Shows {@code landscape} over {@code region}, coloured with the named colour map, heights and
     * colours on {@code scale} ({@link HeightScale}). The surface is built in the background; the
     * previous one stays until it is ready, and a request overtaken by a newer one is dropped.
     *
     * @throws IllegalArgumentException for an unknown colour map, with or without 3D
     */
    public void setLandscape(Landscape landscape, Domain region, String colormap, ColorScale scale) {
        Objects.requireNonNull(landscape, "landscape");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(scale, "scale");
        Colormap.byName(Objects.requireNonNull(colormap, "colormap")); // the same error with or without 3D
        if (scene3d == null) return;
        if (scene3d.mesh == null) setStatus("Building the surface\u2026");
        scene3d.builds.submit(() -> SurfaceMesh.build(landscape, region, RESOLUTION, scale, HEIGHT),
                mesh -> scene3d.show(mesh, colormap, landscape),
                error -> setStatus("Could not build the surface: " + (error.getMessage() != null ? error.getMessage() : error)));
    }

    /**
     * Draws each path from its first point to {@code currentStep} (or its end), with a marker at that
     * point; a negative step draws nothing. Parts outside the region or where f is undefined are
     * left out. Cheap enough to call every animation frame: nodes are reused, long paths decimated.
     */
    public void setPaths(List<Path3D> paths, int currentStep) {
        this.paths = List.copyOf(paths);
        this.step = currentStep;
        if (scene3d == null) return;
        updateLegend();
        if (scene3d.mesh != null) scene3d.pathLayer.show(scene3d.mesh, this.paths, step);
    }

    /** The surface shown now, null before the first is built or without 3D. */
    SurfaceMesh mesh() {
        return scene3d == null ? null : scene3d.mesh;
    }

    PathLayer pathLayer() {
        return scene3d == null ? null : scene3d.pathLayer;
    }

    OrbitCamera orbit() {
        return scene3d == null ? null : scene3d.orbit;
    }

    @Override
    public String getUserAgentStylesheet() {
        return SurfaceStyle.URL;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (scene3d == null) return;
        scene3d.subScene.setWidth(Math.max(1, getWidth()));
        scene3d.subScene.setHeight(Math.max(1, getHeight()));
        scene3d.orbit.setAspect(getWidth() / getHeight());
        scene3d.frame.overlay().resizeRelocate(0, 0, getWidth(), getHeight());
        scene3d.frame.place(scene3d.world);
    }

    private void setStatus(String text) {
        status.setText(text == null ? "" : text);
        status.setVisible(text != null);
    }

    /** Rebuilt only when the paths' labels or colours change, not every frame. */
    private void updateLegend() {
        List<String> key = paths.stream().map(p -> p.label() + "\u0000" + p.color()).toList();
        if (key.equals(legendKey)) return;
        legendKey = key;
        legend.getChildren().setAll(paths.stream().map(p -> {
            HBox row = new HBox(new Circle(5, p.color()), new Label(p.label()));
            row.getStyleClass().add("surface-legend-row");
            return row;
        }).toList());
        if (!paths.isEmpty()) VBox.setMargin(legend, new Insets(4, 0, 0, 0));
    }

    private void pressed(MouseEvent e) {
        scene3d.dragX = e.getX();
        scene3d.dragY = e.getY();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        scene3d.orbit.rotateBy(-(e.getX() - scene3d.dragX) * TURN_PER_PIXEL, (e.getY() - scene3d.dragY) * TURN_PER_PIXEL);
        scene3d.dragX = e.getX();
        scene3d.dragY = e.getY();
        scene3d.frame.place(scene3d.world);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) return;
        scene3d.orbit.reset();
        scene3d.frame.place(scene3d.world);
    }

    private void scrolled(ScrollEvent e) {
        scene3d.orbit.zoomBy(Math.exp(-e.getDeltaY() * 0.0025));
        scene3d.frame.place(scene3d.world);
    }
}
