package org.landscapelab.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * Streams a data export as JSON (long runs do not fit a tree in memory): the header, the manifest,
 * then columns as arrays. JSON has no NaN or infinity, so non-finite numbers (a diverged iterate)
 * are written as null; steps of "never" (-1) too.
 */
final class ExportJson {
    private final JsonGenerator g;

    private ExportJson(JsonGenerator g) {
        this.g = g;
    }

    /** Starts the root object with its format, version and the manifest. */
    static ExportJson start(OutputStream out, String format, Manifest manifest) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", format);
        g.writeNumberField("version", 1);
        g.writeFieldName("manifest");
        g.writeTree(new ManifestFormat().write(manifest));
        return new ExportJson(g);
    }

    JsonGenerator generator() {
        return g;
    }

    void numbers(String name, int size, IntToDoubleFunction value) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i = 0; i < size; i++) {
            double v = value.applyAsDouble(i);
            if (Double.isFinite(v)) g.writeNumber(v);
            else g.writeNull();
        }
        g.writeEndArray();
    }

    void steps(String name, int size, IntUnaryOperator step) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i = 0; i < size; i++) {
            int s = step.applyAsInt(i);
            if (s >= 0) g.writeNumber(s);
            else g.writeNull();
        }
        g.writeEndArray();
    }

    void numberOrNull(String name, double v) throws IOException {
        if (Double.isFinite(v)) g.writeNumberField(name, v);
        else g.writeNullField(name);
    }

    /** Ends the root object and flushes, leaving the stream open. */
    void finish() throws IOException {
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }
}
