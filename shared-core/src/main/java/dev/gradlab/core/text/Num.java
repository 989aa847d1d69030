package dev.gradlab.core.text;

import dev.gradlab.core.tensor.Tensor;

/**
 * Number formatting that gives the same text on the JVM and under TeaVM (which lacks
 * {@code String.format}'s {@code %g}).
 */
public final class Num {
    private Num() {
    }

    /**
     * {@code v} rounded to {@code sig} significant digits without trailing zeros: 10.0428 → "10.04",
     * -9 → "-9", 0.000012345 → "1.234e-5", 4.16e12 → "4.16e12". Non-finite values read "NaN",
     * "Infinity" and "-Infinity".
     */
    public static String format(double v, int sig) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        String sign = v < 0 ? "-" : "";
        double a = Math.abs(v);
        int exp = (int) Math.floor(Math.log10(a));
        long digits = scaledDigits(a, sig - 1 - exp);
        if (digits >= pow10(sig)) {
            exp++;
            digits = scaledDigits(a, sig - 1 - exp);
        } else if (digits < pow10(sig - 1)) {
            exp--;
            digits = scaledDigits(a, sig - 1 - exp);
        }
        String ds = Long.toString(digits);
        if (exp < -4 || exp >= Math.max(sig, 6)) {
            String mant = ds.substring(0, 1) + (ds.length() > 1 ? "." + ds.substring(1) : "");
            return sign + trimZeros(mant) + "e" + exp;
        }
        String plain;
        if (exp >= ds.length() - 1) {
            StringBuilder sb = new StringBuilder(ds);
            for (int i = ds.length() - 1; i < exp; i++) {
                sb.append('0');
            }
            plain = sb.toString();
        } else if (exp >= 0) {
            plain = ds.substring(0, exp + 1) + "." + ds.substring(exp + 1);
        } else {
            StringBuilder sb = new StringBuilder("0.");
            for (int i = -1; i > exp; i--) {
                sb.append('0');
            }
            plain = sb.append(ds).toString();
        }
        return sign + trimZeros(plain);
    }

    private static long scaledDigits(double a, int shift) {
        double scaled = shift >= 0 ? a * Math.pow(10, shift) : a / Math.pow(10, -shift);
        return Math.round(scaled);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static String trimZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** A tensor as nested brackets, each entry with {@code sig} significant digits: "[[1, 2], [3, 4]]". */
    public static String format(Tensor t, int sig) {
        if (t.isScalar()) {
            return format(t.item(), sig);
        }
        int[] shape = t.shape();
        StringBuilder sb = new StringBuilder();
        int[] counter = new int[shape.length];
        int n = t.size();
        for (int i = 0; i < shape.length; i++) {
            sb.append('[');
        }
        for (int k = 0; k < n; k++) {
            sb.append(format(t.get(k), sig));
            int ax = shape.length - 1;
            while (ax >= 0 && ++counter[ax] == shape[ax]) {
                counter[ax] = 0;
                sb.append(']');
                ax--;
            }
            if (ax >= 0) {
                sb.append(", ");
                for (int j = ax + 1; j < shape.length; j++) {
                    sb.append('[');
                }
            }
        }
        if (n == 0) {
            for (int i = 0; i < shape.length; i++) {
                sb.append(']');
            }
        }
        return sb.toString();
    }
}
