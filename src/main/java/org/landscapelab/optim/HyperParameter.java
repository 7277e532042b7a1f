package org.landscapelab.optim;

import java.util.Objects;
import java.util.regex.Pattern;
import org.landscapelab.params.NumberText;
import org.landscapelab.params.ParamType;
import org.landscapelab.params.Range;

/**
 * One hyper-parameter of one optimizer or schedule, with what a UI needs to offer it and what the
 * command line needs to read it.
 *
 * @param name PyTorch's name, e.g. "weight_decay"
 * @param type how the value is typed
 * @param defaultValue the value when not given (PyTorch's default for PyTorch's optimizers)
 * @param range valid values of a number, of each element of a pair, or of an integer; null for booleans
 * @param typicalMin lower end of a slider (numbers, pairs, integers)
 * @param typicalMax upper end of a slider
 * @param logScale whether a slider should move on a log scale (lr, eps, …)
 * @param meaning one line for a tooltip
 */
public record HyperParameter(String name, ParamType type, HyperValue defaultValue, Range range,
        double typicalMin, double typicalMax, boolean logScale, String meaning) {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    public HyperParameter {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(meaning);
        if (defaultValue.type() != type) throw new IllegalArgumentException(name + ": default of the wrong type");
        if ((range == null) != (type == ParamType.BOOLEAN)) {
            throw new IllegalArgumentException(name + ": a range is needed exactly for non-booleans");
        }
        if (range != null) {
            // (fields are not assigned yet in a compact constructor, so check through the arguments)
            double[] numbers = defaultValue instanceof HyperValue.Pair p ? new double[] {p.first(), p.second()}
                    : defaultValue instanceof HyperValue.Real r ? new double[] {r.value()}
                    : new double[] {((HyperValue.Int) defaultValue).value()};
            for (double v : numbers) {
                if (!range.contains(v)) throw new IllegalArgumentException(name + ": default outside " + range);
            }
        }
    }

    static HyperParameter number(String name, double def, Range range, double lo, double hi, boolean log,
            String meaning) {
        return new HyperParameter(name, ParamType.NUMBER, new HyperValue.Real(def), range, lo, hi, log, meaning);
    }

    static HyperParameter flag(String name, boolean def, String meaning) {
        return new HyperParameter(name, ParamType.BOOLEAN, new HyperValue.Flag(def), null, 0, 1, false, meaning);
    }

    static HyperParameter pair(String name, double first, double second, Range range, double lo, double hi,
            String meaning) {
        return new HyperParameter(name, ParamType.PAIR, new HyperValue.Pair(first, second), range, lo, hi, false,
                meaning);
    }

    static HyperParameter integer(String name, int def, Range range, double lo, double hi, String meaning) {
        return new HyperParameter(name, ParamType.INTEGER, new HyperValue.Int(def), range, lo, hi, false, meaning);
    }

    /** The valid values in words, e.g. "a finite number >= 0", "in [0, 1)", "true or false". */
    public String validValues() {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case NUMBER -> numberValues();
            case PAIR -> "two numbers separated by a comma, each " + numberValues();
            case INTEGER -> "an integer " + range.describe();
        };
    }

    private String numberValues() {
        return range.max() == Double.POSITIVE_INFINITY ? "a finite number " + range.describe() : range.describe();
    }

    /** Reads a value as typed on the command line, e.g. "0.9,0.999", and checks it. */
    public HyperValue parse(String text) {
        String t = text.strip();
        HyperValue value = switch (type) {
            case NUMBER -> new HyperValue.Real(parseNumber(name, t));
            case BOOLEAN -> parseFlag(t);
            case PAIR -> parsePair(t);
            case INTEGER -> parseInteger(t);
        };
        check(value, t);
        return value;
    }

    /** Throws IllegalArgumentException, naming this parameter and its valid values, unless v is valid. */
    public void check(HyperValue v) {
        check(v, null);
    }

    private void check(HyperValue v, String typed) {
        if (v.type() != type) {
            throw new IllegalArgumentException(name + " must be " + validValues() + ", got the " + v.type() + " "
                    + v.text());
        }
        if (v instanceof HyperValue.Real r) {
            checkNumber(name, r.value(), typed);
        } else if (v instanceof HyperValue.Pair p) {
            String[] parts = typed == null ? null : typed.split(",");
            checkNumber(name + "[0]", p.first(), parts == null ? null : parts[0].strip());
            checkNumber(name + "[1]", p.second(), parts == null ? null : parts[1].strip());
        } else if (v instanceof HyperValue.Int i) {
            if (!range.contains(i.value())) throw invalid(name, "an integer " + range.describe(), i.text());
        }
    }

    private void checkNumber(String what, double value, String typed) {
        if (!range.contains(value)) {
            throw invalid(what, numberValues(), typed != null ? typed : NumberText.format(value));
        }
    }

    private double parseNumber(String what, String t) {
        if (!NUMBER.matcher(t).matches()) throw invalid(what, numberValues(), "'" + t + "'");
        return Double.parseDouble(t);
    }

    private HyperValue parseFlag(String t) {
        if (t.equals("true")) return new HyperValue.Flag(true);
        if (t.equals("false")) return new HyperValue.Flag(false);
        throw invalid(name, "true or false", "'" + t + "'");
    }

    private HyperValue parsePair(String t) {
        String[] parts = t.split(",", -1);
        if (parts.length != 2) {
            throw invalid(name, "two numbers separated by a comma (e.g. " + defaultValue.text() + ")", "'" + t + "'");
        }
        return new HyperValue.Pair(parseNumber(name + "[0]", parts[0].strip()),
                parseNumber(name + "[1]", parts[1].strip()));
    }

    private HyperValue parseInteger(String t) {
        String valid = "an integer " + range.describe();
        if (!INTEGER.matcher(t).matches()) throw invalid(name, valid, "'" + t + "'");
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw invalid(name, valid, t);
        }
        if (v != (int) v || !range.contains(v)) throw invalid(name, valid, t);
        return new HyperValue.Int((int) v);
    }

    private static IllegalArgumentException invalid(String what, String valid, String got) {
        return new IllegalArgumentException(what + " must be " + valid + ", got " + got);
    }
}
