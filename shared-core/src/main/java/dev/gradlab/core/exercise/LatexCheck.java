package dev.gradlab.core.exercise;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the math of Markdown text before KaTeX sees it in the browser: {@code $…$} and
 * {@code $$…$$} are closed, braces balance, {@code \left}/{@code \right} and
 * {@code \begin}/{@code \end} pair up, and every command is one KaTeX renders.
 */
public final class LatexCheck {
    /** The commands an exercise may use (a subset of what KaTeX supports). */
    public static final Set<String> COMMANDS = new HashSet<>(Arrays.asList((
            "frac dfrac tfrac sqrt cdot times div pm mp left right big Big bigg Bigg begin end top intercal "
            + "sin cos tan exp log ln tanh sech sigma sigmoid max min arg argmin argmax sum prod int lim inf sup "
            + "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi rho "
            + "tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega "
            + "mathbf mathbb mathcal mathrm mathit boldsymbol bm text textbf textit operatorname "
            + "partial nabla infty approx neq ne leq le geq ge ll gg equiv sim propto in notin subset subseteq "
            + "cup cap forall exists to mapsto rightarrow leftarrow Rightarrow Leftarrow iff implies "
            + "ldots cdots vdots ddots dots quad qquad hat bar tilde vec dot ddot overline underline widehat "
            + "widetilde mid vert Vert lVert rVert lvert rvert langle rangle lceil rceil lfloor rfloor odot "
            + "oplus otimes circ ast star prime det tr diag operatorname displaystyle textstyle limits "
            + "Theta mathsf underbrace overbrace binom choose not land lor neg top bot emptyset setminus "
            + "colon cdotp hline tag label nolimits qed square log exp").split(" ")));

    private static final List<String> ENVIRONMENTS = Arrays.asList(
            "pmatrix", "bmatrix", "matrix", "vmatrix", "cases", "aligned", "align", "align*", "array", "gathered");

    private LatexCheck() {
    }

    /** The first problem in the math of {@code markdown}, or null. */
    public static String problem(String markdown) {
        String text = withoutCode(markdown);
        int i = 0;
        while (true) {
            int open = nextDollar(text, i);
            if (open < 0) {
                return null;
            }
            boolean display = text.startsWith("$$", open);
            String delim = display ? "$$" : "$";
            int close = text.indexOf(delim, open + delim.length());
            while (close > 0 && text.charAt(close - 1) == '\\') {
                close = text.indexOf(delim, close + 1);
            }
            if (close < 0) {
                return "a math span opened by " + delim + " is never closed: " + excerpt(text, open);
            }
            String p = math(text.substring(open + delim.length(), close));
            if (p != null) {
                return p + " in $" + excerpt(text, open + delim.length()) + "$";
            }
            i = close + delim.length();
        }
    }

    private static int nextDollar(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            if (t.charAt(i) == '$' && (i == 0 || t.charAt(i - 1) != '\\')) {
                return i;
            }
        }
        return -1;
    }

    static String math(String m) {
        int depth = 0;
        int lefts = 0;
        java.util.ArrayDeque<String> envs = new java.util.ArrayDeque<>();
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth < 0) {
                    return "a '}' closes nothing";
                }
            } else if (c == '\\' && i + 1 < m.length()) {
                int j = i + 1;
                while (j < m.length() && Character.isLetter(m.charAt(j))) {
                    j++;
                }
                if (j == i + 1) {
                    i++;
                    continue;
                }
                String cmd = m.substring(i + 1, j);
                if (!COMMANDS.contains(cmd)) {
                    return "the command \\" + cmd + " is not one GradLab's math renderer knows";
                }
                if (cmd.equals("left")) {
                    lefts++;
                } else if (cmd.equals("right") && --lefts < 0) {
                    return "a \\right without its \\left";
                } else if (cmd.equals("begin") || cmd.equals("end")) {
                    int close = m.indexOf('}', j);
                    if (j >= m.length() || m.charAt(j) != '{' || close < 0) {
                        return "\\" + cmd + " needs an environment name in braces";
                    }
                    String env = m.substring(j + 1, close);
                    if (!ENVIRONMENTS.contains(env)) {
                        return "the environment " + env + " is not supported";
                    }
                    if (cmd.equals("begin")) {
                        envs.push(env);
                    } else if (envs.isEmpty() || !envs.pop().equals(env)) {
                        return "\\end{" + env + "} does not close the open environment";
                    }
                }
                i = j - 1;
            }
        }
        if (depth != 0) {
            return "a '{' is never closed";
        }
        if (lefts != 0) {
            return "a \\left without its \\right";
        }
        return envs.isEmpty() ? null : "\\begin{" + envs.peek() + "} is never ended";
    }

    /** The text with fenced code blocks and `code spans` blanked out (they are not math). */
    private static String withoutCode(String md) {
        StringBuilder sb = new StringBuilder(md);
        int i = 0;
        while ((i = sb.indexOf("```", i)) >= 0) {
            int end = sb.indexOf("```", i + 3);
            end = end < 0 ? sb.length() : end + 3;
            for (int k = i; k < end; k++) {
                sb.setCharAt(k, sb.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        i = 0;
        while ((i = sb.indexOf("`", i)) >= 0) {
            int end = sb.indexOf("`", i + 1);
            if (end < 0) {
                break;
            }
            for (int k = i; k <= end; k++) {
                sb.setCharAt(k, ' ');
            }
            i = end + 1;
        }
        return sb.toString();
    }

    private static String excerpt(String t, int from) {
        String s = t.substring(from, Math.min(t.length(), from + 40)).replace('\n', ' ');
        return s.length() == 40 ? s + "…" : s;
    }
}
