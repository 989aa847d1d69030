package dev.gradlab.web.view;

import dev.gradlab.core.autodiff.Node;
import dev.gradlab.core.json.JsonWriter;
import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.Interpreter;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Parser;
import dev.gradlab.core.tensor.MathException;
import dev.gradlab.core.tensor.ShapeException;
import dev.gradlab.core.tensor.Tensor;
import dev.gradlab.core.text.Num;

import java.util.List;

/**
 * Run, in the browser, of a program part: the program under the interactive budget (what it
 * printed, or its error with line and column), then each public test the way the checker runs it —
 * setup, program, the test's expression — showing the value the student's program gives. Nothing
 * is graded here; Submit asks the server, which also runs the hidden tests.
 */
public final class ProgramRun {
    /** The outcome of a run. Immutable. */
    public static final class Outcome {
        /** False when the program itself failed. */
        public final boolean ok;
        /** The program's error ("line 2, column 12: …"), or null. */
        public final String error;
        /** 1-based line of the error, 0 when none. */
        public final int line;
        public final String html;

        Outcome(boolean ok, String error, int line, String html) {
            this.ok = ok;
            this.error = error;
            this.line = line;
            this.html = html;
        }
    }

    private ProgramRun() {
    }

    /**
     * Runs {@code source}, then each public test. The outcome's HTML holds what the program
     * printed, the figures it drew ({@link RunPlots}, ids {@code plot-PART-K}), also those made
     * before an error, then its error or the test values.
     */
    public static Outcome run(String partId, String source, List<ExerciseDoc.Test> tests) {
        Interpreter in = new Interpreter(Budget.interactive(), false, 0);
        String failure = null;
        int line = 0;
        try {
            in.run(source == null ? "" : source);
        } catch (LangException e) {
            failure = e.describe();
            line = e.line();
        } catch (ShapeException | MathException e) {
            failure = e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            failure = "the program stopped: " + e.getMessage();
        }
        StringBuilder sb = new StringBuilder();
        String out = in.stdout();
        if (!out.isEmpty()) {
            sb.append("<p class=\"run-label\">Output</p><pre class=\"stdout\">").append(Html.escape(out)).append("</pre>");
        }
        String figures = RunPlots.html("plot-" + partId, in.plots());
        sb.append(figures);
        if (failure != null) {
            sb.append("<p class=\"run-error\" data-line=\"").append(line).append("\"><strong>Error</strong> ")
                    .append(Html.escape(failure)).append("</p>");
            return new Outcome(false, failure, line, sb.toString());
        }
        if (out.isEmpty() && figures.isEmpty()) {
            sb.append("<p class=\"run-ok\">The program ran without errors and printed nothing.</p>");
        }
        if (!tests.isEmpty()) {
            sb.append("<p class=\"run-label\">Public tests with your program</p><ul class=\"test-values\">");
            for (int i = 0; i < tests.size(); i++) {
                ExerciseDoc.Test t = tests.get(i);
                sb.append("<li><strong>").append(Html.escape(t.name)).append("</strong>: <code>")
                        .append(Html.escape(t.expect)).append("</code> = ").append(testValue(source, t, i)).append("</li>");
            }
            sb.append("</ul>");
        }
        return new Outcome(true, null, 0, sb.toString());
    }

    private static String testValue(String source, ExerciseDoc.Test t, int seed) {
        Interpreter in = new Interpreter(Budget.interactive(), false, seed);
        try {
            if (!t.setup.trim().isEmpty()) {
                in.run(t.setup);
            }
            in.run(source);
            return "<samp>" + Html.escape(describe(in.eval(Parser.parseExpression(t.expect)))) + "</samp>";
        } catch (LangException e) {
            return "<span class=\"run-error\">" + Html.escape(e.describe()) + "</span>";
        } catch (RuntimeException | StackOverflowError e) {
            return "<span class=\"run-error\">" + Html.escape(String.valueOf(e.getMessage())) + "</span>";
        }
    }

    /** A value as a student reads it: 6 significant digits, nested lists for tensors. */
    static String describe(Object v) {
        if (v instanceof Node) {
            Tensor t = ((Node) v).value();
            if (t.isScalar()) {
                return Num.format(t.item(), 6);
            }
            return new JsonWriter().value(t).toString();
        }
        return v == null ? "None" : String.valueOf(v);
    }
}
