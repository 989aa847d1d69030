package dev.gradlab.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A declared variable of an answer part, parsed from an authoring line such as
 * {@code "X: matrix n x d"}, {@code "A: matrix 3x3 symmetric"}, {@code "x: scalar positive"},
 * {@code "b: vector V x 1"} or {@code "n: size"}. Dimensions are numbers or size names; size names
 * are bound to distinct random sizes when answers are checked, so the same size name gives equal
 * sizes; {@code tall} (more rows than columns) and {@code wide} order a matrix's two sizes.
 * Immutable.
 */
public final class VarSpec {
    /** Constraints an author may declare. */
    public static final Set<String> CONSTRAINTS = new HashSet<>(Arrays.asList(
            "positive", "nonzero", "symmetric", "spd", "fullrank", "integer", "probability", "tall", "wide"));

    public final String name;
    /** "scalar", "vector", "matrix" or "size". */
    public final String kind;
    /** Dimensions: numbers as text ("3") or size names ("n"); empty for scalars and sizes. */
    public final List<String> dims;
    public final Set<String> constraints;

    private VarSpec(String name, String kind, List<String> dims, Set<String> constraints) {
        this.name = name;
        this.kind = kind;
        this.dims = Collections.unmodifiableList(dims);
        this.constraints = Collections.unmodifiableSet(constraints);
    }

    /**
     * Parses one declaration.
     *
     * @throws IllegalArgumentException with a message naming the problem
     */
    public static VarSpec parse(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("variable declaration '" + line + "' needs the form 'name: kind …'");
        }
        String name = line.substring(0, colon).trim();
        String[] words = line.substring(colon + 1).trim().replace("×", " x ").split("\\s+");
        if (name.isEmpty() || words.length == 0 || words[0].isEmpty()) {
            throw new IllegalArgumentException("variable declaration '" + line + "' needs a name and a kind");
        }
        String kind = words[0];
        if (!Arrays.asList("scalar", "vector", "matrix", "size").contains(kind)) {
            throw new IllegalArgumentException("variable " + name + ": unknown kind '" + kind
                    + "' (use scalar, vector, matrix or size)");
        }
        List<String> dims = new ArrayList<>();
        Set<String> constraints = new HashSet<>();
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (CONSTRAINTS.contains(w)) {
                constraints.add(w);
            } else if (!w.equals("x")) {
                for (String part : w.split("x")) {
                    if (!part.isEmpty()) {
                        dims.add(part);
                    }
                }
            }
        }
        int want = kind.equals("vector") ? 1 : kind.equals("matrix") ? 2 : 0;
        if (kind.equals("vector") && dims.size() == 2) {
            want = 2;
        }
        if (dims.size() != want && !(want > 0 && dims.isEmpty())) {
            throw new IllegalArgumentException("variable " + name + ": a " + kind + " needs " + want
                    + " dimension" + (want == 1 ? "" : "s") + ", got " + dims);
        }
        return new VarSpec(name, kind, dims, constraints);
    }

    public boolean has(String constraint) {
        return constraints.contains(constraint);
    }

    /** The size names among the dimensions. */
    public List<String> sizeNames() {
        List<String> out = new ArrayList<>();
        for (String d : dims) {
            if (!Character.isDigit(d.charAt(0))) {
                out.add(d);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name + ": " + kind);
        if (!dims.isEmpty()) {
            sb.append(' ').append(String.join(" x ", dims));
        }
        for (String c : constraints) {
            sb.append(' ').append(c);
        }
        return sb.toString();
    }
}
