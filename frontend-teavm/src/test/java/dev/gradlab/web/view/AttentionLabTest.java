package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttentionLabTest {
    static AttentionLab lab(String query) {
        return new AttentionLab(AttentionConfig.fromQuery(Query.parse(query)));
    }

    static List<String> names(AttentionLab lab) {
        List<String> out = new ArrayList<>();
        for (StageView s : lab.stages()) {
            out.add(s.name);
        }
        return out;
    }

    static double[][] input(AttentionLab lab, int which) {
        return MatrixText.parse(lab.inputText(which));
    }

    @Test
    void oneHeadHasTheScaledDotProductStages() {
        AttentionLab lab = lab("?n=4&d=8");
        assertEquals(Arrays.asList("inputs", "QKᵀ", "scaled", "softmax", "×V"), names(lab));
        assertEquals(3, lab.stage("inputs").matrices.size());
    }

    @Test
    void scaledIsQKTransposedOverRootD() {
        AttentionLab lab = lab("?n=4&d=8&seed=3");
        double[][] q = input(lab, 0);
        double[][] k = input(lab, 1);
        double dot = 0;
        for (int f = 0; f < 8; f++) {
            dot += q[1][f] * k[2][f];
        }
        assertEquals(dot, lab.stage("QKᵀ").matrices.get(0).get(1, 2), 1e-12);
        assertEquals(dot / Math.sqrt(8), lab.stage("scaled").matrices.get(0).get(1, 2), 1e-12);
    }

    @Test
    void softmaxRowsSumToOne() {
        StageView p = lab("?n=5&d=4").stage("softmax");
        for (int i = 0; i < 5; i++) {
            double s = 0;
            for (int j = 0; j < 5; j++) {
                s += p.matrices.get(0).get(i, j);
            }
            assertEquals(1, s, 1e-12);
        }
    }

    @Test
    void causalMasksTheUpperTriangle() {
        AttentionLab lab = lab("?n=4&d=8&causal=1");
        assertTrue(names(lab).contains("masked"));
        StageView.Matrix masked = lab.stage("masked").matrices.get(0);
        StageView.Matrix p = lab.stage("softmax").matrices.get(0);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (j > i) {
                    assertEquals(Double.NEGATIVE_INFINITY, masked.get(i, j));
                    assertEquals(0.0, p.get(i, j));
                } else {
                    assertTrue(p.get(i, j) > 0);
                }
            }
        }
        assertEquals(1.0, p.get(0, 0), 1e-15);
        assertTrue(lab.stage("masked").masked);
    }

    @Test
    void aLocalWindowOfRadiusOneKeepsTheBand() {
        StageView.Matrix p = lab("?n=6&d=4&window=1").stage("softmax").matrices.get(0);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                assertEquals(Math.abs(i - j) > 1, p.get(i, j) == 0.0, i + "," + j);
            }
        }
    }

    @Test
    void twoHeadsSplitConcatenateAndProject() {
        AttentionLab lab = lab("?n=4&d=8&heads=2");
        assertEquals(Arrays.asList("inputs", "Q split into heads", "K split into heads", "V split into heads", "QKᵀ",
                "scaled", "softmax", "×V", "heads concatenated", "output projection"), names(lab));
        assertEquals(4, lab.stage("inputs").matrices.size());
        StageView qk = lab.stage("QKᵀ");
        assertEquals(2, qk.matrices.size());
        assertEquals("head 2", qk.matrices.get(1).label);
        double[][] q = input(lab, 0);
        double[][] k = input(lab, 1);
        double dot = 0;
        for (int f = 4; f < 8; f++) { // head 2 uses features 4..7
            dot += q[3][f] * k[0][f];
        }
        assertEquals(dot, qk.matrices.get(1).get(3, 0), 1e-12);
        // output projection = concat(heads) · W_O
        double[][] wo = input(lab, 3);
        StageView.Matrix cat = lab.stage("heads concatenated").matrices.get(0);
        double y = 0;
        for (int f = 0; f < 8; f++) {
            y += cat.get(2, f) * wo[f][5];
        }
        assertEquals(y, lab.stage("output projection").matrices.get(0).get(2, 5), 1e-12);
    }

    @Test
    void groupedQueryAttentionSharesKeysAcrossHeads() {
        AttentionLab lab = lab("?n=4&d=8&heads=4&groups=2");
        assertArrayEquals2(new int[] {4, 4}, lab.inputShape(1)); // K: n × g·d/h = 4 × 2·2
        StageView k = lab.stage("K split into groups");
        assertEquals(2, k.matrices.size());
        assertEquals("group 1", k.matrices.get(0).label);
        StageView qk = lab.stage("QKᵀ");
        assertEquals(4, qk.matrices.size());
        // heads 1 and 2 share group 1's keys: score (0, 1) of head 2 is q(head 2)·k(group 1)
        double[][] q = input(lab, 0);
        double[][] kk = input(lab, 1);
        double dot = q[0][2] * kk[1][0] + q[0][3] * kk[1][1];
        assertEquals(dot, qk.matrices.get(1).get(0, 1), 1e-12);
    }

    static void assertArrayEquals2(int[] expected, int[] actual) {
        assertEquals(Arrays.toString(expected), Arrays.toString(actual));
    }

    @Test
    void headsThatDoNotDivideDAreExplained() {
        AttentionLab lab = lab("?n=4&d=8&heads=3");
        assertTrue(lab.error().contains("d = 8 is not divisible"), lab.error());
        assertTrue(lab.stages().isEmpty());
        lab.configure(lab.config().withHeads(4));
        assertNull(lab.error());
    }

    @Test
    void separableShowsItsImpliedWeights() {
        AttentionLab lab = lab("?n=5&d=4&mode=separable");
        assertEquals(Arrays.asList("inputs", "softmax_row(Q)", "softmax_col(K)", "softmax_col(K)ᵀV", "output",
                "implied weights"), names(lab));
        StageView.Matrix w = lab.stage("implied weights").matrices.get(0);
        double s = 0;
        for (int j = 0; j < 5; j++) {
            s += w.get(3, j);
        }
        assertEquals(1, s, 1e-12);
    }

    @Test
    void performerErrorFallsWithMoreFeatures() {
        AttentionLab small = lab("?n=16&d=8&mode=performer&m=4");
        AttentionLab large = lab("?n=16&d=8&mode=performer&m=256");
        assertTrue(names(small).contains("φ(Q)"));
        assertTrue(names(small).contains("approx − exact"));
        assertTrue(large.performerError() < small.performerError(),
                large.performerError() + " vs " + small.performerError());
        double[] curve = small.errorCurve();
        for (int i = 1; i < curve.length; i++) {
            assertTrue(curve[i] < curve[i - 1], Arrays.toString(curve));
        }
        assertTrue(Double.isNaN(lab("?n=4&d=8").performerError()));
    }

    @Test
    void causalRandomFeaturesAreComparedWithCausalSoftmax() {
        AttentionLab lab = lab("?n=16&d=8&mode=performer&m=256&causal=1");
        assertEquals(Arrays.asList("inputs", "φ(Q)", "φ(K)", "A = φ(Q)φ(K)ᵀ", "masked", "row sums", "D⁻¹A", "×V",
                "exact softmax attention", "approx − exact"), names(lab));
        StageView.Matrix w = lab.stage("D⁻¹A").matrices.get(0);
        StageView.Matrix exact = lab.stage("exact softmax attention").matrices.get(0);
        assertEquals(0.0, w.get(2, 3), 0.0, "query 2 does not see key 3");
        assertEquals(1.0, w.get(0, 0), 1e-12, "query 0 sees only key 0");
        // the first query attends only to the first key in both: its output row is V's first row
        StageView.Matrix v = lab.stage("inputs").matrices.get(2);
        for (int c = 0; c < 8; c++) {
            assertEquals(v.get(0, c), exact.get(0, c), 1e-12);
            assertEquals(v.get(0, c), lab.stage("×V").matrices.get(0).get(0, c), 1e-12);
        }
        assertTrue(lab.performerError() < lab("?n=16&d=8&mode=performer&m=4&causal=1").performerError());
    }

    @Test
    void typedInputsStayUntilTheShapesChange() {
        AttentionLab lab = lab("?n=2&d=2");
        lab.setInput(0, "[[1, 0], [0, 1]]");
        lab.setInput(1, "1 0\n0 1");
        lab.setInput(2, "[[10, 20], [30, 40]]");
        assertEquals(1 / Math.sqrt(2), lab.stage("scaled").matrices.get(0).get(0, 0), 1e-15);
        lab.configure(lab.config().withCausal(true));
        assertTrue(lab.inputTyped(2));
        assertEquals(10, lab.stage("×V").matrices.get(0).get(0, 0), 1e-12); // row 0 sees only key 0
        lab.configure(lab.config().withN(3));
        assertFalse(lab.inputTyped(2));
        assertEquals(3, input(lab, 0).length);
    }

    @Test
    void aWrongShapeIsRefusedAndChangesNothing() {
        AttentionLab lab = lab("?n=4&d=8");
        String before = lab.inputText(0);
        MatrixText.MatrixError e = assertThrows(MatrixText.MatrixError.class, () -> lab.setInput(0, "[[1, 2]]"));
        assertEquals("Q must be 4 × 8 but has 1 row of 2", e.getMessage());
        assertEquals(before, lab.inputText(0));
    }

    @Test
    void stepsStayInRangeAndFollowTheStageAcrossChanges() {
        AttentionLab lab = lab("?n=4&d=8");
        assertEquals(0, lab.current());
        assertFalse(lab.back());
        assertTrue(lab.forward());
        assertTrue(lab.forward());
        assertTrue(lab.forward());
        assertEquals("softmax", lab.stage(lab.current()).name);
        lab.configure(lab.config().withCausal(true)); // a "masked" stage appears before softmax
        assertEquals("softmax", lab.stage(lab.current()).name);
        assertTrue(lab.jump(lab.stages().size() - 1));
        assertFalse(lab.forward());
        assertTrue(lab.status().startsWith("stage 6 of 6: ×V — PV"), lab.status());
    }

    @Test
    void theSameSeedGivesTheSameInputs() {
        assertEquals(lab("?seed=9").inputText(0), lab("?seed=9").inputText(0));
        assertFalse(lab("?seed=9").inputText(0).equals(lab("?seed=10").inputText(0)));
    }
}
