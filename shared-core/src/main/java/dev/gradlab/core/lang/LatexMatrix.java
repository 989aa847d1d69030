package dev.gradlab.core.lang;

import dev.gradlab.core.lang.LatexLexer.Kind;
import dev.gradlab.core.lang.LatexLexer.Tok;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Matrix environments for {@link LatexParser}. */
final class LatexMatrix {
    private static final Set<String> MATRICES = new HashSet<>(Arrays.asList("matrix", "bmatrix", "pmatrix",
            "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "array"));

    private LatexMatrix() {
    }

    /** \begin{bmatrix} a & b \\ c & d \end{bmatrix} → [[a, b], [c, d]]; one row → [a, b]; vmatrix → det(…). */
    static LatexOut matrix(LatexParser p) {
        Tok b = p.next();
        String env = b.text.endsWith("*") ? b.text.substring(0, b.text.length() - 1) : b.text;
        if (!MATRICES.contains(env)) {
            throw p.err(b.start, "\\begin{" + b.text + "} is not supported in answers", env.equals("cases")
                    ? "give the expression for one case" : "write matrices with \\begin{bmatrix} … \\end{bmatrix}");
        }
        if ((env.equals("array") && p.peek().kind() == Kind.LBRACE)
                || (b.text.endsWith("*") && p.peek().is(Kind.LPAR, "["))) {
            skipOption(p);
        }
        p.matrices++;
        p.bars.add(LatexParser.FENCE);
        List<List<LatexOut>> rows = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        while (p.peek().kind() != Kind.END) {
            if (p.peek().kind() == Kind.EOF) {
                throw p.err(b.start, "\\begin{" + b.text + "} is never ended", "add \\end{" + b.text + "}");
            }
            starts.add(p.peek().start);
            List<LatexOut> row = new ArrayList<>();
            while (true) {
                Tok c = p.peek();
                if (c.kind() == Kind.AMP || c.kind() == Kind.ROWSEP || c.kind() == Kind.END) {
                    throw p.err(c.start, "a matrix entry is empty", "write 0 for a zero entry");
                }
                row.add(p.expr());
                if (p.peek().kind() != Kind.AMP) {
                    break;
                }
                p.next();
            }
            rows.add(row);
            Tok s = p.peek();
            if (s.kind() == Kind.ROWSEP) {
                p.next();
            } else if (s.kind() == Kind.EOF) {
                throw p.err(b.start, "\\begin{" + b.text + "} is never ended", "add \\end{" + b.text + "}");
            } else if (s.kind() != Kind.END) {
                throw p.err(s.start, "unexpected " + s.describe() + " in a matrix",
                        "separate entries with & and rows with \\\\");
            }
        }
        Tok e = p.next();
        if (!e.text.equals(b.text)) {
            throw p.err(e.start, "\\begin{" + b.text + "} is ended by \\end{" + e.text + "}",
                    "end it with \\end{" + b.text + "}");
        }
        p.matrices--;
        p.bars.remove(p.bars.size() - 1);
        if (rows.isEmpty()) {
            throw p.err(b.start, "the matrix is empty", "write its entries separated by & and \\\\");
        }
        List<LatexOut> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != rows.get(0).size()) {
                throw p.err(starts.get(i), "row " + (i + 1) + " of the matrix has " + rows.get(i).size()
                        + (rows.get(i).size() == 1 ? " entry" : " entries") + " but row 1 has "
                        + rows.get(0).size(), "give every row the same number of entries");
            }
            lines.add(LatexOut.seq("[", rows.get(i), "]", starts.get(i), starts.get(i)));
        }
        LatexOut m = rows.size() == 1 ? lines.get(0) : LatexOut.seq("[", lines, "]", b.start, e.start);
        m.upper = true;
        p.check(m);
        return env.equals("vmatrix") ? p.call("det", m, b.start)
                : env.equals("Vmatrix") ? p.call("norm", m, b.start) : m;
    }

    /** Skips an array's column specification {cc} or an optional [r] argument. */
    private static void skipOption(LatexParser p) {
        Tok open = p.next();
        int level = 1;
        while (level > 0) {
            Tok t = p.next();
            if (t.kind() == Kind.EOF) {
                throw p.err(open.start, "this " + open.describe() + " is never closed", "add the closing bracket");
            }
            if (t.kind() == open.kind()) {
                level++;
            } else if (t.kind() == Kind.RBRACE || t.kind() == Kind.RPAR) {
                level--;
            }
        }
    }
}
