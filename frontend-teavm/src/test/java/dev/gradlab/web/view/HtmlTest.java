package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Traces;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTest {
    private static final List<String> NAMES = List.of("x1", "x2", "x3", "x4");

    @Test
    void inputFieldsAreLabelledAndKeepTheirText() {
        String html = Html.inputFields(List.of("x1", "A"), Map.of("x1", "-1", "A", "[[1, 2], [3, 4]]"));
        assertEquals("<div class=\"var\"><label for=\"var-x1\">x1</label><input id=\"var-x1\" name=\"x1\" type=\"text\""
                + " autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\" value=\"-1\"></div>"
                + "<div class=\"var\"><label for=\"var-A\">A</label><input id=\"var-A\" name=\"A\" type=\"text\""
                + " autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\" value=\"[[1, 2], [3, 4]]\"></div>",
                html);
        assertTrue(Html.inputFields(List.of("x"), Map.of("x", "\"><script>")).contains("value=\"&quot;&gt;&lt;script&gt;\""));
        assertTrue(Html.inputFields(List.of(), Map.of()).contains("reads no input variables"));
    }

    @Test
    void gradientCellsFillAsBackpropReachesEachInput() {
        Stepper st = new Stepper(Fixtures.defaultGraph());
        assertEquals("<tr data-name=\"x1\"><th scope=\"row\">x1</th><td class=\"value\" title=\"-1\">-1</td>"
                + "<td class=\"grad\"></td></tr>"
                + "<tr data-name=\"x2\"><th scope=\"row\">x2</th><td class=\"value\" title=\"2\">2</td>"
                + "<td class=\"grad\"></td></tr>"
                + "<tr data-name=\"x3\"><th scope=\"row\">x3</th><td class=\"value\" title=\"4\">4</td>"
                + "<td class=\"grad\"></td></tr>"
                + "<tr data-name=\"x4\"><th scope=\"row\">x4</th><td class=\"value\" title=\"-3\">-3</td>"
                + "<td class=\"grad\"></td></tr>", Html.gradRows(st, NAMES));
        st.jump(11); // backward 4/11 reaches x4
        String rows = Html.gradRows(st, NAMES);
        assertTrue(rows.contains("<tr data-name=\"x4\" class=\"current\"><th scope=\"row\">x4</th>"
                + "<td class=\"value\" title=\"-3\">-3</td><td class=\"grad\" title=\"24\">24</td></tr>"), rows);
        assertTrue(rows.contains("<td class=\"value\" title=\"-1\">-1</td><td class=\"grad\"></td>"), rows);
        st.jump(st.total());
        rows = Html.gradRows(st, NAMES);
        assertTrue(rows.contains("<td class=\"grad\" title=\"10.04276846\">10.04</td>"), rows);
        assertTrue(rows.contains("<td class=\"grad\" title=\"40.17107385\">40.17</td>"), rows);
        assertTrue(rows.contains("<td class=\"grad\" title=\"-9\">-9</td>"), rows);
    }

    @Test
    void errorsNameLineAndColumn() {
        try {
            Traces.run("f = 0.5*exp(x1 +", Map.of(), null);
        } catch (LangException e) {
            assertEquals("line 1, column 17: unexpected end of line", Html.errorText(e));
            assertEquals("<span class=\"message\">line 1, column 17: unexpected end of line</span>"
                    + " <span class=\"hint\">Hint: the expression is incomplete</span>",
                    Html.errorHtml(Html.errorText(e), e.hint()));
            return;
        }
        throw new AssertionError("expected a syntax error");
    }
}
