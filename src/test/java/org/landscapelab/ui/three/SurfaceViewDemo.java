package org.landscapelab.ui.three;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.landscapelab.landscape.Catalog;
import org.landscapelab.landscape.ColorScale;
import org.landscapelab.landscape.Domain;
import org.landscapelab.landscape.Landscape;
import org.landscapelab.landscape.LandscapeFunction;

/**
 * Scratch launcher to look at the 3D view (not a test, not shipped): {@code main} with arguments
 * landscape id or expression, scale (linear/log), then optionally "animate" (or anything else),
 * azimuth and elevation in degrees, region "xmin,xmax,ymin,ymax" and colour map.
 */
public final class SurfaceViewDemo {
    private SurfaceViewDemo() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "surface-demo");
            t.setDaemon(true);
            return t;
        });

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            String id = args.isEmpty() ? "himmelblau" : args.get(0);
            ColorScale scale = args.size() > 1 ? ColorScale.valueOf(args.get(1).toUpperCase(Locale.ROOT)) : ColorScale.LINEAR;
            boolean animate = args.size() > 2 && args.get(2).equals("animate");
            Landscape l = Catalog.builtIn().byId(id).orElseGet(() -> Landscape.ofExpression(id, new Domain(-2, 2, -2, 2)));
            SurfaceView view = new SurfaceView(background);
            if (args.size() > 5) l = l.withDomain(Domain.parse(args.get(5)));
            view.setLandscape(l, l.domain(), args.size() > 6 ? args.get(6) : "viridis", scale);
            double span = Math.max(l.domain().width(), l.domain().height());
            List<Path3D> paths = List.of(
                    descent("GD from the corner", Color.web("#e8590c"), l.function(), l.domain().xMin() + 0.1 * span, l.domain().yMax() - 0.15 * span, span),
                    descent("GD near the middle", Color.web("#d6336c"), l.function(), l.domain().centerX() + 0.07 * span, l.domain().centerY() - 0.21 * span, span));
            if (args.size() > 4) {
                view.orbit().rotateBy(Double.parseDouble(args.get(3)) - OrbitCamera.DEFAULT_AZIMUTH,
                        Double.parseDouble(args.get(4)) - OrbitCamera.DEFAULT_ELEVATION);
            }
            stage.setScene(new Scene(view, 1200, 760));
            stage.setTitle("3D view: " + l.name() + " (" + scale + "), 3D " + (SurfaceView.supported() ? "on" : "off"));
            stage.show();
            if (!animate) {
                view.setPaths(paths, Integer.MAX_VALUE);
                return;
            }
            new AnimationTimer() {
                private long start = -1;
                private long frames;
                private long busy;

                @Override
                public void handle(long now) {
                    if (start < 0) start = now;
                    int step = (int) ((now - start) / 5_000_000L); // 200 steps a second
                    long t0 = System.nanoTime();
                    view.setPaths(paths, step % 1200);
                    busy += System.nanoTime() - t0;
                    if (++frames % 30 == 0) {
                        System.out.printf(Locale.ROOT, "%.1f fps, setPaths %.0f us a frame%n",
                                frames / ((now - start) / 1e9), busy / 1e3 / frames);
                    }
                }
            }.start();
        }

        @Override
        public void stop() {
            background.shutdownNow();
        }
    }

    /** Noisy gradient descent with the step length capped, so it walks steadily even on steep walls. */
    static Path3D descent(String label, Color color, LandscapeFunction f, double x0, double y0, double span) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(label.hashCode());
        int n = 1200;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double x = x0;
        double y = y0;
        double[] g = new double[2];
        for (int k = 0; k < n; k++) {
            xs[k] = x;
            ys[k] = y;
            f.gradient(x, y, g);
            double dx = -0.002 * g[0];
            double dy = -0.002 * g[1];
            double len = Math.hypot(dx, dy);
            double cap = 0.01 * span;
            if (len > cap) {
                dx *= cap / len;
                dy *= cap / len;
            }
            x += dx + 0.006 * span * gaussian(random);
            y += dy + 0.006 * span * gaussian(random);
        }
        return new Path3D(label, color, xs, ys);
    }

    private static double gaussian(java.util.SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
