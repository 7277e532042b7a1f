package org.landscapelab.nn.training;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Sequence-to-sequence toy tasks on tokens from a small vocabulary: position k of the target is
 * the embedding of some input token. Copy needs no attention; reverse and sort need the
 * positional part of the input.
 */
public enum TokenTask {
    /** Target k = token k. */
    COPY("copy"),
    /** Target k = token n−1−k. */
    REVERSE("reverse"),
    /** Target k = the k-th smallest token (vocabulary order). */
    SORT("sort");

    private final String id;

    TokenTask(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The target tokens for the input tokens. */
    int[] targets(int[] tokens) {
        int n = tokens.length;
        int[] t = new int[n];
        switch (this) {
            case COPY -> System.arraycopy(tokens, 0, t, 0, n);
            case REVERSE -> {
                for (int k = 0; k < n; k++) t[k] = tokens[n - 1 - k];
            }
            case SORT -> {
                System.arraycopy(tokens, 0, t, 0, n);
                Arrays.sort(t);
            }
        }
        return t;
    }

    public static TokenTask fromId(String id) {
        for (TokenTask t : values()) {
            if (t.id.equals(id)) return t;
        }
        throw new IllegalArgumentException("unknown task '" + id + "', expected one of "
                + Arrays.stream(values()).map(TokenTask::id).collect(Collectors.joining(", ")));
    }
}
