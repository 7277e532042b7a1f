package org.landscapelab.nn;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The non-linearity after each MLP layer. */
public enum Activation {
    RELU("relu"),
    LINEAR("linear");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) return a;
        }
        throw new IllegalArgumentException("unknown activation '" + id + "', expected one of "
                + Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", ")));
    }
}
