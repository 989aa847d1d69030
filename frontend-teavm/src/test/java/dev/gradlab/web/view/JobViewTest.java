package dev.gradlab.web.view;

import dev.gradlab.core.jobs.JobResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobViewTest {
    private static int count(String html, String needle) {
        return html.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void progressEventsDriveTheBarAndTheLivePlot() {
        List<String> events = JobFixtures.events();
        JobFixtures.run("regression-mc", Map.of("n", List.of(20.0, 50.0, 100.0), "d", List.of(1.0, 5.0), "trials", 20.0),
                events);
        assertEquals(6, events.size());
        assertEquals(0.5, JobView.progress(events.get(2)), 1e-12);
        String bar = JobView.progressBar(JobView.progress(events.get(2)), "running");
        assertTrue(bar.contains("<progress id=\"job-progress\" max=\"100\" value=\"50\""), bar);
        assertTrue(bar.contains("50% \u00b7 running"), bar);

        Map<String, double[]> m = JobView.metrics(events.get(4));
        assertEquals("n", JobView.xName(m));
        String plot = JobView.livePlot(m);
        assertTrue(plot.contains("data-series=\"train_d=1\""), plot);
        assertTrue(plot.contains("data-series=\"train_d=5\""), plot);
        assertFalse(plot.contains("data-series=\"n\""), "x is not a line");
        // train_d=5 has 2 of its 3 points after the fifth report
        String d5 = plot.substring(plot.indexOf("data-series=\"train_d=5\""));
        String path = d5.substring(d5.indexOf(" d=\"") + 4, d5.indexOf("\" fill"));
        assertEquals(2, path.split("[ML]").length - 1, path);
    }

    @Test
    void aFinishedJobShowsItsSummaryAndTheResultsPlots() {
        JobResult r = JobFixtures.run("regression-mc", Map.of("trials", 20.0), JobFixtures.events());
        String html = JobView.result(JobFixtures.jobJson("regression-mc", r));
        assertTrue(html.contains("<th scope=\"row\">max_relative_deviation</th>"), html);
        assertEquals(2, count(html, "<figure class=\"plot\""));
        assertTrue(html.contains("aria-label=\"mean training error vs (n \u2212 d)\u03c3\u00b2/n\""), html);
        assertTrue(html.contains("n (log)"), "the result's plot asks for a log x axis");
        assertEquals(6, count(html.substring(0, html.indexOf("</figure>")), "<path class=\"line"));
        assertTrue(html.contains("The training error underestimates"), html);
    }

    @Test
    void aProgramJobShowsWhatTheProgramDrewAndPrinted() {
        JobResult r = JobFixtures.run("program", Map.of("source",
                "print('done')\nplot([1, 2, 4], title='loss')\nheatmap([[1, 2], [3, 4]])"), JobFixtures.events());
        String html = JobView.result(JobFixtures.jobJson("program", r));
        assertTrue(html.contains("<figure class=\"plot\" id=\"job-run-plot-0\">"), html);
        assertTrue(html.contains("aria-label=\"loss\""), html);
        assertEquals(1, count(html, "<path class=\"line series-0\""));
        assertEquals(4, count(html.substring(html.indexOf("job-run-plot-1")), "<rect "));
        assertTrue(html.contains("<pre class=\"stdout\">done\n</pre>"), html);
        assertEquals(2, count(html, "<figure "), "no empty named-series figure besides the program's two");
    }

    @Test
    void aFailedJobShowsItsError() {
        String html = JobView.result("{\"id\":\"x\",\"status\":\"cancelled\",\"error\":\"cancelled by its owner\",\"result\":null}");
        assertTrue(html.contains("data-status=\"cancelled\""));
        assertTrue(html.contains("<p class=\"error\">cancelled by its owner</p>"));
    }

    @Test
    void theJobListNamesKindStatusAndOffersTheResult() {
        String json = "[{\"id\":\"b2\",\"kind\":\"regression-mc\",\"status\":\"running\",\"progress\":0.25,\"createdAt\":\"2026-01-01T10:00:00Z\"},"
                + "{\"id\":\"a1\",\"kind\":\"glove-train\",\"status\":\"succeeded\",\"progress\":1,\"createdAt\":\"2026-01-01T09:00:00Z\"}]";
        String html = JobView.list(json, Map.of("regression-mc", "Least squares' training error"));
        assertTrue(html.indexOf("data-job=\"b2\"") < html.indexOf("data-job=\"a1\""));
        assertTrue(html.contains("Least squares&#39; training error</span> <code>regression-mc</code> <span class=\"job-status\">running 25%</span>"), html);
        assertTrue(html.contains("<span class=\"job-status\">finished</span> <span class=\"muted\">2026-01-01 09:00:00 UTC</span>"), html);
        assertEquals("<p class=\"muted\">No jobs yet.</p>", JobView.list("[]", Map.of()));
    }

    @Test
    void nonFiniteValuesLeaveGapsInTheLine() {
        Map<String, double[]> s = JobView.series(JsonData.object(JsonData.parse(
                "{\"step\":[1,2,3,4],\"loss\":[4,\"NaN\",2,1]}")));
        assertTrue(Double.isNaN(s.get("loss")[1]));
        String plot = JobView.livePlot(s);
        String path = plot.substring(plot.indexOf(" d=\"") + 4, plot.indexOf("\" fill"));
        assertTrue(path.matches("M[^ML]+ M[^ML]+ L[^ML]+"), path);
    }
}
