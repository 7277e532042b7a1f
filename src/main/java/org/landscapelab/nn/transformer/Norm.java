package org.landscapelab.nn.transformer;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a transformer block puts its layer norms. */
public enum Norm {
    /** Z = LN(X + a·attn(X)); X' = LN(Z + a·ffn(Z)) (the original transformer). */
    POST_LN("post-ln"),
    /** Z = X + a·attn(LN(X)); X' = Z + a·ffn(LN(Z)) (GPT-2 and later). */
    PRE_LN("pre-ln");

    private final String id;

    Norm(String id) {
        this.id = id;
    }

    /** The name used in reference files and on the command line. */
    public String id() {
        return id;
    }

    public static Norm fromId(String id) {
        for (Norm n : values()) {
            if (n.id.equals(id)) return n;
        }
        throw new IllegalArgumentException("unknown norm '" + id + "', expected one of "
                + Arrays.stream(values()).map(Norm::id).collect(Collectors.joining(", ")));
    }
}
