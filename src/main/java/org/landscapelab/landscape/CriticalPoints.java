package org.landscapelab.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Finds every critical point of f inside a domain: damped Newton on grad f = 0 from a grid of
 * starts, then de-duplication, classification by the Hessian eigenvalues, and a check that
 * separates isolated degenerate points (the monkey saddle) from curves of critical points.
 */
public final class CriticalPoints {
    /** Starts per axis; fine enough for Rastrigin's 0.5-spaced critical points on its usual domain. */
    public static final int DEFAULT_GRID = 96;
    private static final int MAX_ITERATIONS = 200;
    /**
     * Hessian evaluations per chosen start ({@link #fromStarts}): Newton converges in three or four
     * from a grid node beside a root (quadratically, or with a finite-difference Hessian linearly at
     * a rate of ~1e-8); a start that has not in 10 is not beside one.
     */
    static final int START_EVALUATIONS = 10;
    /** |grad f| of a root found from a chosen start, relative to the typical |grad f|: far below it, above the rounding of a network's loss. */
    static final double START_TOLERANCE = 1e-7;
    /**
     * Work (see {@link LandscapeFunction#cost}) one search may take: about twice what the costliest
     * shipped landscape needs (logistic_regression, 2.1e10, some ten seconds on two cores). A data
     * landscape of 99,000 rows would need a thousand times more and is refused at once.
     */
    public static final long MAX_WORK = 40_000_000_000L;
    /**
     * Largest cost of one term (one evaluation of the expression with its derivatives). The
     * search runs it millions of times, and large programs also run slower per instruction (the
     * JIT gives up on them); the costliest built-in, Ackley, costs 216. A tower x^x^...^x of 150
     * terms costs 51,000, 120 nested sin( 5,400.
     */
    public static final long MAX_TERM_COST = 1_000;

    private final LandscapeFunction f;
    private final Domain domain;
    /** Newton may leave the domain by this much (5 % of its size) on its way to a root inside. */
    private final double marginX;
    private final double marginY;
    private final double diagonal;
    private final double gradientScale;
    private final double curvatureScale;
    private final AtomicLong spent = new AtomicLong();

    private CriticalPoints(LandscapeFunction f, Domain domain, int grid) {
        this(f, domain, sampleScales(f, domain, grid));
    }

    /** {@code scales}: the typical |grad f| and |Hessian|, as {@link #sampleScales} gives them. */
    private CriticalPoints(LandscapeFunction f, Domain domain, double[][] scales) {
        this.f = f;
        this.domain = domain;
        this.marginX = domain.width() * 0.05;
        this.marginY = domain.height() * 0.05;
        this.diagonal = Math.hypot(domain.width(), domain.height());
        this.gradientScale = Math.max(median(scales[0]), Double.MIN_NORMAL);
        this.curvatureScale = Math.max(median(scales[1]), Double.MIN_NORMAL);
    }

    public static CriticalSet find(LandscapeFunction f, Domain domain) {
        return find(f, domain, DEFAULT_GRID);
    }

    public static CriticalSet find(LandscapeFunction f, Domain domain, int grid) {
        long termCost = f.cost() / f.terms();
        if (termCost > MAX_TERM_COST) {
            throw new WorkLimitException("the expression is too large to search for critical points: one evaluation with its"
                    + " derivatives costs " + termCost + " units, more than the limit of " + MAX_TERM_COST);
        }
        long scaleSamples = (long) Math.min(grid, 32) * Math.min(grid, 32);
        double least = (double) f.cost() * ((long) grid * grid + scaleSamples); // one evaluation per start
        if (least > MAX_WORK) throw tooMuchWork(f, "at least " + (long) least);
        CriticalPoints search = new CriticalPoints(f, domain, grid);
        search.charge(scaleSamples);
        return search.search(grid);
    }

    private static WorkLimitException tooMuchWork(LandscapeFunction f, String work) {
        return new WorkLimitException("finding the critical points needs " + work + " units of work (one evaluation costs "
                + f.cost() + (f.terms() > 1 ? " over " + f.terms() + " data rows" : "") + "), more than the limit of " + MAX_WORK);
    }

    /** Adds the work of {@code evaluations} evaluations; past the limit the search stops. */
    private void charge(long evaluations) {
        if (spent.addAndGet(evaluations * f.cost()) > MAX_WORK) throw tooMuchWork(f, "more than " + MAX_WORK);
    }

