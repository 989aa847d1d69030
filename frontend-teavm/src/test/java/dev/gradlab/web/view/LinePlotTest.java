package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinePlotTest {
    @Test
    void ticksAreRoundNumbersInsideTheRange() {
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0), LinePlot.ticks(0, 1, false));
        assertEquals(List.of(20.0, 40.0, 60.0, 80.0, 100.0), LinePlot.ticks(13, 104, false));
        assertEquals(List.of(1.0, 2.0, 3.0), LinePlot.ticks(Math.log10(5), Math.log10(2000), true));
        assertEquals("1000", LinePlot.label(3, true));
        List<String> within = LinePlot.ticks(Math.log10(20), Math.log10(200), true).stream()
                .map(t -> LinePlot.label(t, true)).toList();
        assertEquals(List.of("20", "50", "100", "200"), within);
    }

    @Test
    void pointsMapIntoThePlotAreaWithTheLargestYOnTop() {
        String html = LinePlot.html("p", "loss", "epoch", "loss", new double[] {1, 2, 3},
                List.of(new LinePlot.Series("train", new double[] {3, 2, 1})), false, false);
        int right = LinePlot.WIDTH - LinePlot.RIGHT;
        int bottom = LinePlot.HEIGHT - LinePlot.BOTTOM;
        assertTrue(html.contains("d=\"M64.0 12.0 L" + (LinePlot.LEFT + right) / 2 + ".0 " + (12 + bottom) / 2 + ".0 L"
                + right + ".0 " + bottom + ".0\""), html);
        assertTrue(html.contains("role=\"img\""));
        assertTrue(html.contains("<li><svg class=\"swatch-line\""), "a legend");
    }

    @Test
    void aPlotWithoutDataSaysSo() {
        String html = LinePlot.html("p", "t", "x", "y", null, List.of(new LinePlot.Series("a", new double[] {Double.NaN})),
                false, false);
        assertTrue(html.contains("no data yet"), html);
    }

    @Test
    void aLogAxisSkipsValuesAtOrBelowZero() {
        String html = LinePlot.html("p", "t", "x", "y", new double[] {1, 2, 3},
                List.of(new LinePlot.Series("a", new double[] {0, 10, 100})), false, true);
        String d = html.substring(html.indexOf(" d=\"") + 4, html.indexOf("\" fill"));
        assertTrue(d.startsWith("M") && d.split("L").length == 2, d);
    }
}
