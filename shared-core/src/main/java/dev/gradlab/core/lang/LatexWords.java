package dev.gradlab.core.lang;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The vocabulary of {@link Latex}: Greek letters, functions, styles, accents and refused commands. */
final class LatexWords {
    private LatexWords() {
    }

    /** Greek letter commands and the spelled-out names they become. */
    static final Map<String, String> GREEK = new HashMap<>();

    /** Function names as written (after a backslash, in \operatorname{…} or spelled plainly) → builtin. */
    static final Map<String, String> FUNCTIONS = new HashMap<>();

    /** Function commands that LaTeX defines (\sin, \exp, …) or that write-ups commonly define as macros. */
    static final Set<String> FUNCTION_COMMANDS = new HashSet<>(Arrays.asList("exp", "log", "ln", "sin", "cos", "tan",
            "tanh", "sech", "max", "min", "det", "sgn", "sign", "relu", "ReLU", "sigmoid", "softmax", "tr", "Tr",
            "trace", "diag", "softplus"));

    /** Words spelled with plain letters that stay whole instead of being read as a product of letters. */
    static final Set<String> WORDS = new HashSet<>(Arrays.asList("pi", "lam", "Theta", "Omega", "exp", "log", "ln",
            "sin", "cos", "tan", "tanh", "sech", "sigmoid", "relu", "ReLU", "softplus", "softmax", "sign", "sgn",
            "trace", "diag", "det", "inv", "norm", "sqrt", "abs", "max", "min", "sum", "mean", "pinv"));

    /** Calls kept for the asymptotic checker when followed by parentheses. */
    static final Set<String> WRAPPERS = new HashSet<>(Arrays.asList("Theta", "Omega", "O"));

    /** Commands whose argument is a name or an expression shown in another font. */
    static final Set<String> STYLES = new HashSet<>(Arrays.asList("mathbf", "boldsymbol", "bm", "vec", "mathrm",
            "mathit", "mathsf", "mathnormal", "text", "textrm", "textit", "textbf", "textsf", "textnormal",
            "operatorname", "mathcal", "pmb", "mathbfit", "mbox", "rm", "bf", "it", "sf"));

    /** Accents and the suffix they add to a name: \tilde{W} is Wtilde. */
    static final Map<String, String> ACCENTS = new HashMap<>();

    /** Commands refused with a specific hint. */
    static final Map<String, String> REFUSED = new HashMap<>();

    static {
        for (String g : new String[] {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
            "kappa", "lambda", "mu", "nu", "xi", "omicron", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
            "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega"}) {
            GREEK.put(g, g);
            if (g.length() >= 3 && Character.isLowerCase(g.charAt(0))) {
                WORDS.add(g);
            }
        }
        GREEK.put("varepsilon", "epsilon");
        GREEK.put("vartheta", "theta");
        GREEK.put("varphi", "phi");
        GREEK.put("varrho", "rho");
        GREEK.put("varsigma", "sigma");
        GREEK.put("ell", "ell");
        for (String f : new String[] {"exp", "log", "sin", "cos", "tan", "tanh", "sech", "sigmoid", "relu",
            "softplus", "softmax", "sign", "trace", "diag", "det", "inv", "norm", "sqrt", "abs", "max", "min", "sum",
            "mean", "pinv"}) {
            FUNCTIONS.put(f, f);
        }
        String[][] aliases = {{"ln", "log"}, {"ReLU", "relu"}, {"Relu", "relu"}, {"RELU", "relu"},
            {"Softmax", "softmax"}, {"sgn", "sign"}, {"Sign", "sign"}, {"tr", "trace"}, {"Tr", "trace"},
            {"Trace", "trace"}, {"Diag", "diag"}, {"Sigmoid", "sigmoid"}, {"Exp", "exp"}, {"Log", "log"}};
        for (String[] a : aliases) {
            FUNCTIONS.put(a[0], a[1]);
        }
        String[][] accents = {{"hat", "hat"}, {"widehat", "hat"}, {"tilde", "tilde"}, {"widetilde", "tilde"},
            {"bar", "bar"}, {"overline", "bar"}, {"dot", "dot"}, {"ddot", "ddot"}, {"check", "check"},
            {"breve", "breve"}};
        for (String[] a : accents) {
            ACCENTS.put(a[0], a[1]);
        }
        String inverse = "inverse trig functions are not supported; write the derivative without them";
        String relation = "an answer is a single expression; keep only the right-hand side";
        String[][] refused = {
            {"sum", "write the sum in closed form or use sum(...)"},
            {"prod", "write the product out or in closed form"},
            {"int", "write the integral's value in closed form"}, {"iint", "write the integral's value in closed form"},
            {"oint", "write the integral's value in closed form"},
            {"lim", "write the value of the limit"}, {"limsup", "write the value of the limit"},
            {"liminf", "write the value of the limit"},
            {"partial", "write the derivative itself after the ="}, {"nabla", "write the gradient itself after the ="},
            {"mathbb", "write expectations and sets out in closed form"},
            {"langle", "write an inner product as x^\\top y"}, {"rangle", "write an inner product as x^\\top y"},
            {"sinh", "write it with \\exp: \\sinh x = (e^x - e^{-x})/2"},
            {"cosh", "write it with \\exp: \\cosh x = (e^x + e^{-x})/2"},
            {"coth", "write it with \\tanh: \\coth x = 1/\\tanh x"},
            {"sec", "write it as 1/\\cos x"}, {"csc", "write it as 1/\\sin x"}, {"cot", "write it as \\cos x/\\sin x"},
            {"arcsin", inverse}, {"arccos", inverse}, {"arctan", inverse}, {"arcsinh", inverse},
            {"arctanh", inverse}, {"arccosh", inverse},
            {"pm", "give one expression (choose the sign)"}, {"mp", "give one expression (choose the sign)"},
            {"le", relation}, {"leq", relation}, {"ge", relation}, {"geq", relation}, {"neq", relation},
            {"ne", relation}, {"lt", relation}, {"gt", relation}, {"in", relation}, {"notin", relation},
            {"to", relation}, {"mapsto", relation}, {"rightarrow", relation}, {"Rightarrow", relation},
            {"implies", relation}, {"iff", relation}, {"propto", "write the expression with its constant"},
            {"cdots", "write the expression without ellipses"}, {"ldots", "write the expression without ellipses"},
            {"dots", "write the expression without ellipses"},
            {"argmax", "give the value itself"}, {"argmin", "give the value itself"},
            {"binom", "write the binomial coefficient out, such as n(n-1)/2"},
            {"top", "a transpose is written as a superscript: x^\\top"},
            {"intercal", "a transpose is written as a superscript: x^\\intercal"},
            {"prime", "primes are not supported; write a transpose as ^\\top"},
            {"dagger", "a pseudo-inverse is written as a superscript: A^\\dagger"},
            {"otimes", "write an outer product as x y^\\top or outer(x, y)"},
        };
        for (String[] r : refused) {
            REFUSED.put(r[0], r[1]);
        }
    }

    /** The builtin a function word stands for, or null. */
    static String function(String word) {
        return FUNCTIONS.get(word);
    }

    static boolean isTrig(String f) {
        return f.equals("sin") || f.equals("cos") || f.equals("tan") || f.equals("tanh") || f.equals("sech");
    }
}
