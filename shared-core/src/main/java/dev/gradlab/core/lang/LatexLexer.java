package dev.gradlab.core.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pasted LaTeX into tokens for {@link LatexParser}, remembering where each came from.
 * Spacing ({@code \,}, {@code \quad}, {@code ~}), math delimiters ({@code $}, {@code \[}), comments
 * ({@code %}), sizing ({@code \left}, {@code \big}) and display environments ({@code align},
 * {@code equation}) disappear here. The only errors raised are unbalanced braces: everything else is
 * left to the parser so that the discarded left side of an equation may hold anything.
 */
final class LatexLexer {
    enum Kind { NUM, NAME, CMD, SYM, LPAR, RPAR, LBRACE, RBRACE, BAR, LBAR, RBAR, NBAR, LNBAR, RNBAR,
        BEGIN, END, AMP, ROWSEP, EQ, OTHER, EOF }

    /** A token; {@code cut} characters of a NUM, NAME or "||" token may already have been consumed. */
    static final class Tok {
        final Kind kind;
        final String text;
        final int start;
        final int end;
        int cut;

        Tok(Kind kind, String text, int start, int end) {
            this.kind = kind;
            this.text = text;
            this.start = start;
            this.end = end;
        }

        /** The kind, where the rest of a consumed "||" is a single bar. */
        Kind kind() {
            return kind == Kind.NBAR && cut > 0 ? Kind.BAR : kind;
        }

        String rest() {
            return text.substring(cut);
        }

        int at() {
            return start + cut;
        }

        boolean is(Kind k, String t) {
            return kind() == k && rest().equals(t);
        }

        boolean sym(String t) {
            return is(Kind.SYM, t);
        }

        boolean cmd(String name) {
            return is(Kind.CMD, name);
        }

        String describe() {
            switch (kind()) {
                case EOF:
                    return "the end of the answer";
                case CMD:
                    return "\\" + text;
                case BEGIN:
                    return "\\begin{" + text + "}";
                case END:
                    return "\\end{" + text + "}";
                case ROWSEP:
                    return "\\\\";
                default:
                    return "'" + rest() + "'";
            }
        }
    }

    private static final String[] SIZERS = {"left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "Bigl",
        "biggl", "Biggl", "bigr", "Bigr", "biggr", "Biggr", "bigm", "Bigm"};
    private static final String[] SKIPPED = {"quad", "qquad", "enspace", "thinspace", "medspace", "thickspace",
        "negthinspace", "negmedspace", "negthickspace", "displaystyle", "textstyle", "scriptstyle", "nonumber",
        "notag", "hline", "limits", "nolimits", "mathstrut", "strut", "relax", "displaylimits"};
    private static final String[] MATH_ENVS = {"equation", "align", "aligned", "gather", "gathered", "split",
        "multline", "eqnarray", "displaymath", "math", "alignat", "alignedat", "flalign"};
    private static final String[] EQUALS = {"approx", "coloneqq", "triangleq", "equiv", "eqqcolon", "simeq",
        "doteq"};

    private final String src;
    private int pos;
    private final List<Tok> out = new ArrayList<>();
    private final List<Integer> braces = new ArrayList<>();

    private LatexLexer(String src) {
        this.src = src;
    }

    static List<Tok> tokenize(String src) {
        LatexLexer lx = new LatexLexer(src);
        lx.run();
        return lx.out;
    }

    /** A syntax error at a character offset of {@code src}, with 1-based line and column. */
    static LangException error(String src, int offset, String message, String hint) {
        int line = 1;
        int lineStart = 0;
        int end = Math.max(0, Math.min(offset, src.length()));
        for (int i = 0; i < end; i++) {
            if (src.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return LangException.syntax(message, line, end - lineStart + 1, hint);
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            int start = pos;
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '~' || c == '$') {
                pos++;
            } else if (c == '%') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\\') {
                command();
            } else if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
                number();
            } else if (isLetter(c)) {
                while (pos < src.length() && (isLetter(src.charAt(pos)) || isDigit(src.charAt(pos)))) {
                    pos++;
                }
                add(Kind.NAME, src.substring(start, pos), start);
            } else if (c == '{') {
                braces.add(pos++);
                add(Kind.LBRACE, "{", start);
            } else if (c == '}') {
                if (braces.isEmpty()) {
                    throw error(src, pos, "this } closes no {", "remove it or add the matching {");
                }
                braces.remove(braces.size() - 1);
                pos++;
                add(Kind.RBRACE, "}", start);
            } else if (c == '|') {
                boolean twice = pos + 1 < src.length() && src.charAt(pos + 1) == '|';
                pos += twice ? 2 : 1;
                add(twice ? Kind.NBAR : Kind.BAR, twice ? "||" : "|", start);
            } else {
                pos++;
                single(c, start);
            }
        }
        if (!braces.isEmpty()) {
            throw error(src, braces.get(braces.size() - 1), "this { is never closed", "add the matching }");
        }
        out.add(new Tok(Kind.EOF, "", src.length(), src.length()));
    }

    private void single(char c, int start) {
        switch (c) {
            case '(':
            case '[':
                add(Kind.LPAR, String.valueOf(c), start);
                return;
            case ')':
            case ']':
                add(Kind.RPAR, String.valueOf(c), start);
                return;
            case '&':
                add(Kind.AMP, "&", start);
                return;
            case '=':
            case '\u2248':
                add(Kind.EQ, "=", start);
                return;
            case '\u2212':
            case '\u2013':
                add(Kind.SYM, "-", start);
                return;
            case '\u00b7':
            case '\u22c5':
            case '\u00d7':
                add(Kind.CMD, "cdot", start);
                return;
            default:
                add("+-*/^_,'!.;:<>".indexOf(c) >= 0 ? Kind.SYM : Kind.OTHER, String.valueOf(c), start);
        }
    }

    private void number() {
        int start = pos;
        while (pos < src.length() && isDigit(src.charAt(pos))) {
            pos++;
        }
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && isDigit(src.charAt(pos + 1))) {
            pos++;
            while (pos < src.length() && isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        int e = pos;
        if (e < src.length() && (src.charAt(e) == 'e' || src.charAt(e) == 'E')) {
            e++;
            if (e < src.length() && (src.charAt(e) == '+' || src.charAt(e) == '-')) {
                e++;
            }
            if (e < src.length() && isDigit(src.charAt(e))) {
                while (e < src.length() && isDigit(src.charAt(e))) {
                    e++;
                }
                pos = e;
            }
        }
        add(Kind.NUM, src.substring(start, pos), start);
    }

    private void command() {
        int start = pos++;
        if (pos >= src.length()) {
            add(Kind.CMD, "", start);
            return;
        }
        char c = src.charAt(pos);
        if (!isLetter(c)) {
            pos++;
            switch (c) {
                case '\\':
                    add(Kind.ROWSEP, "\\\\", start);
                    return;
                case '{':
                    add(Kind.LPAR, "{", start);
                    return;
                case '}':
                    add(Kind.RPAR, "}", start);
                    return;
                case '|':
                    add(Kind.NBAR, "\\|", start);
                    return;
                default:
                    if (",;:!> ()[]\n\t".indexOf(c) < 0) {
                        add(Kind.CMD, String.valueOf(c), start);
                    }
                    return;
            }
        }
        while (pos < src.length() && isLetter(src.charAt(pos))) {
            pos++;
        }
        String name = src.substring(start + 1, pos);
        if (pos < src.length() && src.charAt(pos) == '*' && name.equals("operatorname")) {
            pos++;
        }
        if (contains(SIZERS, name)) {
            delimiter(name, start);
        } else if (name.equals("begin") || name.equals("end")) {
            environment(name.equals("begin"), start);
        } else if (name.equals("label") || name.equals("tag")) {
            skipGroup();
        } else if (contains(EQUALS, name)) {
            add(Kind.EQ, name, start);
        } else if (!contains(SKIPPED, name)) {
            Kind k = name.equals("lvert") ? Kind.LBAR : name.equals("rvert") ? Kind.RBAR
                    : name.equals("vert") || name.equals("mid") ? Kind.BAR
                    : name.equals("lVert") ? Kind.LNBAR : name.equals("rVert") ? Kind.RNBAR
                    : name.equals("Vert") ? Kind.NBAR
                    : name.equals("lbrace") || name.equals("lbrack") ? Kind.LPAR
                    : name.equals("rbrace") || name.equals("rbrack") ? Kind.RPAR : Kind.CMD;
            add(k, k == Kind.CMD ? name : "\\" + name, start);
        }
    }

    /** The delimiter after \left, \right or \big…: an opening or closing bracket, or nothing for "." */
    private void delimiter(String sizer, int start) {
        skipSpaces();
        if (pos >= src.length()) {
            return;
        }
        boolean open = sizer.equals("left") || sizer.endsWith("l");
        boolean close = sizer.equals("right") || sizer.endsWith("r");
        char c = src.charAt(pos);
        String d;
        if (c == '\\') {
            int p = pos + 1;
            while (p < src.length() && isLetter(src.charAt(p))) {
                p++;
            }
            d = p == pos + 1 ? src.substring(pos, Math.min(pos + 2, src.length())) : src.substring(pos, p);
        } else {
            d = String.valueOf(c);
        }
        Kind k;
        switch (d) {
            case ".":
                pos++;
                return;
            case "(": case "[": case "\\{": case "\\lbrace": case "\\lbrack":
                k = Kind.LPAR;
                break;
            case ")": case "]": case "\\}": case "\\rbrace": case "\\rbrack":
                k = Kind.RPAR;
                break;
            case "|": case "\\vert": case "\\lvert": case "\\rvert":
                k = open ? Kind.LBAR : close ? Kind.RBAR : Kind.BAR;
                break;
            case "\\|": case "\\Vert": case "\\lVert": case "\\rVert":
                k = open ? Kind.LNBAR : close ? Kind.RNBAR : Kind.NBAR;
                break;
            default:
                return;
        }
        pos += d.length();
        add(k, d, start);
    }

    private void environment(boolean begin, int start) {
        skipSpaces();
        int close = pos < src.length() && src.charAt(pos) == '{' ? src.indexOf('}', pos) : -1;
        if (close < 0) {
            add(Kind.CMD, begin ? "begin" : "end", start);
            return;
        }
        String env = src.substring(pos + 1, close).trim();
        pos = close + 1;
        String bare = env.endsWith("*") ? env.substring(0, env.length() - 1) : env;
        if (contains(MATH_ENVS, bare)) {
            if (begin && (bare.equals("alignat") || bare.equals("alignedat"))) {
                skipGroup();
            }
            return;
        }
        add(begin ? Kind.BEGIN : Kind.END, env, start);
    }

    /** Skips spaces and a following {…} group (nested braces allowed). */
    private void skipGroup() {
        skipSpaces();
        if (pos >= src.length() || src.charAt(pos) != '{') {
            return;
        }
        int open = pos;
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return;
            }
        }
        throw error(src, open, "this { is never closed", "add the matching }");
    }

    private void skipSpaces() {
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\n'
                || src.charAt(pos) == '\r')) {
            pos++;
        }
    }

    private void add(Kind kind, String text, int start) {
        out.add(new Tok(kind, text, start, pos));
    }

    private static boolean contains(String[] a, String s) {
        for (String x : a) {
            if (x.equals(s)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
