package dev.gradlab.web.view;

import dev.gradlab.core.optim.Trajectory;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaygroundTest {
    static Playground preset(String id) {
        return new Playground(OptimizerConfig.preset(id));
    }

    @Test
    void gradientDescentOnAQuarterSquareReachesZeroInOneStepWithEtaTwo() {
        Playground p = preset("gd-quarter");
        assertEquals(Arrays.asList("sgd"), p.config().enabled);
        Playground.Run sgd = p.run("sgd");
        assertEquals(1.0, sgd.at(0).params().get(0));
        assertEquals(0.25, sgd.at(0).loss());
        assertTrue(p.step());
        assertEquals(0.0, sgd.at(p.t()).params().get(0)); // exactly: 1 − 2·(1/2)
        assertEquals(0.0, sgd.at(p.t()).loss());
        p.step();
        assertEquals(0.0, sgd.at(p.t()).params().get(0)); // and it stays there
    }

    @Test
    void momentumWithBetaOneHalfReachesZeroInTwoStepsAndOvershootsOnTheThird() {
        Playground p = preset("momentum-quarter");
        Trajectory m = p.run("momentum").trajectory;
        assertEquals(0.5, m.point(1).params().get(0));
        assertEquals(0.5, m.point(1).state().buffer("v").get(0));
        assertEquals(0.0, m.point(2).params().get(0));
        assertEquals(0.5, m.point(2).state().buffer("v").get(0)); // the velocity is not zero at the minimum
        assertEquals(-0.25, m.point(3).params().get(0));
        p.jump(2);
        String rows = PlaygroundHtml.stateRows(p);
        assertTrue(rows.contains("<td class=\"x\" data-v=\"0.0\">0</td>"), rows);
        assertTrue(rows.contains("<span class=\"key\">v</span> = (0.5, 0)"), rows);
    }

    @Test
    void playAdvancesOneStepPerTickAndStopsAtTheEnd() {
        Playground p = preset("gd-quarter"); // 4 steps
        p.play();
        assertTrue(p.playing());
        int ticks = 0;
        while (p.tick()) {
            ticks++;
        }
        assertEquals(3, ticks); // the 4th tick reaches the end and stops
        assertEquals(4, p.t());
        assertFalse(p.playing());
        p.play(); // from the end: starts again at 0
        assertEquals(0, p.t());
        p.tick();
        assertEquals(1, p.t());
        p.back();
        assertFalse(p.playing());
    }

    @Test
    void stepsStayInRangeAndTheStepCountCanShrink() {
        Playground p = new Playground(OptimizerConfig.defaults());
        assertFalse(p.back());
        assertTrue(p.jump(30));
        p.configure(p.config().with("steps", "10"));
        assertEquals(10, p.t());
        assertFalse(p.step());
        assertEquals(5, p.runs().size());
    }

    @Test
    void allFiveOptimizersApproachTheMinimumOfTheQuadratic() {
        Playground p = new Playground(OptimizerConfig.defaults().with("steps", "300"));
        for (Playground.Run r : p.runs()) {
            double f0 = r.at(0).loss();
            double f = r.at(300).loss();
            assertTrue(f < 1e-2 * f0, r.key + ": " + f + " from " + f0);
        }
    }

    @Test
    void sgdDivergesWithTooLargeAStepOnTheIllConditionedQuadratic() {
        // κ = 25: gradient descent converges only for η < 2/κ = 0.08
        Playground p = new Playground(OptimizerConfig.preset("ill-conditioned").with("lr", "0.09"));
        double y0 = Math.abs(p.run("sgd").at(0).params().get(1));
        assertTrue(Math.abs(p.run("sgd").at(60).params().get(1)) > y0);
        Playground ok = preset("ill-conditioned");
        double sgd = ok.run("sgd").at(60).loss();
        assertTrue(sgd < 1e-2 && sgd > 1e-3, "SGD is still on its way: " + sgd);
        assertTrue(ok.run("momentum").at(60).loss() < 1e-4);
        assertTrue(ok.run("nesterov").at(60).loss() < 1e-6);
    }

    @Test
    void nesterovHasTheSmallerStabilityLimit() {
        // buffer-form Nesterov on curvature λ is stable for ηλ < (2 + 2β)/(1 + 2β) = 1.45 at β = 0.6;
        // heavy-ball momentum for ηλ < 2(1 + β) = 3.2; here ηλ = 0.07 · 25 = 1.75
        Playground p = preset("nesterov-limit");
        assertTrue(p.run("momentum").at(40).loss() < 1e-6);
        assertTrue(p.run("nesterov").at(40).loss() > p.run("nesterov").at(0).loss() * 1e3);
    }

    @Test
    void onRosenbrockSgdCrawlsAndTheOthersReachTheValleyFloor() {
        Playground p = preset("rosenbrock");
        assertTrue(p.run("sgd").at(500).loss() > 1);
        for (String k : new String[] {"momentum", "nesterov", "adam", "adamw"}) {
            assertTrue(p.run(k).at(500).loss() < 0.05, k + ": " + p.run(k).at(500).loss());
            assertFalse(p.run(k).trajectory.diverged(), k);
        }
    }

    @Test
    void theClosedFormsAreTheEnginesSurfaces() {
        double[][] points = {{0.3, -1.2}, {-1.5, 2}, {1, 1}, {2.2, 0.1}};
        for (String s : OptimizerConfig.SURFACES) {
            Surface surface = Surface.of(OptimizerConfig.defaults().with("surface", s).with("kappa", "7"));
            for (double[] pt : points) {
                assertEquals(surface.objective.value(Tensor.vector(pt[0], pt[1])), surface.value(pt[0], pt[1]), 1e-12, s);
            }
        }
    }

    @Test
    void theQueryReproducesTheSettings() {
        OptimizerConfig c = OptimizerConfig.preset("rosenbrock");
        assertEquals("rosenbrock", c.surface);
        assertEquals(0.0007, c.lr);
        OptimizerConfig back = OptimizerConfig.fromQuery(Query.parse("#/optimizer?" + c.toQuery()));
        assertEquals(c, back);
        assertTrue(c.toQuery().contains("opt=sgd,momentum,nesterov,adam,adamw"), c.toQuery());
        OptimizerConfig clamped = OptimizerConfig.fromQuery(Query.parse("?beta=1.5&steps=99999&opt=adam,nope"));
        assertEquals(0.999, clamped.beta);
        assertEquals(OptimizerConfig.MAX_STEPS, clamped.steps);
        assertEquals(Arrays.asList("adam"), clamped.enabled);
        assertEquals(0.5, OptimizerConfig.fromQuery(Query.parse("?preset=momentum-quarter&beta=0.5")).beta);
        assertEquals(0.25, OptimizerConfig.fromQuery(Query.parse("?preset=momentum-quarter&beta=0.25")).beta);
    }

    @Test
    void thePlotHasAMarkerPerOptimizerAtTheCurrentPoint() {
        Playground p = preset("gd-quarter");
        p.step();
        String svg = PlotSvg.paths(p);
        assertTrue(svg.contains("class=\"current-point\" data-opt=\"sgd\" data-x=\"0.0\" data-y=\"0.0\""), svg);
        assertTrue(svg.contains("<polyline class=\"trajectory\" data-opt=\"sgd\""));
        // x = 1 → pixel 400 of 480 on [−1.5, 1.5]; x = 0 → 240; y = 0 → the middle of 320
        assertTrue(svg.contains("points=\"400,160 240,160\""), svg);
        String frame = PlotSvg.frame(p.surface());
        assertTrue(frame.contains("class=\"contour\""));
        assertTrue(frame.contains("id=\"opt-paths\""));
    }

    @Test
    void pixelsHaveOneDecimalAndStayBounded() {
        assertEquals("12.3", PlotSvg.px(12.34));
        assertEquals("-0.5", PlotSvg.px(-0.46));
        assertEquals("7", PlotSvg.px(7.01));
        assertEquals("10000", PlotSvg.px(1e300));
        assertEquals("0", PlotSvg.px(Double.NaN));
    }
}