    /**
     * The isolated critical points reached by Newton from the given starts (a few chosen ones
     * instead of a grid of them: where one evaluation is costly, a network slice), with the typical
     * |grad f| and |Hessian| over the domain given (the yardsticks for "zero" and "flat") instead of
     * sampled. Each start gets {@link #START_EVALUATIONS} plain Newton steps of at most {@code maxStep}
     * (a start beside a root does not leave its neighbourhood); only as many starts are tried as fit
     * {@link #MAX_WORK}, the best first. Curves of critical points are not looked for.
     */
    public static CriticalSet fromStarts(LandscapeFunction f, Domain domain, List<Point> starts, double gradientScale,
                                         double curvatureScale, double maxStep) {
        long affordable = MAX_WORK / Math.max(1, f.cost() * START_EVALUATIONS);
        List<Point> tried = starts.subList(0, (int) Math.min(starts.size(), affordable));
        CriticalPoints search = new CriticalPoints(f, domain, new double[][] {{gradientScale}, {curvatureScale}});
        double[][] roots = tried.parallelStream()
                .map(p -> search.newton(p, maxStep))
                .filter(p -> p != null && search.domainContains(p))
                .toArray(double[][]::new);
        List<CriticalPoint> points = new ArrayList<>();
        for (double[] p : dedupe(roots, 1e-6 * search.diagonal)) points.add(classify(f, p[0], p[1], search.curvatureScale));
        points.sort(Comparator.comparingDouble(CriticalPoint::x).thenComparingDouble(CriticalPoint::y));
        return new CriticalSet(points, List.of());
    }

    /** Plain Newton from p: the root (x, y, |grad f|), or null if it does not reach one within its evaluations and steps. */
    private double[] newton(Point p, double maxStep) {
        double[] d = new double[5];
        double x = p.x(), y = p.y();
        for (int k = 0; k < START_EVALUATIONS; k++) {
            f.hessian(x, y, d);
            double gnorm = Math.hypot(d[0], d[1]);
            if (!Double.isFinite(gnorm)) return null;
            if (gnorm <= START_TOLERANCE * gradientScale) return new double[] {x, y, gnorm};
            double[] step = step(d, 0);
            double len = Math.hypot(step[0], step[1]);
            if (!(len <= maxStep)) return null;
            x += step[0];
            y += step[1];
        }
        return null;
    }

    /**
     * The critical points of {@code landscape} in {@code region}: from its precomputed grid where it
     * has one (found once over the grid, then only those in the region), else searched from a grid
     * of starts.
     */
    public static CriticalSet of(Landscape landscape, Domain region) {
        if (landscape.grid().isEmpty()) return find(landscape.function(), region);
        CriticalSet all = landscape.grid().get().critical(landscape.function());
        return new CriticalSet(all.points().stream().filter(p -> region.contains(p.x(), p.y())).toList(), List.of());
    }

    /** Classifies the point (x, y), assumed critical, by its Hessian. */
    public static CriticalPoint classify(LandscapeFunction f, double x, double y, double curvatureScale) {
        double[] d = new double[5];
        double value = f.hessian(x, y, d);
        Hessian h = Hessian.ofDerivatives(d);
        double flat = 1e-6 * curvatureScale;
        CriticalPoint.Type type;
        if (Math.min(Math.abs(h.eigMin()), Math.abs(h.eigMax())) <= flat) type = CriticalPoint.Type.DEGENERATE;
        else if (h.eigMin() > 0) type = CriticalPoint.Type.MINIMUM;
        else if (h.eigMax() < 0) type = CriticalPoint.Type.MAXIMUM;
        else type = CriticalPoint.Type.SADDLE;
        return new CriticalPoint(x, y, value, type, h);
    }

