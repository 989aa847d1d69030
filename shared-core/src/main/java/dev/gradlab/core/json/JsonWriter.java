package dev.gradlab.core.json;

import dev.gradlab.core.tensor.Tensor;

/**
 * A small streaming JSON writer. Non-finite numbers, which JSON lacks, are written as the strings
 * "NaN", "Infinity" and "-Infinity". Commas are inserted automatically.
 */
public final class JsonWriter {
    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;

    public JsonWriter beginObject() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    public JsonWriter endObject() {
        sb.append('}');
        needComma = true;
        return this;
    }

    public JsonWriter beginArray() {
        comma();
        sb.append('[');
        needComma = false;
        return this;
    }

    public JsonWriter endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    /** Writes a key; the next value written belongs to it. */
    public JsonWriter name(String key) {
        comma();
        string(key);
        sb.append(':');
        needComma = false;
        return this;
    }

    public JsonWriter value(String s) {
        comma();
        if (s == null) {
            sb.append("null");
        } else {
            string(s);
        }
        needComma = true;
        return this;
    }

    public JsonWriter value(double v) {
        comma();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            string(Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity");
        } else if (v == 0 && 1 / v < 0) {
            sb.append("-0.0");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(Double.toString(v));
        }
        needComma = true;
        return this;
    }

    public JsonWriter value(long v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    public JsonWriter value(boolean v) {
        comma();
        sb.append(v);
        needComma = true;
        return this;
    }

    public JsonWriter nullValue() {
        comma();
        sb.append("null");
        needComma = true;
        return this;
    }

    public JsonWriter value(int[] values) {
        beginArray();
        for (int v : values) {
            value((long) v);
        }
        return endArray();
    }

    /** A scalar tensor as a number, others as nested arrays; null as null. */
    public JsonWriter value(Tensor t) {
        if (t == null) {
            return nullValue();
        }
        if (t.isScalar()) {
            return value(t.item());
        }
        int[] shape = t.shape();
        int[] counter = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            beginArray();
        }
        int n = t.size();
        for (int k = 0; k < n; k++) {
            value(t.get(k));
            int ax = shape.length - 1;
            while (ax >= 0 && ++counter[ax] == shape[ax]) {
                counter[ax] = 0;
                endArray();
                ax--;
            }
            if (ax >= 0) {
                for (int j = ax + 1; j < shape.length; j++) {
                    beginArray();
                }
            }
        }
        if (n == 0) {
            for (int i = 0; i < shape.length; i++) {
                endArray();
            }
        }
        return this;
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        String hex = Integer.toHexString(c);
                        sb.append("\\u");
                        for (int p = hex.length(); p < 4; p++) {
                            sb.append('0');
                        }
                        sb.append(hex);
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
