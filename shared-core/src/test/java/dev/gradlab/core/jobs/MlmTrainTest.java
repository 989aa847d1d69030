package dev.gradlab.core.jobs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MlmTrainTest {
    @Test
    void theTrainingLossFallsBelowTheUnigramBaseline() {
        JobResult r = JobTesting.run("mlm-train", "epochs", 4, "minCount", 5, "hidden", 32, "embed", 8);
        double[] train = r.series("train_loss");
        assertEquals(4, train.length);
        assertTrue(train[3] < train[0], train[0] + " → " + train[3]);
        assertTrue(train[3] < r.summary("unigram_validation_loss"), "" + train[3]);
        assertTrue(r.summary("final_validation_loss") < r.summary("unigram_validation_loss"));
        assertTrue(r.summary("unigram_validation_loss") < r.summary("uniform_loss"));
    }

    @Test
    void cancellingStopsTrainingAndTheSameSeedGivesTheSameNumbers() {
        JobKind k = JobTesting.KINDS.require("mlm-train");
        JobTesting.Recorder rec = new JobTesting.Recorder(1);
        assertThrows(JobCancelledException.class,
                () -> k.run(k.validate(JobTesting.params("minCount", 8, "hidden", 8, "embed", 4)), rec));
        assertEquals(1, rec.fractions.size());
        String a = JobTesting.run("mlm-train", "epochs", 1, "minCount", 8, "hidden", 8, "embed", 4, "seed", 5).toJson();
        String b = JobTesting.run("mlm-train", "epochs", 1, "minCount", 8, "hidden", 8, "embed", 4, "seed", 5).toJson();
        String c = JobTesting.run("mlm-train", "epochs", 1, "minCount", 8, "hidden", 8, "embed", 4, "seed", 6).toJson();
        assertEquals(a, b);
        assertNotEquals(a, c);
    }
}
