package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepperLinkTest {
    static Map<String, Object> json(String text) {
        return JsonData.object(JsonData.parse(text));
    }

    @Test
    void anAttentionStepperLinksToItsShapes() {
        String href = StepperLink.href(json("{\"kind\": \"attention\", \"n\": 4, \"d\": 8, \"heads\": 2, \"causal\": true}"));
        assertEquals("#/attention?n=4&d=8&heads=2&causal=1", href);
        AttentionConfig c = AttentionConfig.fromQuery(Query.parse(href));
        assertEquals(2, c.heads);
        assertTrue(c.causal);
    }

    @Test
    void aBackpropStepperLinksToItsProgramAndInputs() {
        String href = StepperLink.href(json("{\"kind\": \"backprop\", \"source\": \"f = 0.5*exp(x1 + x2^2) - x3*x4^2\","
                + " \"inputs\": {\"x1\": -1, \"x2\": 2, \"x3\": 4, \"x4\": -3, \"w\": [1, 2.5]}}"));
        assertTrue(href.startsWith("#/stepper?source="), href);
        Query q = Query.parse(href);
        assertEquals("f = 0.5*exp(x1 + x2^2) - x3*x4^2", q.get("source"));
        assertEquals("-1", q.get("x1"));
        assertEquals("-3", q.get("x4"));
        assertEquals("[1, 2.5]", q.get("w"));
        assertEquals(Route.Kind.STEPPER, Route.parse(href).kind);
    }

    @Test
    void aFillInStepperLinksWithFillOne() {
        Map<String, Object> st = json("{\"kind\": \"backprop\", \"source\": \"f = x*y\", \"inputs\": {\"x\": 2},"
                + " \"fill\": true}");
        String href = StepperLink.href(st);
        assertEquals("1", Query.parse(href).get("fill"), href);
        assertEquals("2", Query.parse(href).get("x"));
        assertEquals("Fill in this graph's values and gradients in the backprop stepper", StepperLink.label(st));
        assertNull(Query.parse(StepperLink.href(json("{\"kind\": \"backprop\", \"source\": \"f = x\"}"))).get("fill"));
    }

    @Test
    void noOrAnUnknownStepperGivesNoLink() {
        assertNull(StepperLink.href(json("{}")));
        assertNull(StepperLink.href(json("{\"kind\": \"magic\"}")));
        assertNull(StepperLink.href(null));
    }

    @Test
    void theExercisePageShowsTheLink() {
        ExerciseDoc doc = ExerciseDoc.parse("{\"id\": \"att\", \"title\": \"Attention\", \"statement\": \"s\", \"parts\": [],"
                + " \"stepper\": {\"kind\": \"attention\", \"n\": 4, \"d\": 8, \"heads\": 2, \"causal\": true}}");
        String html = ExerciseHtml.page(doc);
        assertTrue(html.contains("<a id=\"stepper-link\" href=\"#/attention?n=4&amp;d=8&amp;heads=2&amp;causal=1\">"), html);
        assertTrue(!ExerciseHtml.page(ExerciseDoc.parse("{\"id\": \"x\", \"parts\": []}")).contains("stepper-link"));
    }
}
