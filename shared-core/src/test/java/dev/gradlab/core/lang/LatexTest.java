package dev.gradlab.core.lang;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.random.SplitMix64;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class LatexTest {
    /** LaTeX as students paste it → the GradLab source it becomes. */
    static Stream<String[]> translations() {
        return Stream.of(new String[][] {
            // fractions and roots
            {"\\frac{a}{b}", "((a)/(b))"}, {"\\dfrac{1}{2}", "((1)/(2))"}, {"\\tfrac12", "((1)/(2))"},
            {"\\sqrt{x}", "sqrt(x)"}, {"\\sqrt[3]{x}", "((x)^(1/(3)))"}, {"\\sqrt{x^2+y^2}", "sqrt(x^2 + y^2)"},
            // products: juxtaposition, \cdot and \times are jmul; a numeric side gives *
            {"2x", "2*x"}, {"x y", "jmul(x, y)"}, {"A x", "jmul(A, x)"}, {"x^\\top A x", "jmul(jmul(x.T, A), x)"},
            {"\\sigma(z)(1-\\sigma(z))", "jmul(sigmoid(z), 1 - sigmoid(z))"}, {"(a+b)(a-b)", "jmul(a + b, a - b)"},
            {"2\\sin x", "2*sin(x)"}, {"a \\cdot b", "jmul(a, b)"}, {"a \\times b", "jmul(a, b)"},
            {"a * b", "a*b"}, {"x \\odot y", "x*y"}, {"a/b c", "jmul(a/b, c)"}, {"a + b c", "a + jmul(b, c)"},
            {"x y^2", "jmul(x, y^2)"}, {"-x y", "jmul(-x, y)"}, {"4.16 \\times 10^5", "4.16*10^5"},
            {"2A^\\top A x - 2A^\\top b", "jmul(jmul(2*A.T, A), x) - jmul(2*A.T, b)"},
            {"Wx + b", "jmul(W, x) + b"}, {"3n^2d", "jmul(3*n^2, d)"},
            // powers, e and functions
            {"x^{2}", "x^(2)"}, {"x^2", "x^2"}, {"x^23", "x^2*3"}, {"x^-1", "x^(-1)"}, {"e^{x}", "exp(x)"},
            {"e^x", "exp(x)"}, {"\\mathrm{e}^{-x^2}", "exp(-x^2)"}, {"\\mathrm{e}", "exp(1)"}, {"xe^{x}", "jmul(x, exp(x))"},
            {"\\exp\\left(-\\frac{x^2}{2}\\right)", "exp(-((x^2)/(2)))"}, {"\\log n", "log(n)"}, {"\\ln(x)", "log(x)"},
            {"\\sin^2 x", "(sin(x))^2"}, {"\\tanh^2(x)", "(tanh(x))^2"}, {"\\sin 2x", "sin(2*x)"},
            {"\\sin x \\cos x", "jmul(sin(x), cos(x))"}, {"\\sin x^2", "sin(x^2)"}, {"\\log_2 n", "(log(n)/log(2))"},
            {"\\operatorname{sign}(w)", "sign(w)"}, {"\\text{sign}(w)", "sign(w)"}, {"\\operatorname{sgn}(w)", "sign(w)"},
            {"\\operatorname{softmax}(z)", "softmax(z)"}, {"\\mathrm{relu}(z)", "relu(z)"}, {"\\mathrm{ReLU}(z)", "relu(z)"},
            {"\\sech^2(x)", "(sech(x))^2"}, {"\\operatorname{sech}(x)", "sech(x)"}, {"\\max(0, x)", "max(0, x)"},
            {"\\max\\{0, 1-y\\}", "max(0, 1 - y)"}, {"\\min(a,b)", "min(a, b)"}, {"\\det A", "det(A)"},
            {"\\operatorname{tr}(A)", "trace(A)"}, {"\\mathrm{tr}(A)", "trace(A)"}, {"\\operatorname{trace}(A)", "trace(A)"},
            {"\\sigma", "sigma"}, {"\\sigma^2", "sigma^2"}, {"relu(x)", "relu(x)"}, {"exp(x)", "exp(x)"},
            // transposes and inverses
            {"x^\\top", "x.T"}, {"x^{\\top}", "x.T"}, {"x^T", "x.T"}, {"x^{T}", "x.T"}, {"x^\\intercal", "x.T"},
            {"x^{\\mathsf{T}}", "x.T"}, {"x^\\mathsf{T}", "x.T"}, {"2^T", "2^T"}, {"(a+b)^\\top", "(a + b).T"},
            {"x^Tx", "jmul(x.T, x)"}, {"A^{-1}", "inv(A)"}, {"x^{-1}", "x^(-1)"}, {"(1-\\beta)^{-1}", "(1 - beta)^(-1)"},
            {"(X^\\top X)^{-1} X^\\top t", "jmul(jmul(inv(jmul(X.T, X)), X.T), t)"}, {"A^{-\\top}", "inv(A).T"},
            {"A^\\dagger", "pinv(A)"}, {"A^+", "pinv(A)"}, {"\\mathbf{1}^\\top", "1"}, {"b\\mathbf{1}^\\top", "b*1"},
            // names
            {"x_1", "x1"}, {"x_{1}", "x1"}, {"W_{q}", "Wq"}, {"x_{t-1}", "xt1"}, {"x_{i,j}", "xij"}, {"x_12", "x1*2"},
            {"W_{\\text{q}}", "Wq"}, {"x_1^2", "x1^2"}, {"x^2_1", "x1^2"}, {"\\tilde{W}", "Wtilde"},
            {"\\widetilde{W}", "Wtilde"}, {"\\tilde{b}", "btilde"}, {"\\hat{v}", "vhat"}, {"\\bar{x}", "xbar"},
            {"\\hat{\\theta}", "thetahat"}, {"\\tilde{\\mathbf{W}}^\\top", "Wtilde.T"},
            {"\\alpha + \\beta + \\gamma + \\delta + \\epsilon", "alpha + beta + gamma + delta + epsilon"},
            {"\\varepsilon \\eta", "jmul(epsilon, eta)"}, {"\\varphi + \\theta", "phi + theta"}, {"\\lambda", "lambda"},
            {"\\beta_1 + \\beta2", "beta1 + beta2"}, {"2\\pi", "2*pi"}, {"\\infty", "inf"},
            {"\\Theta(n^2 d)", "Theta(n^2*d)"}, {"\\Omega(n)", "Omega(n)"}, {"O(nd^2)", "O(n*d^2)"},
            {"\\mathcal{O}(n)", "O(n)"},
            {"\\mathbf{x}^\\top \\boldsymbol{\\theta}", "jmul(x.T, theta)"}, {"\\bm{W}\\vec{x}", "jmul(W, x)"},
            {"\\mathit{lam}", "lam"}, {"\\mathrm{Wtilde}", "Wtilde"},
            // brackets and spacing
            {"\\left( x \\right)", "(x)"}, {"\\left[ a+b \\right] c", "jmul(a + b, c)"}, {"\\bigl( x \\bigr)", "(x)"},
            {"\\Big(x\\Big)", "(x)"}, {"x\\,y\\;z\\!w\\quad v~u", "jmul(jmul(jmul(jmul(jmul(x, y), z), w), v), u)"},
            {"\\{a+b\\}", "(a + b)"}, {"$2x$", "2*x"}, {"\\[ 2x \\]", "2*x"}, {"2x.", "2*x"}, {"(1, 2)", "[1, 2]"},
            // norms and absolute values
            {"\\|x\\|", "norm(x)"}, {"\\lVert x \\rVert", "norm(x)"}, {"\\Vert x \\Vert", "norm(x)"},
            {"\\|x\\|_2", "norm(x)"}, {"\\|A\\|_F", "norm(A)"}, {"\\|x\\|_2^2", "norm(x)^2"}, {"\\|x\\|_1", "sum(abs(x))"},
            {"\\|x\\|_\\infty", "max(abs(x))"}, {"||x||", "norm(x)"}, {"|x|", "abs(x)"}, {"\\lvert x \\rvert", "abs(x)"},
            {"\\left| x \\right|", "abs(x)"}, {"|x||y|", "jmul(abs(x), abs(y))"}, {"|x - |y||", "abs(x - abs(y))"},
            {"\\left\\| x \\right\\|^2", "norm(x)^2"},
            // matrices
            {"\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}", "[[a, b], [c, d]]"},
            {"\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\\\ \\end{pmatrix}", "[[1, 0], [0, 1]]"},
            {"\\begin{bmatrix} a \\\\ b \\end{bmatrix}", "[[a], [b]]"}, {"\\begin{bmatrix} a & b \\end{bmatrix}", "[a, b]"},
            {"\\begin{matrix} 1 & 2 \\\\ 3 & 4 \\end{matrix}", "[[1, 2], [3, 4]]"},
            {"\\left[\\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}\\right]", "([[1, 2], [3, 4]])"},
            {"\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix}", "det([[a, b], [c, d]])"},
            {"\\begin{bmatrix} 1 & 2 \\end{bmatrix}^\\top", "[1, 2].T"},
            // equations: everything up to the last top-level = is dropped
            {"f'(x) = 2x", "2*x"}, {"\\nabla_x f = 2x", "2*x"}, {"\\frac{\\partial f}{\\partial x} = 3x^2", "3*x^2"},
            {"df/dx = 4", "4"}, {"= 5", "5"}, {"f(x) = g(x) = x", "x"}, {"\\left.\\frac{df}{dx}\\right|_{x=0} = 3", "3"},
            {"\\begin{align} f &= x^2 \\\\ &= 2x \\end{align}", "2*x"}, {"L \\approx 0.42", "0.42"}, {"y := 2", "2"},
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translations")
    void translatesLatexToGradLabSource(String latex, String source) {
        assertEquals(source, Latex.toSource(latex));
        Parser.parseExpression(source);
    }

    // ---- semantics: the translation evaluates like the answer typed in GradLab syntax ----

    private static final SplitMix64 RNG = new SplitMix64(7);

    private static Tensor random(int... shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = RNG.nextDouble() * 2 - 1;
        }
        return Tensor.of(shape, v);
    }

    private static Map<String, Tensor> vars(Object... nameValue) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            Object v = nameValue[i + 1];
            m.put((String) nameValue[i], v instanceof Tensor ? (Tensor) v : Tensor.scalar(((Number) v).doubleValue()));
        }
        return m;
    }

    private static Tensor eval(Ast.Expr e, Map<String, Tensor> vars) {
        Interpreter in = new Interpreter(Budget.interactive(), false, 1);
        for (Map.Entry<String, Tensor> v : vars.entrySet()) {
            in.set(v.getKey(), Node.constant(v.getValue()));
        }
        return ((Node) in.eval(e)).value();
    }

    private static void assertSameValue(String latex, String gradlab, Map<String, Tensor> vars) {
        Latex.Translation t = Latex.translate(latex, vars.keySet(), false);
        Tensor got = eval(t.parse(), vars);
        Tensor want = eval(Parser.parseExpression(gradlab), vars);
        assertArrayEquals(want.shape(), got.shape(), latex + " → " + t.source());
        double[] g = got.toArray();
        double[] w = want.toArray();
        for (int i = 0; i < w.length; i++) {
            assertEquals(w[i], g[i], 1e-9 * (1 + Math.abs(w[i])), latex + " → " + t.source());
        }
    }

    @Test
    void derivativesFromHomeworkOneEvaluateLikeTheTypedAnswers() {
        Map<String, Tensor> x = vars("x", 0.7);
        assertSameValue("\\cos(3x^2 + 4\\cos x)\\cdot(6x - 4\\sin x)", "cos(3*x^2 + 4*cos(x))*(6*x - 4*sin(x))", x);
        assertSameValue("f'(x) = e^{\\tanh(2x^3-5x^2+x)}\\left(1-\\tanh^2(2x^3-5x^2+x)\\right)(6x^2-10x+1)",
                "exp(tanh(2*x^3-5*x^2+x))*(1-tanh(2*x^3-5*x^2+x)^2)*(6*x^2-10*x+1)", x);
        assertSameValue("\\sigma(x)(1-\\sigma(x))", "sigmoid(x)*(1 - sigmoid(x))", x);
        assertSameValue("\\sqrt[3]{x} + \\log_2 8 + \\sech^2 x", "x^(1/3) + 3 + sech(x)^2", x);
        Map<String, Tensor> xyz = vars("x", 0.3, "y", -1.2, "z", 0.8);
        assertSameValue("\\frac{\\partial f}{\\partial y} = x^2 z\\cos(yz) + z e^{yz} - z^3",
                "x^2*z*cos(y*z) + z*exp(y*z) - z^3", xyz);
        Map<String, Tensor> graph = vars("x1", -1, "x2", 2, "x3", 4, "x4", -3);
        assertSameValue("\\frac{1}{2}e^{x_1 + x_2^2} - x_3 x_4^2", "1/2*exp(x1 + x2^2) - x3*x4^2", graph);
        assertSameValue("\\frac{e^{z_1}}{e^{z_0} + e^{z_1}}", "sigmoid(z1 - z0)", vars("z0", 0.4, "z1", -1.3));
    }

    @Test
    void matrixAnswersUseTheMatrixProductForJuxtaposition() {
        Map<String, Tensor> m = vars("A", random(4, 3), "x", random(3), "b", random(4));
        assertSameValue("2A^\\top A x - 2A^\\top b", "2*A.T @ A @ x - 2*A.T @ b", m);
        assertSameValue("\\|Ax - b\\|_2^2", "norm(A @ x - b)^2", m);
        assertSameValue("\\operatorname{tr}(A^\\top A)", "trace(A.T @ A)", m);
        Map<String, Tensor> sym = vars("A", Tensor.matrix(new double[][] {{2, 1, 0}, {1, 3, 1}, {0, 1, 4}}),
                "x", random(3, 1), "y", random(3, 1), "c", random(3, 1));
        assertSameValue("x^\\top A x", "x.T @ A @ x", sym);
        assertSameValue("\\nabla_x = 2Ax + c \\sin(y)^\\top x", "2*A @ x + c @ sin(y).T @ x", sym);
        assertSameValue("\\nabla_B = x y^\\top", "x @ y.T", sym);
        assertSameValue("\\begin{bmatrix} 1 & 2 & 0 \\\\ 3 & 4 & 1 \\end{bmatrix} \\begin{bmatrix} 1 \\\\ x_1 \\\\ 2 \\end{bmatrix}",
                "[[1, 2, 0], [3, 4, 1]] @ [[1], [x1], [2]]", vars("x1", 0.5));
        assertSameValue("\\begin{vmatrix} 2 & 1 \\\\ 1 & 3 \\end{vmatrix}", "5", vars());
    }

    @Test
    void leastSquaresAndRegularizedGradientsWithDeclaredVariables() {
        Map<String, Tensor> under = vars("X", random(6, 3), "t", random(6));
        assertSameValue("w = (X^\\top X)^{-1} X^\\top t", "inv(X.T @ X) @ X.T @ t", under);
        Map<String, Tensor> over = vars("X", random(2, 5), "t", random(2));
        assertSameValue("w = X^\\top (X X^\\top)^{-1} t", "X.T @ inv(X @ X.T) @ t", over);
        assertSameValue("X^\\dagger t", "pinv(X) @ t", over);
        Map<String, Tensor> lydia = vars("X", random(5, 3), "w", random(3), "y", random(5), "lam", 0.1, "n", 5);
        assertSameValue("\\nabla_w L = \\frac{2}{n} X^\\top (Xw - y) + \\lambda\\, \\operatorname{sign}(w)",
                "2/n*X.T @ (X @ w - y) + lam*sign(w)", lydia);
        assertSameValue("\\frac{1}{n}\\|Xw - y\\|_2^2 + \\lambda \\|w\\|_1", "1/n*norm(X @ w - y)^2 + lam*sum(abs(w))",
                lydia);
        Map<String, Tensor> adam = vars("v", random(3), "beta", 0.9, "t", 3);
        assertSameValue("\\hat{v}_t = \\frac{v_t}{1 - \\beta^t}", "v / (1 - beta^t)", adam);
        assertEquals(List.of("read v_t as v"), Latex.translate("\\frac{v_t}{1 - \\beta^t}", adam.keySet(), false).notes());
        assertSameValue("W \\odot \\tilde{W}", "W * Wtilde", vars("W", random(2, 3), "Wtilde", random(2, 3)));
        Tensor counts = Tensor.of(new int[] {4, 4}, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7});
        Map<String, Tensor> glove = vars("W", random(4, 2), "Wtilde", random(4, 2), "b", random(4, 1),
                "btilde", random(4, 1), "X", counts);
        assertSameValue("\\nabla_W L = 2\\left(W\\tilde{W}^\\top + \\mathbf{b}\\mathbf{1}^\\top + \\mathbf{1}\\tilde{b}^\\top"
                + " - \\log X\\right)\\tilde{W}", "2*(W @ Wtilde.T + b + btilde.T - log(X)) @ Wtilde", glove);
    }

    @Test
    void declaredVariablesKeepLongNamesAndScalarModeWritesStars() {
        assertEquals("jmul(grad, lam)", Latex.translate("grad\\, lam", List.of("grad", "lam"), false).source());
        assertEquals("jmul(jmul(jmul(g, r), a), d)", Latex.toSource("gr ad"));
        assertEquals("Theta(n^2*d + n*d^2)", Latex.translate("\\Theta(n^2 d + n d^2)", null, false).source());
        assertEquals("3*n^2*d + (n)^(-1)", Latex.translate("3n^2 d + (n)^{-1}", List.of("n", "d"), true).source());
        assertEquals("4*b*m*d^2", Latex.translate("4bmd^2", null, true).source());
        assertEquals("sigma^2*(n - d)/n + sigma*(n)", Latex.translate("\\sigma^2(n-d)/n + \\sigma(n)",
                List.of("sigma", "n", "d"), true).source());
        assertEquals("e^(x)", Latex.translate("e^{x}", List.of("e", "x"), false).source());
        assertEquals(List.of("read bmd as b·m·d"), Latex.translate("4bmd^2", null, true).notes());
    }

    @Test
    void translationsRoundTripThroughTheLatexPreview() {
        Map<String, Tensor> v = vars("x1", 0.3, "x2", -0.4, "sigma", 1.5, "A", random(3, 3), "c", random(3),
                "lam", 0.2, "z", random(4));
        for (String src : new String[] {"1/2*exp(x1 + x2^2)", "6x1", "A.T @ c", "sqrt(sigma)", "[[1, 2], [3, 4]]",
            "abs(x1 - x2) + norm(c)", "lam*sigmoid(x1)", "softmax(z)", "log(x1^2) - tanh(x2)/(1 + x1)"}) {
            String latex = Printer.latex(Parser.parseExpression(src));
            assertSameValue(latex, src, v);
        }
    }

    // ---- errors: one-line messages with a hint, positioned in the LaTeX ----

    private static LangException error(String latex) {
        LangException e = assertThrows(LangException.class, () -> Latex.translate(latex).parse());
        assertEquals("syntax", e.code(), e.describe());
        assertFalse(e.getMessage().contains("\n"), e.describe());
        assertNotEquals("internal error while reading the LaTeX", e.getMessage());
        return e;
    }

    private static void assertErrorAt(String latex, int line, int column, String message, String hint) {
        LangException e = error(latex);
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.describe());
        assertTrue(e.getMessage().contains(message), e.describe());
        if (hint != null) {
            assertTrue(e.hint() != null && e.hint().contains(hint), e.describe());
        }
    }

    @Test
    void errorsPointIntoTheLatex() {
        assertErrorAt("\\frac{1}{2", 1, 9, "never closed", "}");
        assertErrorAt("\\frac{1{2}", 1, 6, "never closed", "}");
        assertErrorAt("x + }", 1, 5, "closes no {", null);
        assertErrorAt("x + \\sum_i x_i", 1, 5, "\\sum is not supported in answers", "sum(...)");
        assertErrorAt("2\\int_0^1 x", 1, 2, "\\int is not supported", null);
        assertErrorAt("\\prod_i x_i", 1, 1, "\\prod is not supported", null);
        assertErrorAt("\\lim x", 1, 1, "\\lim is not supported", null);
        assertErrorAt("x + \\foo", 1, 5, "\\foo is not supported in answers", null);
        assertErrorAt("f(x) = ", 1, 6, "nothing after =", "after the last =");
        assertErrorAt("", 1, 1, "empty", null);
        assertErrorAt("\\sin^{-1}(x)", 1, 5, "inverse trig functions are not supported", null);
        assertErrorAt("\\arctan x", 1, 1, "\\arctan is not supported", "inverse trig");
        assertErrorAt("|x", 1, 1, "never closed", "\\lvert");
        assertErrorAt("\\lvert x", 1, 1, "never closed", "\\rvert");
        assertErrorAt("x \\rvert", 1, 3, "closes no bar", "\\lvert");
        assertErrorAt("(x + 1", 1, 1, "never closed", null);
        assertErrorAt("x + 1)", 1, 6, "no matching opening", null);
        assertErrorAt("f(x=1) + 1", 1, 2, "never closed", "before '='");
        assertErrorAt("x^2^3", 1, 4, "double superscript", "braces");
        assertErrorAt("(x)_1", 1, 4, "subscript must follow a name", null);
        assertErrorAt("x'", 1, 2, "primes are not supported", null);
        assertErrorAt("\\begin{bmatrix} 1 & 2 \\\\ 3 \\end{bmatrix}", 1, 26, "row 2 of the matrix has 1 entry", null);
        assertErrorAt("\\begin{bmatrix} 1 & & 2 \\end{bmatrix}", 1, 21, "entry is empty", "0");
        assertErrorAt("\\begin{cases} 1 \\end{cases}", 1, 1, "\\begin{cases} is not supported", null);
        assertErrorAt("\\operatorname{foo}(x)", 1, 1, "unknown function foo", "sign");
        assertErrorAt("\\|x\\|_3", 1, 6, "norm with subscript 3", null);
        assertErrorAt("a \\le b", 1, 3, "\\le is not supported", "right-hand side");
        assertErrorAt("f(x) &= x^2 \\\\\n  &= 2x + \\nabla", 2, 11, "\\nabla is not supported", null);
        assertErrorAt("x + ", 1, 4, "incomplete", null);
    }

    @Test
    void errorsFoundAfterTranslationAreMappedBack() {
        assertErrorAt("x + \\text{if}", 1, 5, "reserved word", null);
        Latex.Translation t = Latex.translate("\\frac{1}{q} + x");
        Interpreter in = new Interpreter(Budget.interactive(), false, 1);
        in.set("x", Node.constant(Tensor.scalar(1)));
        LangException raw = assertThrows(LangException.class, () -> in.eval(t.parse()));
        LangException mapped = t.mapError(raw);
        assertEquals("name", mapped.code());
        assertEquals(10, mapped.column(), mapped.describe() + " in " + t.source());
        assertArrayEquals(new int[] {2, 3}, Latex.translate("f =\n  x y").originalPosition(1, 6));
        LangException inMessage = new LangException("syntax", "expected ) to close the ( at line 1, column 10", 1, 1, null);
        assertEquals("expected ) to close the ( at line 1, column 13",
                Latex.translate("\\frac{1}{q} + x").mapError(inMessage).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\frac{1}{2}", "x^{2}", "x_{1}", "$x$", "\\|x\\|", "\\alpha x", "{x}", "a\\,b"})
    void latexIsRecognised(String s) {
        assertTrue(Latex.looksLikeLatex(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x^2 + 3*x", "A.T @ x", "sum(x, axis=0)", "6x - 4*sin(x)", "[[1, 2], [3, 4]]", "|x|", ""})
    void gradLabSyntaxIsNotLatex(String s) {
        assertFalse(Latex.looksLikeLatex(s));
    }

    // ---- robustness ----

    private static final String[] FUZZ = {"x", "y", "A", "2", "0.5", "e", "\\frac", "\\sqrt", "{", "}", "(", ")", "[",
        "]", "^", "_", "+", "-", "*", "/", "=", ",", "&", "\\\\", "|", "||", "\\|", "\\left(", "\\right)", "\\left|",
        "\\right|", "\\lvert", "\\rvert", "\\cdot", "\\times", "\\top", "T", "\\sin", "\\exp", "\\log", "\\sigma",
        "\\alpha", "\\operatorname", "\\mathbf", "\\tilde", "\\hat", "\\text", "sign", "\\sum", "\\partial",
        "\\begin{bmatrix}", "\\end{bmatrix}", "\\begin{pmatrix}", "\\end{pmatrix}", "\\Theta", "O", "\\mathrm{e}", "'",
        "!", "\\,", "$", "%", "\\", "\\foo", "-1", "\\dagger", "\\infty", "\\left.", "\\{", "\\}", ".", "\n", "~"};

    @Test
    void randomLatexOnlyEverGivesSourceOrLangException() {
        SplitMix64 rng = new SplitMix64(3);
        assertTimeout(Duration.ofSeconds(20), () -> {
            int translated = 0;
            for (int n = 0; n < 2000; n++) {
                StringBuilder sb = new StringBuilder();
                int len = 1 + rng.nextInt(20);
                for (int k = 0; k < len; k++) {
                    sb.append(FUZZ[rng.nextInt(FUZZ.length)]).append(rng.nextInt(3) == 0 ? " " : "");
                }
                String latex = sb.toString();
                try {
                    Latex.Translation t = Latex.translate(latex);
                    translated++;
                    t.parse();
                } catch (LangException e) {
                    assertNotEquals("internal error while reading the LaTeX", e.getMessage(), latex);
                    assertTrue(e.line() >= 1 && e.column() >= 1, e.describe() + " for " + latex);
                    int lines = latex.split("\n", -1).length;
                    assertTrue(e.line() <= lines, e.describe() + " for " + latex);
                } catch (RuntimeException | StackOverflowError e) {
                    fail("uncaught " + e + " for " + latex, e);
                }
            }
            assertTrue(translated > 20, "some random inputs translate: " + translated);
        });
    }

    /** A random expression as {LaTeX, GradLab}: scalars only, so every product is plain multiplication. */
    private static String[] randomPair(SplitMix64 rng, int depth) {
        if (depth == 0 || rng.nextInt(4) == 0) {
            String[][] leaves = {{"x", "x"}, {"y", "y"}, {"2", "2"}, {"0.5", "0.5"}, {"\\pi", "pi"}, {"x_1", "x1"}};
            return leaves[rng.nextInt(leaves.length)];
        }
        String[] a = randomPair(rng, depth - 1);
        String[] b = randomPair(rng, depth - 1);
        switch (rng.nextInt(12)) {
            case 0: return new String[] {a[0] + " + " + b[0], "(" + a[1] + ") + (" + b[1] + ")"};
            case 1: return new String[] {a[0] + " - \\left(" + b[0] + "\\right)", "(" + a[1] + ") - (" + b[1] + ")"};
            case 2: return new String[] {"\\frac{" + a[0] + "}{" + b[0] + "}", "(" + a[1] + ")/(" + b[1] + ")"};
            case 3: return new String[] {"(" + a[0] + ") \\cdot (" + b[0] + ")", "(" + a[1] + ")*(" + b[1] + ")"};
            case 4: return new String[] {"(" + a[0] + ")(" + b[0] + ")", "(" + a[1] + ")*(" + b[1] + ")"};
            case 5: return new String[] {"\\left(" + a[0] + "\\right)^{2}", "(" + a[1] + ")^2"};
            case 6: return new String[] {"\\sin\\left(" + a[0] + "\\right)", "sin(" + a[1] + ")"};
            case 7: return new String[] {"e^{" + a[0] + "}", "exp(" + a[1] + ")"};
            case 8: return new String[] {"\\left|" + a[0] + "\\right|", "abs(" + a[1] + ")"};
            case 9: return new String[] {"\\sqrt{" + a[0] + "}", "sqrt(" + a[1] + ")"};
            case 10: return new String[] {"-\\tanh{(" + a[0] + ")}", "-tanh(" + a[1] + ")"};
            default: return new String[] {"2\\,x_1 \\sigma(" + a[0] + ")", "2*x1*sigmoid(" + a[1] + ")"};
        }
    }

    @Test
    void randomExpressionsEvaluateLikeTheirGradLabTwins() {
        SplitMix64 rng = new SplitMix64(5);
        Map<String, Tensor> v = vars("x", 0.7, "y", -1.3, "x1", 0.4);
        for (int n = 0; n < 500; n++) {
            String[] pair = randomPair(rng, 4);
            Latex.Translation t = Latex.translate(pair[0], v.keySet(), false);
            double got = eval(t.parse(), v).item();
            double want = eval(Parser.parseExpression(pair[1]), v).item();
            if (!(Double.isNaN(got) && Double.isNaN(want))) {
                assertEquals(want, got, 1e-9 * (1 + Math.abs(want)), pair[0] + " → " + t.source());
            }
        }
    }

    @Test
    void hugeAndDeeplyNestedInputsFailCleanly() {
        assertTimeout(Duration.ofSeconds(10), () -> {
            for (String unit : new String[] {"{", "(", "\\sqrt{", "\\hat", "-", "x^{", "\\left(", "|"}) {
                String close = unit.endsWith("{") ? "}" : unit.contains("(") ? ")" : "";
                String deep = unit.repeat(5000) + "x" + close.repeat(5000);
                LangException e = assertThrows(LangException.class, () -> Latex.translate(deep), unit);
                assertEquals("syntax", e.code(), e.describe());
            }
            assertThrows(LangException.class, () -> Latex.translate("x".repeat(150_000)));
            assertThrows(BudgetException.class, () -> Latex.translate("x".repeat(Parser.MAX_SOURCE + 1)));
            String list = "(ab" + ", ab".repeat(20_000) + ")";
            assertTrue(Latex.toSource(list).startsWith("[jmul(a, b), "));
        });
    }
}
