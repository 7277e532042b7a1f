package org.landscapelab.noise;

import java.util.Objects;
import org.landscapelab.params.NumberText;
import org.landscapelab.params.Range;
import org.landscapelab.params.SliderRange;

/**
 * One parameter of the noise, declared once in {@link NoiseCatalog}: the spec checks values with it,
 * the command line makes its option {@code --NAME} and the option's help from it, the app its
 * slider, field and tooltip, the escape sweep its choices and the help page its table.
 *
 * @param name the name in the text form ({@code fbm:hurst=0.3}), in files, and of the option --name
 * @param symbol the symbol in formulas and on the slider's label, e.g. "H"
 * @param title a few words, e.g. "Hurst index"
 * @param meaning what the value does, a sentence or two for tooltips and the help page
 * @param formula where it enters the process's law
 * @param range the valid values
 * @param floor a lower limit tighter than the range's where values of the range fail in double precision, or null
 * @param defaultValue the value when none is given
 * @param slider where a slider goes
 * @param sweepable whether escape times can be swept over it
 */
public record NoiseParameter(String name, String symbol, String title, String meaning, String formula, Range range,
        Floor floor, double defaultValue, SliderRange slider, boolean sweepable) {

    /** The smallest value that works, and why: the draws of smaller values overflow double precision. */
    public record Floor(double min, String reason) {}

    public NoiseParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(slider, "slider");
        if (!range.contains(defaultValue) || floor != null && defaultValue < floor.min()) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is not valid");
        }
    }

    /** The option of the command line, e.g. "--hurst". */
    public String option() {
        return "--" + name;
    }

    /** Returns the value, or throws IllegalArgumentException naming this parameter, its valid values and the value. */
    public double check(double value) {
        if (!range.contains(value)) {
            String finite = range.max() == Double.POSITIVE_INFINITY ? "finite and " : "";
            throw new IllegalArgumentException(name + " must be " + finite + range.describe() + ", got " + value);
        }
        if (floor != null && value < floor.min()) {
            throw new IllegalArgumentException(name + " must be at least " + floor.min() + " (" + floor.reason() + "), got " + value);
        }
        return value;
    }

    /** The values {@link #check} accepts, in words: "> 0", "in (0, 1)", "in [0.1, 2]". */
    public String validValues() {
        if (floor == null) return range.describe();
        return new Range(floor.min(), true, range.max(), range.maxInclusive()).describe();
    }

    /** The default as the command line writes it, e.g. "0.5", "1". */
    public String defaultText() {
        return NumberText.format(defaultValue);
    }
}