    private CriticalSet search(int grid) {
        List<CriticalPoint> points = new ArrayList<>();
        for (double[] p : roots(grid, false, 1e-6 * diagonal)) points.add(classify(f, p[0], p[1], curvatureScale));
        List<Point> curve = new ArrayList<>();
        if (points.stream().anyMatch(p -> p.type() == CriticalPoint.Type.DEGENERATE)) {
            // Degenerate roots may be isolated (the monkey saddle) or samples of a curve of critical
            // points (the widening valley's axes). Newton is drawn to special points of a curve, so
            // damped Gauss-Newton from every start samples the rest; a degenerate root with distinct
            // degenerate roots close beside it lies on a curve.
            double spacing = diagonal / grid;
            List<Point> degenerate = new ArrayList<>();
            for (CriticalPoint p : points) if (p.type() == CriticalPoint.Type.DEGENERATE) degenerate.add(p.point());
            for (double[] q : roots(grid, true, 0.25 * spacing)) {
                if (classify(f, q[0], q[1], curvatureScale).type() == CriticalPoint.Type.DEGENERATE) {
                    degenerate.add(new Point(q[0], q[1]));
                }
            }
            for (Point p : degenerate) {
                boolean beside = degenerate.stream().anyMatch(q -> {
                    double dist = p.distanceTo(q);
                    return dist > 0.1 * spacing && dist < 3 * spacing;
                });
                if (beside && curve.stream().noneMatch(q -> q.distanceTo(p) < 0.25 * spacing)) curve.add(p);
            }
            points.removeIf(p -> p.type() == CriticalPoint.Type.DEGENERATE
                    && curve.stream().anyMatch(q -> q.distanceTo(p.point()) < 3 * spacing));
        }
        points.sort(Comparator.comparingDouble(CriticalPoint::x).thenComparingDouble(CriticalPoint::y));
        return new CriticalSet(points, curve);
    }

    private List<double[]> roots(int grid, boolean damped, double tolerance) {
        double[][] roots = IntStream.range(0, grid * grid).parallel()
                .mapToObj(k -> solveCharged(start(k % grid, k / grid, grid), damped))
                .filter(p -> p != null && domainContains(p))
                .toArray(double[][]::new);
        return dedupe(roots, tolerance);
    }

    private double[] start(int i, int j, int grid) {
        return start(domain, i, j, grid);
    }

    private static double[] start(Domain domain, int i, int j, int grid) {
        return new double[] {
            domain.xMin() + (i + 0.5) * domain.width() / grid,
            domain.yMin() + (j + 0.5) * domain.height() / grid,
        };
    }

    /** {@link #solve}, its evaluations charged to the search's work. */
    private double[] solveCharged(double[] p, boolean damped) {
        Evaluations f = new Evaluations();
        double[] root = solve(p, damped, f);
        charge(f.count);
        return root;
    }

    /**
     * Solves grad f = 0 from p with backtracking on |grad f|. Undamped, it takes Newton steps
     * (Levenberg-Marquardt where Newton's step does not reduce |grad f|) and polishes to machine
     * precision; damped, it takes Levenberg-Marquardt steps throughout. Returns the root, or null
     * where the iteration stalls at a point that is not critical or leaves the search box.
     */
    private double[] solve(double[] p, boolean damped, Evaluations f) {
        double[] d = new double[5];
        double[] trial = new double[5];
        double x = p[0];
        double y = p[1];
        double maxStep = 0.25 * diagonal;
        double mu = damped ? 1e-2 * curvatureScale * curvatureScale : 0;
        f.hessian(x, y, d);
        double gnorm = Math.hypot(d[0], d[1]);
        for (int iter = 0; iter < MAX_ITERATIONS && gnorm > 0; iter++) {
            if (!Double.isFinite(gnorm)) return null;
            double[] step = step(d, mu);
            double len = Math.hypot(step[0], step[1]);
            if (!Double.isFinite(len) || len == 0) {
                if (mu == 0) {
                    mu = 1e-8 * curvatureScale * curvatureScale;
                    continue;
                }
                break;
            }
            double shrink = Math.min(1, maxStep / len);
            double t = shrink;
            boolean accepted = false;
            while (t > 1e-6 * shrink) {
                double nx = x + t * step[0], ny = y + t * step[1];
                f.hessian(nx, ny, trial);
                double tn = Math.hypot(trial[0], trial[1]);
                if (tn < gnorm) {
                    x = nx;
                    y = ny;
                    gnorm = tn;
                    System.arraycopy(trial, 0, d, 0, 5);
                    accepted = true;
                    break;
                }
                t *= 0.5;
            }
            if (!accepted) {
                if (!damped && mu == 0) {
                    mu = 1e-8 * curvatureScale * curvatureScale; // Newton's direction failed: try LM
                    continue;
                }
                mu *= 4;
                if (mu > 1e12 * curvatureScale * curvatureScale) break;
                continue;
            }
            if (!inSearchBox(x, y)) return null;
            if (!damped) mu = 0;
            else if (t == 1) mu /= 3;
            if (t * len <= 1e-15 * diagonal) break;
        }
        // Polish: full Newton steps while they still reduce |grad f| (the line search above may
        // have run out of iterations on a slow merit function such as Rosenbrock's).
        for (int k = 0; k < 8 && gnorm > 0 && !damped; k++) {
            double[] step = step(d, 0);
            double nx = x + step[0], ny = y + step[1];
            f.hessian(nx, ny, trial);
            double tn = Math.hypot(trial[0], trial[1]);
            if (!(tn < gnorm)) break;
            x = nx;
            y = ny;
            gnorm = tn;
            System.arraycopy(trial, 0, d, 0, 5);
        }
        // A true root, not a point where |grad f| merely stopped decreasing.
        return gnorm <= 1e-9 * gradientScale ? new double[] {x, y, gnorm} : null;
    }

