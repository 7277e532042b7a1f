package org.landscapelab.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscapelab.landscape.BadFileException;

/**
 * Feeds a file reader seeded mutations ({@link JsonMutator}) of valid files. A reader may return a
 * value or throw its own file exception naming the file, and the field when the file is valid JSON,
 * in lines of bounded length; anything else (a NullPointerException, an IllegalArgumentException
 * escaping, a StackOverflowError, running out of memory, a megabyte message) is a bug, reported once
 * per kind and place with the seed and case that reproduce it.
 */
public final class ReaderFuzz {
    public static final String FILE = "fuzz.json";
    /** The file, the field and the problem, each line at most {@link BadFileException#MAX_PROBLEM_LINE} characters plus what says how long it was. */
    private static final int MAX_LINE = 3 * BadFileException.MAX_PROBLEM_LINE;

    /** Reads one file's text; a value it accepts must also write and read back (the check's own job). */
    public interface Reader {
        void read(String json) throws BadFileException;
    }

    private ReaderFuzz() {}

    /** The distinct bugs found in {@code cases} mutations of the {@code valid} texts; empty if there are none. */
    public static List<String> bugs(List<String> valid, int cases, long seed, Class<? extends BadFileException> clean, Reader reader) {
        JsonMutator mutator = new JsonMutator(seed);
        Map<String, String> bugs = new LinkedHashMap<>();
        for (int i = 0; i < cases; i++) {
            String json = mutator.mutate(valid.get(i % valid.size()));
            try {
                reader.read(json);
            } catch (BadFileException e) {
                String problem = cleanError(e, clean, json);
                if (problem != null) bugs.putIfAbsent(problem + " " + where(e), report(seed, i, problem, e, json));
            } catch (Throwable e) { // the point: nothing but the file exception may come out
                bugs.putIfAbsent(where(e), report(seed, i, "escaped", e, json));
            }
        }
        return new ArrayList<>(bugs.values());
    }

    /** What is wrong with {@code e} as a clean error, or null. */
    private static String cleanError(BadFileException e, Class<? extends BadFileException> clean, String json) {
        if (!clean.isInstance(e)) return "not a " + clean.getSimpleName();
        if (!e.getMessage().startsWith(FILE + ": ")) return "does not name the file";
        if (e.getMessage().lines().anyMatch(line -> line.length() > MAX_LINE)) return "a line longer than " + MAX_LINE;
        if (e.field().isEmpty() && isJsonObject(json)) return "does not name the field";
        return null;
    }

    private static boolean isJsonObject(String json) {
        try {
            return JsonFields.strictMapper().readTree(json).isObject();
        } catch (JsonProcessingException | RuntimeException e) {
            return false;
        }
    }

    private static String where(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
    }

    private static String report(long seed, int i, String bug, Throwable e, String json) {
        String excerpt = json.length() > 600 ? json.substring(0, 600) + "…(" + json.length() + " chars)" : json;
        return "seed " + seed + " case " + i + ": " + bug + ": " + where(e) + ": " + abbreviate(String.valueOf(e.getMessage())) + "\n  input: " + excerpt;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
