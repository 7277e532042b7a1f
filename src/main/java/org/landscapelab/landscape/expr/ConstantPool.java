package org.landscapelab.landscape.expr;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The constant pool of a class file (JVMS 4.4), with the few entry kinds kernels need. */
final class ConstantPool {
    private static final int UTF8 = 1, DOUBLE = 6, CLASS = 7, METHODREF = 10, NAME_AND_TYPE = 12;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final Map<String, Integer> entries = new HashMap<>();
    private int next = 1;

    int utf8(String s) {
        return entry("U" + s, 1, o -> {
            o.writeByte(UTF8);
            o.writeUTF(s);
        });
    }

    int classRef(String internalName) {
        int name = utf8(internalName);
        return entry("C" + internalName, 1, o -> {
            o.writeByte(CLASS);
            o.writeShort(name);
        });
    }

    int methodRef(String owner, String name, String descriptor) {
        int cls = classRef(owner);
        int n = utf8(name);
        int d = utf8(descriptor);
        int nat = entry("N" + name + descriptor, 1, o -> {
            o.writeByte(NAME_AND_TYPE);
            o.writeShort(n);
            o.writeShort(d);
        });
        return entry("M" + owner + "." + name + descriptor, 1, o -> {
            o.writeByte(METHODREF);
            o.writeShort(cls);
            o.writeShort(nat);
        });
    }

    /** A double takes two pool slots (JVMS 4.4.5). */
    int doubleConst(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return entry("D" + bits, 2, o -> {
            o.writeByte(DOUBLE);
            o.writeLong(bits);
        });
    }

    int count() { return next; }

    byte[] toByteArray() { return bytes.toByteArray(); }

    private interface Writer {
        void write(DataOutputStream o) throws IOException;
    }

    private int entry(String key, int slots, Writer writer) {
        Integer index = entries.get(key);
        if (index != null) return index;
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int assigned = next;
        next += slots;
        if (next > 0xFFFF) throw new IllegalStateException("constant pool overflow");
        entries.put(key, assigned);
        return assigned;
    }
}