    /** Solves (H^2 + mu I) s = -H g; for mu = 0 that is Newton's step s = -H^-1 g. */
    private static double[] step(double[] d, double mu) {
        double a = d[2], b = d[3], c = d[4];
        if (mu == 0) {
            double det = a * c - b * b;
            return new double[] {-(c * d[0] - b * d[1]) / det, -(-b * d[0] + a * d[1]) / det};
        }
        double m11 = a * a + b * b + mu, m12 = a * b + b * c, m22 = b * b + c * c + mu;
        double r1 = -(a * d[0] + b * d[1]);
        double r2 = -(b * d[0] + c * d[1]);
        double mdet = m11 * m22 - m12 * m12;
        return new double[] {(m22 * r1 - m12 * r2) / mdet, (-m12 * r1 + m11 * r2) / mdet};
    }

    private boolean inSearchBox(double x, double y) {
        return x >= domain.xMin() - marginX && x <= domain.xMax() + marginX
                && y >= domain.yMin() - marginY && y <= domain.yMax() + marginY;
    }

    private boolean domainContains(double[] p) {
        double ex = 1e-9 * domain.width();
        double ey = 1e-9 * domain.height();
        return p[0] >= domain.xMin() - ex && p[0] <= domain.xMax() + ex
                && p[1] >= domain.yMin() - ey && p[1] <= domain.yMax() + ey;
    }

    /** One root per cluster of roots closer than {@code tolerance}: the one with the smallest |grad f|. */
    private static List<double[]> dedupe(double[][] roots, double tolerance) {
        double[][] sorted = roots.clone();
        Arrays.sort(sorted, Comparator.comparingDouble(p -> p[0]));
        List<double[]> unique = new ArrayList<>();
        for (double[] p : sorted) {
            int seen = -1;
            for (int k = unique.size() - 1; k >= 0 && p[0] - unique.get(k)[0] <= tolerance; k--) {
                if (Math.abs(p[1] - unique.get(k)[1]) <= tolerance) {
                    seen = k;
                    break;
                }
            }
            if (seen < 0) unique.add(p);
            else if (p[2] < unique.get(seen)[2]) unique.set(seen, p);
        }
        return unique;
    }

    /** Typical |grad f| and |Hessian| over the domain, the yardsticks for "zero" and "flat". */
    private static double[][] sampleScales(LandscapeFunction f, Domain domain, int grid) {
        int n = Math.min(grid, 32);
        double[] g = new double[n * n];
        double[] h = new double[n * n];
        double[] d = new double[5];
        int count = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double[] p = start(domain, i, j, n);
                f.hessian(p[0], p[1], d);
                double gn = Math.hypot(d[0], d[1]);
                double hn = Math.abs(0.5 * (d[2] + d[4])) + Math.hypot(0.5 * (d[2] - d[4]), d[3]);
                if (Double.isFinite(gn) && Double.isFinite(hn)) {
                    g[count] = gn;
                    h[count] = hn;
                    count++;
                }
            }
        }
        return new double[][] {Arrays.copyOf(g, count), Arrays.copyOf(h, count)};
    }

    /** f's Hessian, counting the evaluations of one start. */
    private final class Evaluations {
        long count;

        double hessian(double x, double y, double[] d) {
            count++;
            return f.hessian(x, y, d);
        }
    }

    private static double median(double[] v) {
        if (v.length == 0) return 1;
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
