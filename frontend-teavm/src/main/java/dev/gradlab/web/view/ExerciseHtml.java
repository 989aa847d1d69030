package dev.gradlab.web.view;

import dev.gradlab.core.check.AnswerPreview;

import java.util.List;

/**
 * The exercise page: title, statement, and one labelled input per part by kind — a text field for
 * expressions, formulas, growth rates, numbers and shapes, a text area for matrices, radio buttons
 * for choices, a code editor (a text area CodeMirror enhances) with Run and Submit for programs —
 * each with a live preview, a verdict and a hint area. Element ids (a contract with the e2e
 * tests): {@code #exercise-title}, {@code #statement}, {@code #part-P}, {@code #answer-P}
 * ({@code #answer-P-OPTION} for choices), {@code #preview-P}, {@code #verdict-P}, {@code #hints-P},
 * {@code #run-P}, {@code #submit-P}, {@code #output-P}, {@code #check}, {@code #check-status}.
 */
public final class ExerciseHtml {
    private ExerciseHtml() {
    }

    /** A part id made safe for an element id. */
    public static String partKey(String partId) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < partId.length(); i++) {
            char c = partId.charAt(i);
            sb.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
        }
        return sb.toString();
    }

    public static String id(String prefix, String partId) {
        return prefix + "-" + partKey(partId);
    }

    /** The whole page. */
    public static String page(ExerciseDoc doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"#/\">Exercises</a>");
        if (!doc.topic.isEmpty()) {
            sb.append(" <span aria-hidden=\"true\">\u203a</span> <span>").append(Html.escape(doc.topic)).append("</span>");
        }
        sb.append("</nav><h1 id=\"exercise-title\" tabindex=\"-1\">").append(Html.escape(doc.title)).append("</h1>");
        sb.append("<p class=\"meta\">");
        if (!doc.source.isEmpty()) {
            sb.append("Source: ").append(Html.escape(doc.source)).append(" \u00b7 ");
        }
        sb.append("variant ").append(doc.variant).append("</p>");
        sb.append("<div id=\"statement\" class=\"statement md\">").append(Markdown.block(doc.statement)).append("</div>");
        String stepperHref = StepperLink.href(doc.stepper);
        if (stepperHref != null) {
            sb.append("<p class=\"stepper-link\"><a id=\"stepper-link\" href=\"").append(Html.escape(stepperHref))
                    .append("\">").append(Html.escape(StepperLink.label(doc.stepper))).append("</a></p>");
        }
        sb.append("<form id=\"exercise-form\" class=\"parts\" novalidate>");
        int n = 0;
        for (ExerciseDoc.Part p : doc.parts) {
            sb.append(part(p, ++n, doc.parts.size()));
        }
        sb.append("<div class=\"actions\"><button type=\"submit\" id=\"check\" class=\"primary\">Check answers</button>"
                + "<p id=\"check-status\" class=\"check-status\" role=\"status\" aria-live=\"polite\"></p></div></form>"
                + "<div id=\"attempts-box\"></div>");
        return sb.toString();
    }

    static String part(ExerciseDoc.Part p, int number, int total) {
        String k = partKey(p.id);
        StringBuilder sb = new StringBuilder("<section class=\"part\" id=\"part-").append(k).append("\" data-part=\"")
                .append(Html.escape(p.id)).append("\" data-kind=\"").append(Html.escape(p.kind))
                .append("\" aria-labelledby=\"part-title-").append(k).append("\">");
        sb.append("<h2 class=\"part-title\" id=\"part-title-").append(k).append("\">")
                .append(total > 1 ? "Part " + number : "Your answer").append(" <span class=\"kind\">")
                .append(Html.escape(p.kindLabel())).append("</span></h2>");
        sb.append("<div class=\"prompt md\" id=\"prompt-").append(k).append("\">").append(Markdown.block(p.prompt)).append("</div>");
        String name = total > 1 ? "Answer to part " + number : "Your answer";
        String described = "prompt-" + k + " help-" + k + " preview-" + k + " verdict-" + k;
        switch (p.kind) {
            case "choice":
                sb.append(choice(p, k));
                break;
            case "program":
                sb.append(program(p, k, described));
                break;
            case "matrix":
                sb.append(label(p, k, name)).append("<textarea id=\"answer-").append(k).append("\" name=\"").append(Html.escape(p.id))
                        .append("\" class=\"answer matrix-input\" rows=\"3\" spellcheck=\"false\" autocomplete=\"off\""
                                + " autocapitalize=\"off\" placeholder=\"[[1, 2], [3, 4]]\" aria-describedby=\"")
                        .append(described).append("\"></textarea>").append(help(p, k));
                break;
            default:
                sb.append(label(p, k, name)).append("<input id=\"answer-").append(k).append("\" name=\"").append(Html.escape(p.id))
                        .append("\" class=\"answer\" type=\"text\" spellcheck=\"false\" autocomplete=\"off\""
                                + " autocapitalize=\"off\" aria-describedby=\"").append(described).append("\"")
                        .append(placeholder(p.kind)).append(">").append(help(p, k));
        }
        if (AnswerPreview.previewed(p.kind)) {
            sb.append("<div class=\"preview\" id=\"preview-").append(k).append("\" aria-live=\"polite\"></div>");
        }
        sb.append("<div class=\"verdict\" id=\"verdict-").append(k).append("\" aria-live=\"polite\"></div>");
        sb.append("<div class=\"hints\" id=\"hints-").append(k).append("\" aria-live=\"polite\"></div>");
        return sb.append("</section>").toString();
    }

    private static String label(ExerciseDoc.Part p, String k, String name) {
        return "<label class=\"answer-label\" for=\"answer-" + k + "\">" + name
                + " <span class=\"muted\">(" + Html.escape(p.kindLabel()) + ")</span></label>";
    }

    private static String placeholder(String kind) {
        switch (kind) {
            case "shape":
                return " placeholder=\"(6, 6, 5, 2) or error\"";
            case "asymptotic":
                return " placeholder=\"e.g. n^2 d\"";
            default:
                return "";
        }
    }

    /** What may be typed: the variables and the syntax. */
    static String help(ExerciseDoc.Part p, String k) {
        StringBuilder sb = new StringBuilder("<p class=\"help\" id=\"help-").append(k).append("\">");
        List<String> vars = p.variables;
        if (!vars.isEmpty()) {
            sb.append("Variables: ");
            for (int i = 0; i < vars.size(); i++) {
                sb.append(i > 0 ? ", " : "").append("<code>").append(Html.escape(vars.get(i))).append("</code>");
            }
            sb.append(". ");
        }
        switch (p.kind) {
            case "expr":
            case "formula":
            case "asymptotic":
                sb.append("Write <code>*</code> for products, <code>^</code> for powers, <code>@</code> for matrix"
                        + " products; LaTeX such as <code>\\frac{1}{2}x^2</code> works too.");
                break;
            case "number":
                sb.append("A number or an arithmetic expression such as <code>3*4 - 1/2</code>.");
                break;
            case "matrix":
                sb.append("Rows in brackets: <code>[[1, 2], [3, 4]]</code>.");
                break;
            case "shape":
                sb.append("Sizes in parentheses, or <code>error</code> when the shapes cannot be combined.");
                break;
            default:
                break;
        }
        return sb.append("</p>").toString();
    }

    static String choice(ExerciseDoc.Part p, String k) {
        StringBuilder sb = new StringBuilder("<fieldset class=\"choices\" id=\"answer-").append(k)
                .append("\" aria-describedby=\"prompt-").append(k).append(" verdict-").append(k)
                .append("\"><legend>Choose one</legend>");
        for (ExerciseDoc.Option o : p.options) {
            String oid = "answer-" + k + "-" + partKey(o.id);
            sb.append("<div class=\"choice\"><input type=\"radio\" id=\"").append(oid).append("\" name=\"")
                    .append(Html.escape(p.id)).append("\" value=\"").append(Html.escape(o.id)).append("\"><label for=\"")
                    .append(oid).append("\">").append(Markdown.inline(o.text)).append("</label></div>");
        }
        return sb.append("</fieldset>").toString();
    }

    static String program(ExerciseDoc.Part p, String k, String described) {
        String starter = p.starter == null ? "" : p.starter;
        int rows = Math.max(6, Math.min(24, starter.split("\n", -1).length + 2));
        StringBuilder sb = new StringBuilder("<label class=\"answer-label\" for=\"answer-").append(k)
                .append("\">Your program</label><textarea id=\"answer-").append(k).append("\" name=\"")
                .append(Html.escape(p.id)).append("\" class=\"answer code-input\" rows=\"").append(rows)
                .append("\" spellcheck=\"false\" autocomplete=\"off\" autocapitalize=\"off\" data-editor=\"code\""
                        + " aria-describedby=\"").append(described).append("\">").append(Html.escape(starter))
                .append("</textarea>");
        sb.append("<p class=\"help\" id=\"help-").append(k).append("\">In the editor, <kbd>Tab</kbd> indents;"
                + " press <kbd>Esc</kbd> then <kbd>Tab</kbd> to move on. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs.");
        if (!p.tests.isEmpty() || p.hiddenTests > 0) {
            sb.append(" Submitting runs ").append(p.tests.size()).append(" public test").append(p.tests.size() == 1 ? "" : "s");
            if (p.hiddenTests > 0) {
                sb.append(" and ").append(p.hiddenTests).append(" hidden test").append(p.hiddenTests == 1 ? "" : "s");
            }
            sb.append(".");
        }
        sb.append("</p>");
        if (!p.tests.isEmpty()) {
            sb.append("<details class=\"tests\"><summary>Public tests</summary><ul>");
            for (ExerciseDoc.Test t : p.tests) {
                sb.append("<li><strong>").append(Html.escape(t.name)).append("</strong>: <code>")
                        .append(Html.escape(t.expect)).append("</code>");
                if (!t.setup.trim().isEmpty()) {
                    sb.append(" after <code>").append(Html.escape(t.setup.replace("\n", "; "))).append("</code>");
                }
                sb.append("</li>");
            }
            sb.append("</ul></details>");
        }
        sb.append("<div class=\"program-actions\"><button type=\"button\" id=\"run-").append(k)
                .append("\" data-action=\"run\" data-part=\"").append(Html.escape(p.id)).append("\">Run</button>")
                .append("<button type=\"button\" id=\"submit-").append(k).append("\" class=\"primary\" data-action=\"submit\""
                        + " data-part=\"").append(Html.escape(p.id)).append("\">Submit</button></div>");
        sb.append("<div class=\"run-output\" id=\"output-").append(k).append("\" aria-live=\"polite\"></div>");
        return sb.toString();
    }

    /** The preview of a typed answer: how it was read, as math, or where it cannot be read. */
    public static String preview(AnswerPreview p) {
        if (p.error != null) {
            return "<p class=\"preview-error\"><span aria-hidden=\"true\">!</span> " + Html.escape(p.error) + "</p>";
        }
        if (p.latex == null) {
            return p.note == null ? "" : "<p class=\"preview-read\">" + Html.escape(p.note) + "</p>";
        }
        return "<p class=\"preview-read\"><span class=\"preview-label\">Read as</span> " + Markdown.math(p.latex, false)
                + (p.note == null ? "" : " <span class=\"preview-note\">" + Html.escape(p.note) + "</span>") + "</p>";
    }
}
