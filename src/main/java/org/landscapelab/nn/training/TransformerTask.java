package org.landscapelab.nn.training;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.landscapelab.nn.Init;
import org.landscapelab.nn.transformer.TransformerSpec;

/** What the transformer panel trains on: regression onto a random teacher, or a token task. Files name them by {@link #name()}. */
public enum TransformerTask {
    TEACHER("regression onto a random teacher", null),
    COPY("copy the tokens", TokenTask.COPY),
    REVERSE("reverse the tokens", TokenTask.REVERSE),
    SORT("sort the tokens", TokenTask.SORT);

    /** Sequences of the training set. */
    public static final int EXAMPLES = 64;
    /** Symbols of a token task. */
    public static final int VOCABULARY = 8;

    private final String label;
    private final TokenTask tokenTask;

    TransformerTask(String label, TokenTask tokenTask) {
        this.label = label;
        this.tokenTask = tokenTask;
    }

    /** The training set for a network of this shape, drawn from {@code dataSeed}. */
    public TrainingData data(TransformerSpec spec, long dataSeed) {
        return tokenTask == null ? Tasks.transformerTeacher(spec, Init.FAN_IN, EXAMPLES, dataSeed)
                : Tasks.tokens(spec, tokenTask, VOCABULARY, EXAMPLES, dataSeed);
    }

    /** Reads a task by its name in files (TEACHER, COPY, REVERSE, SORT). */
    public static TransformerTask fromName(String text) {
        for (TransformerTask t : values()) {
            if (t.name().equals(text)) return t;
        }
        throw new IllegalArgumentException("expected one of " + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
                + ", got '" + text + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
