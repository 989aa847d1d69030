package dev.gradlab.web.view;

import dev.gradlab.core.jobs.JobKind;
import dev.gradlab.core.jobs.JobParamException;
import dev.gradlab.core.jobs.ParamSpec;
import dev.gradlab.core.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class JobFormTest {
    private static final List<JobForm.Kind> KINDS = JobForm.parseKinds(JobFixtures.kindsJson());

    private static Map<String, String> defaults(JobForm.Kind k) {
        Map<String, String> texts = new HashMap<>();
        for (JobParam p : k.params) {
            texts.put(p.name, p.defaultText);
        }
        return texts;
    }

    @Test
    void everyServerKindIsReadWithItsParameters() {
        JobForm.Kind mc = JobForm.find(KINDS, "regression-mc");
        assertEquals("regression-mc", mc.name);
        assertEquals(List.of("n", "d", "sigma", "trials", "seed"), mc.params.stream().map(p -> p.name).toList());
        assertEquals("20, 50, 100, 200", mc.params.get(0).defaultText);
        assertEquals(JobFixtures.KINDS.all().size(), KINDS.size());
        for (JobKind kind : JobFixtures.KINDS.all()) {
            assertEquals(kind.params().size(), JobForm.find(KINDS, kind.name()).params.size(), kind.name());
        }
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
        assertTrue(JobForm.fields(JobForm.find(KINDS, "program")).contains("<textarea id=\"job-param-source\""));
    }

    @Test
    void theDefaultsOfEveryKindAreARequestTheServerAccepts() {
        for (JobForm.Kind k : KINDS) {
            JobForm.Validation v = JobForm.validate(k, defaults(k));
            assertEquals(Map.of(), v.errors, k.name);
            Map<String, Object> sent = JsonData.object(JsonData.object(JsonReader.parse(v.body)), "params");
            JobFixtures.KINDS.validate(k.name, sent); // throws if the server would refuse it
        }
        JobForm.Validation mc = JobForm.validate(JobForm.find(KINDS, "regression-mc"), defaults(JobForm.find(KINDS, "regression-mc")));
        assertTrue(mc.body.startsWith("{\"kind\":\"regression-mc\",\"params\":{\"n\":[20,50,100,200],\"d\":[1,5,10],"
                + "\"sigma\":1,\"trials\":500,\"seed\":"), mc.body);
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
        assertEquals("sigma must be a number from 0.01 to 100; \u201cabc\u201d is not a number", v.errors.get("sigma"));
        assertEquals("n[1] must be an integer from 2 to 2000, not 5000", v.errors.get("n"));
        assertEquals(List.of("n", "sigma", "trials"), List.copyOf(v.errors.keySet()));
    }

    /** The text typed for a value gets ParamSpec's message for that value, word for word: below, above and between. */
    @Test
    void theMessagesAreTheServersOwn() {
        int compared = 0;
        for (JobKind kind : JobFixtures.KINDS.all()) {
            JobForm.Kind k = JobForm.find(KINDS, kind.name());
            for (ParamSpec spec : kind.params()) {
                JobParam p = k.params.stream().filter(q -> q.name.equals(spec.name())).findFirst().orElseThrow();
                boolean list = spec.type() == ParamSpec.Type.INTEGER_LIST || spec.type() == ParamSpec.Type.NUMBER_LIST;
                boolean scalar = spec.type() == ParamSpec.Type.INTEGER || spec.type() == ParamSpec.Type.NUMBER;
                if (!list && !scalar) {
                    continue;
                }
                for (double v : new double[] {spec.min() - 1, spec.max() + 1, spec.min() + 0.5}) {
                    String typed = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
                    String server = null;
                    try {
                        spec.check(list ? List.of(v) : (Object) v);
                    } catch (JobParamException e) {
                        server = e.getMessage();
                    }
                    String mine = null;
                    try {
                        p.check(typed);
                    } catch (JobParam.Invalid e) {
                        mine = e.getMessage();
                    }
                    assertEquals(server, mine, kind.name() + "." + spec.name() + " = " + typed);
                    compared++;
                }
            }
        }
        assertTrue(compared > 60, "compared " + compared);
        JobParam mc = JobForm.find(KINDS, "regression-mc").params.get(0);
        try {
            mc.check(String.join(",", java.util.Collections.nCopies(13, "20")));
            fail("13 items");
        } catch (JobParam.Invalid e) {
            assertEquals("n must have 1 to 12 items, not 13", e.getMessage());
        }
    }

    /** A list item that is not a number is reported where ParamSpec would reach it: after the count and the items before. */
    @Test
    void aListItemThatIsNotANumberIsNamedInTurn() {
        JobParam n = JobForm.find(KINDS, "regression-mc").params.get(0);
        assertEquals("n[1] must be an integer from 2 to 2000; \u201cabc\u201d is not a number", message(n, "20, abc, 5000"));
        assertEquals("n[0] must be an integer from 2 to 2000, not 5000", message(n, "5000, abc"));
        assertEquals("n[0] must be an integer from 2 to 2000; \u201c[\u201d is not a number", message(n, "[ 20"));
        assertEquals("n must have 1 to 12 items, not 13", message(n, "abc" + ",20".repeat(12)));
        assertEquals("n must have 1 to 12 items, not 0", message(n, "[]"));
        assertEquals("n is required: 1 to 12 integers from 2 to 2000, separated by commas", message(n, ""));
        JobParam norms = JobForm.find(KINDS, "rnn-gradnorm").params.stream().filter(p -> p.name.equals("norms")).findFirst()
                .orElseThrow();
        assertEquals("[0.5,1,3]", norms.check("0.5; 1 3"));
        assertEquals("norms[2] must be a number from 0.01 to 3; \u201c1e\u201d is not a number", message(norms, "1 2 1e"));
        JobParam activation = JobForm.find(KINDS, "rnn-gradnorm").params.get(0);
        assertEquals("activation must be one of tanh, linear, not \"\"", message(activation, null));
        assertEquals("\"linear\"", activation.check("linear"));
        JobParam source = JobForm.find(KINDS, "program").params.get(0);
        assertEquals("\"\"", source.check(""));
        assertEquals("source must be at most 100000 characters long, not 100001", message(source, "x".repeat(100_001)));
        JobParam trials = JobForm.find(KINDS, "regression-mc").params.get(3);
        assertEquals("trials must be an integer from 1 to 20000; \u201ctrue\u201d is not a number", message(trials, "true"));
        assertEquals("trials must be an integer from 1 to 20000, not 2.5", message(trials, " 2.5 "));
        assertEquals("12", trials.check("1.2e1"));
    }

    private static String message(JobParam p, String text) {
        try {
            p.check(text);
        } catch (JobParam.Invalid e) {
            return e.getMessage();
        }
        return fail(p.name + " accepted " + text);
    }

    @Test
    void listsMayBeWrittenWithBracketsOrSpacesAndEmptyFieldsAreRequired() {
        JobForm.Kind mc = JobForm.find(KINDS, "regression-mc");
        Map<String, String> texts = defaults(mc);
        texts.put("n", "[30 60]");
        texts.put("trials", " ");
        JobForm.Validation v = JobForm.validate(mc, texts);
        assertEquals("trials is required: an integer from 1 to 20000", v.errors.get("trials"));
        texts.put("trials", "10");
        assertTrue(JobForm.validate(mc, texts).body.contains("\"n\":[30,60]"));
    }
}
