package dev.gradlab.core.jobs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GloveTrainTest {
    @Test
    void theCorpusHasAFewHundredSentences() {
        assertTrue(JobTesting.CORPUS.sentences().size() >= 300, "" + JobTesting.CORPUS.sentences().size());
        assertEquals("the", JobTesting.CORPUS.vocabulary(1, 10).word(0));
    }

    @Test
    void cooccurrenceCountsWeighOneOverTheDistanceBothWays() {
        Corpus c = Corpus.parse("# comment\nthe cat sat\n\nthe cat\n");
        Corpus.Vocabulary v = c.vocabulary(1, 10);
        double[][] x = GloveTrain.cooccurrence(c, v, 2);
        int the = v.id("the");
        int cat = v.id("cat");
        int sat = v.id("sat");
        assertEquals(2.0, x[the][cat]);
        assertEquals(2.0, x[cat][the]);
        assertEquals(0.5, x[the][sat]);
        assertEquals(1.0, x[sat][cat]);
    }

    @Test
    void bothLossesFallAndTheTiedModelFitsTheTrainingPairsLessClosely() {
        JobResult r = JobTesting.run("glove-train", "epochs", 60, "minCount", 4, "dim", 8);
        for (String s : new String[] {"asymmetric_train", "symmetric_train"}) {
            double[] loss = r.series(s);
            assertEquals(60, loss.length);
            assertTrue(loss[59] < 0.5 * loss[0], s + ": " + loss[0] + " → " + loss[59]);
        }
        assertTrue(r.summary("asymmetric_train_loss") < r.summary("symmetric_train_loss"));
        assertTrue(r.summary("asymmetric_validation_loss") > r.summary("asymmetric_train_loss"));
    }

    @Test
    void aParameterOutOfRangeNamesItsFieldAndRange() {
        JobParamException e = assertThrows(JobParamException.class,
                () -> JobTesting.KINDS.validate("glove-train", JobTesting.params("epochs", 5000)));
        assertEquals("epochs", e.field());
        assertEquals("epochs must be an integer from 1 to 3000, not 5000", e.getMessage());
        assertEquals("dim", assertThrows(JobParamException.class,
                () -> JobTesting.KINDS.validate("glove-train", JobTesting.params("dim", 2.5))).field());
        assertEquals("dims", assertThrows(JobParamException.class,
                () -> JobTesting.KINDS.validate("glove-train", JobTesting.params("dims", 2))).field());
        assertEquals("kind", assertThrows(JobParamException.class,
                () -> JobTesting.KINDS.validate("glove", JobTesting.params())).field());
    }

    @Test
    void cancellingStopsTheTrainingAtTheNextEpoch() {
        JobKind k = JobTesting.KINDS.require("glove-train");
        JobTesting.Recorder rec = new JobTesting.Recorder(3);
        assertThrows(JobCancelledException.class,
                () -> k.run(k.validate(JobTesting.params("epochs", 1000, "minCount", 10)), rec));
        assertEquals(3, rec.fractions.size());
        assertEquals(3, rec.last.get("epoch").length);
    }
}
