package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramRunTest {
    private static final ExerciseDoc DOC = ExerciseFixtures.doc(ExerciseFixtures.PROGRAM);

    @Test
    void aRunShowsWhatThePublicTestsGive() {
        ProgramRun.Outcome out = ProgramRun.run("code", "def mse(p, y):\n    return mean((p - y)**2)\nprint(\"ok\")\n",
                DOC.part("code").tests);
        assertTrue(out.ok);
        assertTrue(out.html.contains("<pre class=\"stdout\">ok\n</pre>"), out.html);
        assertTrue(out.html.contains("<li><strong>small</strong>: <code>mse(p, y)</code> = <samp>2</samp></li>"), out.html);
    }

    @Test
    void anErrorNamesItsLine() {
        ProgramRun.Outcome out = ProgramRun.run("code", "print(1)\ndef mse(p, y):\n    return ___\nmse([1], [2])\n", DOC.part("code").tests);
        assertFalse(out.ok);
        assertTrue(out.error.startsWith("line "), out.error);
        assertTrue(out.line >= 3, out.error);
        assertTrue(out.html.startsWith("<p class=\"run-label\">Output</p><pre class=\"stdout\">1\n</pre>"), out.html);
        assertTrue(out.html.contains("<p class=\"run-error\" data-line=\"" + out.line + "\">"), out.html);
    }

    @Test
    void aSyntaxErrorIsReportedWithItsColumn() {
        ProgramRun.Outcome out = ProgramRun.run("code", "x = 1 + * 2\nprint(x)\n", java.util.List.of());
        assertFalse(out.ok);
        assertEquals(1, out.line);
        assertTrue(out.error.contains("column"), out.error);
    }

    @Test
    void whatTheProgramDrewBeforeAnErrorIsShownAboveTheError() {
        ProgramRun.Outcome out = ProgramRun.run("code", "plot([1, 4, 9], title='squares')\nx = [1, 2] + [1, 2, 3]\n",
                java.util.List.of());
        assertFalse(out.ok);
        assertEquals(2, out.line);
        int figure = out.html.indexOf("<figure class=\"plot\" id=\"plot-code-0\">");
        assertTrue(figure >= 0 && figure < out.html.indexOf("class=\"run-error\""), out.html);
    }
}
