package dev.gradlab.web.view;

import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.Interpreter;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunPlotsTest {
    private static String figures(String program) {
        Interpreter in = new Interpreter(Budget.interactive(), false, 0);
        in.run(program);
        return RunPlots.html("plot-code", in.plots());
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The part of {@code html} from the figure with this id to the end of that figure. */
    private static String figure(String html, String id) {
        int start = html.indexOf("<figure class=\"plot\" id=\"" + id + "\"");
        int startHm = html.indexOf("<figure class=\"plot run-heatmap\" id=\"" + id + "\"");
        int from = start >= 0 ? start : startHm;
        assertTrue(from >= 0, "no figure " + id + " in " + html);
        return html.substring(from, html.indexOf("</figure>", from));
    }

    @Test
    void aProgramThatDrawsNothingHasNoFigures() {
        assertEquals("", figures("print(1)"));
    }

    @Test
    void anUntitledCurveJoinsTheFigureAboveAndATitledOneStartsANewFigure() {
        String html = figures("plot([1, 2, 3], title='loss', label='train')\nplot([3, 2, 1], label='test')\n"
                + "scatter([1, 2], [3, 4], title='data')");
        String loss = figure(html, "plot-code-0");
        assertTrue(loss.contains("aria-label=\"loss\""), loss);
        assertEquals(2, count(loss, "<path class=\"line series-\\d\""), loss);
        assertTrue(loss.contains("data-series=\"train\"") && loss.contains("data-series=\"test\""), loss);
        String data = figure(html, "plot-code-1");
        assertTrue(data.contains("<g class=\"points series-0\""), data);
        assertEquals(2, count(data, "<circle class=\"point\""), data);
        assertTrue(data.contains("<title>(2, 4)</title>"), data);
        assertEquals(2, count(html, "<figure "), html);
    }

    @Test
    void theXAxisSpansTheSeriesOwnXValues() {
        String fig = figure(figures("plot([100, 150, 200], [1, 2, 3])"), "plot-code-0");
        assertTrue(fig.contains(">100</text>") && fig.contains(">200</text>"), fig);
        assertTrue(!fig.contains(">0</text>") && !fig.contains(">50</text>"), "no ticks below the data: " + fig);
    }

    @Test
    void aHeatmapHasOneCellPerEntryColouredFromDarkToYellowWithItsValue() {
        String hm = figure(figures("heatmap([[1, 2], [3, 4]], title='W')"), "plot-code-0");
        assertEquals(4, count(hm, "<rect "), hm);
        assertTrue(hm.contains("fill=\"" + Viridis.hex(0) + "\"><title>[0, 0] = 1</title>"), hm);
        assertTrue(hm.contains("fill=\"" + Viridis.hex(255) + "\"><title>[1, 1] = 4</title>"), hm);
        assertTrue(hm.contains("aria-label=\"W: 2 by 2 heatmap\""), hm);
    }

    @Test
    void aLargeHeatmapIsDrawnAsMeansOfBlocksAndSaysSo() {
        String hm = figure(figures("heatmap(ones(128, 100))"), "plot-code-0");
        assertEquals(64 * 50, count(hm, "<rect "), "128 × 100 in blocks of 2 × 2");
        assertTrue(hm.contains("Each cell is the mean of a 2×2 block."), hm);
        assertArrayEquals(new double[] {3.5, 5.5, 11.5, 13.5},
                RunPlots.pool(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, 4, 4, 2, 2, 2));
    }

    @Test
    void aLongSeriesIsThinnedToOnePointInEveryFew() {
        String fig = figure(figures("plot(range(5000))"), "plot-code-0");
        assertTrue(fig.contains("1 point in 3 is drawn."), fig);
        assertEquals(1666, count(fig, "L\\d"), "1667 points drawn: one M, then L");
    }
}
