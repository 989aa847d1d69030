package dev.gradlab.web.view;

import dev.gradlab.core.lang.LangException;

import java.util.List;
import java.util.Map;

/** HTML fragments of the stepper page other than the graph: the input fields and the gradient table. */
public final class Html {
    private Html() {
    }

    /** Text made safe for element content and quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep;
            switch (c) {
                case '&':
                    rep = "&amp;";
                    break;
                case '<':
                    rep = "&lt;";
                    break;
                case '>':
                    rep = "&gt;";
                    break;
                case '"':
                    rep = "&quot;";
                    break;
                case '\'':
                    rep = "&#39;";
                    break;
                default:
                    rep = null;
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The id of the field for input variable {@code name}. */
    public static String fieldId(String name) {
        return "var-" + name;
    }

    /**
     * One labelled field {@code <input id="var-NAME">} per free variable, holding {@code values}'
     * text for it (empty if none).
     */
    public static String inputFields(List<String> names, Map<String, String> values) {
        if (names.isEmpty()) {
            return "<p class=\"muted\">This program reads no input variables.</p>";
        }
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            String id = escape(fieldId(name));
            String v = values.get(name);
            sb.append("<div class=\"var\"><label for=\"").append(id).append("\">").append(escape(name))
                    .append("</label><input id=\"").append(id).append("\" name=\"").append(escape(name))
                    .append("\" type=\"text\" autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\""
                            + " value=\"").append(escape(v == null ? "" : v)).append("\"></div>");
        }
        return sb.toString();
    }

    /**
     * The rows of {@code <table id="grads">}: one {@code <tr data-name>} per input variable, in the
     * order of {@code names} (then any other inputs), with its value and, once revealed, its gradient.
     */
    public static String gradRows(Stepper st, List<String> names) {
        GraphView g = st.graph();
        StringBuilder sb = new StringBuilder();
        java.util.Set<Integer> done = new java.util.HashSet<>();
        for (String name : names) {
            GraphView.Item it = g.input(name);
            if (it != null && done.add(it.id)) {
                row(sb, st, it);
            }
        }
        for (GraphView.Item it : g.inputs()) {
            if (done.add(it.id)) {
                row(sb, st, it);
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, Stepper st, GraphView.Item it) {
        boolean shown = st.gradShown(it.id);
        sb.append("<tr data-name=\"").append(escape(it.label)).append('"');
        if (st.current() == it.id) {
            sb.append(" class=\"current\"");
        }
        sb.append("><th scope=\"row\">").append(escape(it.label)).append("</th><td class=\"value\" title=\"")
                .append(escape(it.valueFull)).append("\">").append(escape(it.value)).append("</td><td class=\"grad\"");
        if (shown) {
            sb.append(" title=\"").append(escape(it.gradFull)).append("\">").append(escape(it.grad));
        } else {
            sb.append('>');
        }
        sb.append("</td></tr>");
    }

    /** "line 1, column 7: message" — the first line of an error as the page shows it. */
    public static String errorText(LangException e) {
        return "line " + e.line() + ", column " + e.column() + ": " + e.getMessage();
    }

    /** The error box's markup: the message, then the hint if any. */
    public static String errorHtml(String message, String hint) {
        StringBuilder sb = new StringBuilder("<span class=\"message\">").append(escape(message)).append("</span>");
        if (hint != null && !hint.isEmpty()) {
            sb.append(" <span class=\"hint\">Hint: ").append(escape(hint)).append("</span>");
        }
        return sb.toString();
    }
}
