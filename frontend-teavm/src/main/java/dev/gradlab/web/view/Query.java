package dev.gradlab.web.view;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query part of a route's hash, {@code #/attention?n=4&d=8}: parsed into an ordered map and
 * written back, with UTF-8 percent-encoding ({@code +} reads as a space). Written by hand because
 * TeaVM has no {@code URLDecoder}. Immutable.
 */
public final class Query {
    private final Map<String, String> params;

    private Query(Map<String, String> params) {
        this.params = Collections.unmodifiableMap(params);
    }

    /** An empty query. */
    public static Query empty() {
        return new Query(new LinkedHashMap<>());
    }

    /**
     * The query of {@code hash} (the text after the first {@code ?}), or of a bare query string
     * when there is no {@code #}; empty when there is none. A later repeat of a key wins; a key
     * without {@code =} has the value "".
     */
    public static Query parse(String hash) {
        Map<String, String> m = new LinkedHashMap<>();
        if (hash == null) {
            return new Query(m);
        }
        int q = hash.indexOf('?');
        String s = q >= 0 ? hash.substring(q + 1) : hash.startsWith("#") ? "" : hash;
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
            m.put(key, eq >= 0 ? decode(pair.substring(eq + 1)) : "");
        }
        return new Query(m);
    }

    /** The value of {@code key}, or null. */
    public String get(String key) {
        return params.get(key);
    }

    /** The keys and values in their order (unmodifiable). */
    public Map<String, String> asMap() {
        return params;
    }

    /** An integer value, or {@code fallback} when absent or not an integer. */
    public int integer(String key, int fallback) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A number, or {@code fallback} when absent or not a finite number. */
    public double number(String key, double fallback) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** "1", "true", "yes", "on" are true; "0", "false", "no", "off" false; anything else {@code fallback}. */
    public boolean flag(String key, boolean fallback) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        switch (v.trim().toLowerCase()) {
            case "1":
            case "true":
            case "yes":
            case "on":
                return true;
            case "0":
            case "false":
            case "no":
            case "off":
                return false;
            default:
                return fallback;
        }
    }

    /** {@code key=value&…} in order, percent-encoded; "" when empty. */
    public static String format(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return sb.toString();
    }

    /** Percent-encodes everything but letters, digits and {@code -_.~!*'(),}, as UTF-8. */
    public static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-_.~!*'(),".indexOf(c) >= 0;
            if (plain) {
                sb.append((char) c);
            } else {
                sb.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return sb.toString();
    }

    /** Undoes {@link #encode}; {@code +} is a space; a malformed escape is kept as typed. */
    public static String decode(String s) {
        byte[] out = new byte[s.length() * 4];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (c == '%' && hi >= 0 && lo >= 0) {
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                out[n++] = ' ';
            } else {
                int cp = s.codePointAt(i);
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out[n++] = b;
                }
                i += Character.charCount(cp) - 1;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
