package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobFormTest {
    private static final List<JobForm.Kind> KINDS = JobForm.parseKinds(JobFixtures.kindsJson());

    private static Map<String, String> defaults(JobForm.Kind k) {
        Map<String, String> texts = new HashMap<>();
        for (var p : k.params) {
            texts.put(p.name(), JobForm.text(p.defaultValue()));
        }
        return texts;
    }

    @Test
    void everyServerKindIsReadWithItsParameters() {
        JobForm.Kind mc = JobForm.find(KINDS, "regression-mc");
        assertNotNull(mc);
        assertEquals(List.of("n", "d", "sigma", "trials", "seed"), mc.params.stream().map(p -> p.name()).toList());
        assertEquals("20, 50, 100, 200", JobForm.text(mc.params.get(0).defaultValue()));
        assertNotNull(JobForm.find(KINDS, "glove-train"));
        assertNotNull(JobForm.find(KINDS, "program"));
    }

    @Test
    void theFormHoldsTheDefaultsWithTheirRanges() {
        String html = JobForm.fields(JobForm.find(KINDS, "regression-mc"));
        assertTrue(html.contains("<label for=\"job-param-trials\">trials</label><input id=\"job-param-trials\" name=\"trials\""), html);
        assertTrue(html.contains("value=\"500\""), html);
        assertTrue(html.contains("an integer from 1 to 20000, default 500."), html);
        assertTrue(html.contains("aria-describedby=\"job-help-trials job-error-trials\""), html);
        String rnn = JobForm.fields(JobForm.find(KINDS, "rnn-gradnorm"));
        assertTrue(rnn.contains("<option value=\"tanh\" selected>tanh</option><option value=\"linear\">linear</option>"), rnn);
    }

    @Test
    void theDefaultsAreAValidRequest() {
        JobForm.Kind mc = JobForm.find(KINDS, "regression-mc");
        JobForm.Validation v = JobForm.validate(mc, defaults(mc));
        assertEquals(Map.of(), v.errors);
        assertEquals("{\"kind\":\"regression-mc\",\"params\":{\"n\":[20,50,100,200],\"d\":[1,5,10],\"sigma\":1,"
                + "\"trials\":500,\"seed\":", v.body.substring(0, v.body.indexOf("\"seed\":") + 7));
        // and the server's own check accepts what the form sends
        JobFixtures.KINDS.validate("regression-mc", Map.of("n", List.of(20.0, 50.0), "trials", 500.0));
    }

    @Test
    void outOfRangeAndUnreadableValuesAreNamedByField() {
        JobForm.Kind mc = JobForm.find(KINDS, "regression-mc");
        Map<String, String> texts = defaults(mc);
        texts.put("trials", "0");
        texts.put("sigma", "abc");
        texts.put("n", "20, 5000");
        JobForm.Validation v = JobForm.validate(mc, texts);
        assertNull(v.body);
        assertEquals("trials must be an integer from 1 to 20000, not 0", v.errors.get("trials"));
        assertTrue(v.errors.get("sigma").startsWith("sigma must be a number from "), v.errors.get("sigma"));
        assertTrue(v.errors.get("sigma").endsWith("\u201cabc\u201d is not a number"), v.errors.get("sigma"));
        assertEquals("n[1] must be an integer from 2 to 2000, not 5000", v.errors.get("n"));
        assertEquals(3, v.errors.size());
    }

    @Test
    void listsMayBeWrittenWithBracketsOrSpaces() {
        JobForm.Kind mc = JobForm.find(KINDS, "regression-mc");
        Map<String, String> texts = defaults(mc);
        texts.put("n", "[30 60]");
        texts.put("trials", "");
        JobForm.Validation v = JobForm.validate(mc, texts);
        assertEquals("trials is required: an integer from 1 to 20000", v.errors.get("trials"));
        texts.put("trials", "10");
        assertTrue(JobForm.validate(mc, texts).body.contains("\"n\":[30,60]"));
    }
}
