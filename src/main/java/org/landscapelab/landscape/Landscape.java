package org.landscapelab.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A landscape: an expression f(x, y) with its domain, named parameters, a description a student can
 * read and suggested start points. Immutable; changing a parameter gives a new landscape. A few
 * landscapes have no expression: a function computed by other means (a network's loss slice) with
 * its values precomputed on a grid ({@link #ofGrid}); files and sessions do not store those.
 */
public final class Landscape {
    private static final List<String> XY = List.of("x", "y");
    private final String id;
    private final String name;
    private final String description;
    private final Expression expression;
    private final Domain domain;
    private final List<Parameter> parameters;
    private final List<Point> starts;
    /** The scale a file or the catalog names; null: decided from the values ({@link DefaultScale}). */
    private final ColorScale scale;
    private final Dataset data;
    private final LandscapeFunction function;
    /** The precomputed values of a landscape without an expression; null for an expression. */
    private final ValueGrid grid;
    /** The names of the horizontal and vertical coordinates, as the axes show them. */
    private final List<String> axisNames;
    /** What figures draw: {@link #function} for an expression, the grid's interpolation otherwise. */
    private final LandscapeFunction surface;
    /** The decided scale, computed once on first use (a race computes the same value twice, harmlessly). */
    private volatile ColorScale decidedScale;

    public Landscape(String id, String name, String description, Expression expression, Domain domain,
                     List<Parameter> parameters, List<Point> starts, ColorScale scale) {
        this(id, name, description, expression, domain, parameters, starts, scale, null);
    }

    /**
     * With {@code data} non-null this is a finite-sum landscape: the expression is the term f_i over
     * the data columns, and f is its mean over the rows. With {@code scale} null the colour scale is
     * decided from the values over the domain ({@link DefaultScale}).
     */
    public Landscape(String id, String name, String description, Expression expression, Domain domain,
                     List<Parameter> parameters, List<Point> starts, ColorScale scale, Dataset data) {
        this.id = id;
        this.name = name;
        this.description = description == null ? "" : description;
        this.expression = expression;
        this.domain = domain;
        this.parameters = List.copyOf(parameters);
        this.starts = List.copyOf(starts);
        this.scale = scale;
        this.data = data;
        List<String> names = new ArrayList<>(this.parameters.stream().map(Parameter::name).toList());
        if (data != null) names.addAll(data.columns());
        if (!names.equals(expression.inputs())) {
            throw new IllegalArgumentException("expression inputs " + expression.inputs() + " do not match parameters and columns " + names);
        }
        double[] values = this.parameters.stream().mapToDouble(Parameter::value).toArray();
        this.function = data == null ? expression.bind(values) : expression.bindSum(values, data);
        this.grid = null;
        this.surface = function;
        this.axisNames = XY;
    }

    private Landscape(String id, String name, String description, LandscapeFunction function, ValueGrid grid, Domain domain,
                      List<Point> starts, ColorScale scale, List<String> axisNames) {
        if (axisNames.size() != 2) throw new IllegalArgumentException("a landscape has two axis names, got " + axisNames);
        this.axisNames = List.copyOf(axisNames);
        this.id = id;
        this.name = name;
        this.description = description == null ? "" : description;
        this.expression = null;
        this.domain = domain;
        this.parameters = List.of();
        this.starts = List.copyOf(starts);
        this.scale = scale;
        this.data = null;
        this.function = function;
        this.grid = grid;
        this.surface = grid.interpolated();
    }

    /**
     * A landscape without an expression: {@code function} (exact, what optimizers run on) with its
     * values precomputed on {@code grid} (what figures draw), over the grid's domain, no parameters,
     * starting at the grid's centre; {@code axisNames} name its two coordinates (a slice's α and β).
     */
    public static Landscape ofGrid(String id, String name, String description, LandscapeFunction function, ValueGrid grid,
                                   List<String> axisNames) {
        return new Landscape(id, name, description, function, grid, grid.domain(), List.of(), null, axisNames);
    }

    /** The names of the coordinates the axes show: x and y, or those a landscape without an expression was given. */
    public List<String> axisNames() { return axisNames; }

    /**
     * A landscape from an expression typed by a user: the name is the expression, the domain the
     * given one, no parameters.
     */
    public static Landscape ofExpression(String source, Domain domain) {
        Expression e = Expression.parse(source);
        return new Landscape("expression", source, "", e, domain, List.of(), List.of(), null);
    }

    /** Short stable identifier, e.g. "rosenbrock". */
    public String id() { return id; }

    /** Display name, e.g. "Rosenbrock". */
    public String name() { return name; }

    public String description() { return description; }

    /** The expression, or null for a landscape without one ({@link #hasExpression()}). */
    public Expression expression() { return expression; }

    /** Whether f is an expression; if not, it is a precomputed {@link #grid()} and cannot be saved in files. */
    public boolean hasExpression() { return expression != null; }

    /** The precomputed values of a landscape without an expression. */
    public Optional<ValueGrid> grid() { return Optional.ofNullable(grid); }

    /**
     * Whether {@code other} is the same function (perhaps with other parameter values, domain or
     * scale): the same id and expression text, or the same precomputed grid.
     */
    public boolean sameDefinition(Landscape other) {
        if (!id.equals(other.id)) return false;
        if (grid != null || other.grid != null) return grid == other.grid;
        return expression.source().equals(other.expression.source());
    }

    public Domain domain() { return domain; }

    public List<Parameter> parameters() { return parameters; }

    public List<Point> starts() { return starts; }

    /**
     * The colour scale the landscape opens in: the one its file names, else log where its values
     * span decades above the floor over the domain ({@link DefaultScale}), else linear.
     */
    public ColorScale scale() {
        if (scale != null) return scale;
        ColorScale s = decidedScale;
        if (s == null) decidedScale = s = grid != null ? DefaultScale.of(grid.values()) : DefaultScale.of(function, domain);
        return s;
    }

    /** The colour scale the file or catalog names, if it names one. */
    public Optional<ColorScale> namedScale() { return Optional.ofNullable(scale); }

    /** The data rows of a finite-sum landscape. */
    public Optional<Dataset> data() { return Optional.ofNullable(data); }

    /** f with the current parameter values bound. */
    public LandscapeFunction function() { return function; }

    /**
     * f as figures draw it (heatmap, contours, saddle regions, 3D, and the curvature along paths
     * that charts and learning-rate advice read): {@link #function()} itself for an expression, the
     * interpolation of the precomputed grid otherwise.
     */
    public LandscapeFunction surface() { return surface; }

    /** Where a run starts unless told otherwise: the first suggested start, or the domain's centre. */
    public Point defaultStart() {
        return starts.isEmpty() ? new Point(domain.centerX(), domain.centerY()) : starts.get(0);
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    public Landscape withParameter(String parameterName, double value) {
        if (grid != null) throw new IllegalArgumentException("no parameter '" + parameterName + "' in " + name);
        List<Parameter> updated = new ArrayList<>(parameters);
        int index = parameters.stream().map(Parameter::name).toList().indexOf(parameterName);
        if (index < 0) throw new IllegalArgumentException("no parameter '" + parameterName + "' in " + name);
        updated.set(index, parameters.get(index).withValue(value));
        return new Landscape(id, name, description, expression, domain, updated, starts, scale, data);
    }

    public Landscape withDomain(Domain newDomain) {
        if (grid != null) return new Landscape(id, name, description, function, grid, newDomain, starts, scale, axisNames);
        return new Landscape(id, name, description, expression, newDomain, parameters, starts, scale, data);
    }

    public Landscape withScale(ColorScale newScale) {
        if (grid != null) return new Landscape(id, name, description, function, grid, domain, starts, newScale, axisNames);
        return new Landscape(id, name, description, expression, domain, parameters, starts, newScale, data);
    }

    @Override
    public String toString() { return name; }
}
