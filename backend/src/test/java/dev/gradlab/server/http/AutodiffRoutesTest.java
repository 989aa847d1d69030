package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class AutodiffRoutesTest extends ServerTest {
    static final String HW1_Q3 = "f = 0.5*exp(x1 + x2^2) - x3*x4^2";
    static final String HW1_Q3_INPUTS = "{\"x1\": -1, \"x2\": 2, \"x3\": 4, \"x4\": -3}";
    static final double E3 = Math.exp(3);

    static HttpResponse<String> trace(String source, String inputsJson) {
        return server.post("/api/autodiff/trace",
                "{\"source\": " + quote(source) + ", \"inputs\": " + inputsJson + "}");
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static JsonNode inputNode(JsonNode trace, String label) {
        for (JsonNode n : trace.path("nodes")) {
            if (n.path("op").asText().equals("input") && n.path("label").asText().equals(label)) {
                return n;
            }
        }
        return fail("no input node labelled " + label + " in " + trace);
    }

    static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)));
    }

    @Test
    void hw1Q3OutputIsHalfECubedMinus36() {
        JsonNode t = RunningServer.json(trace(HW1_Q3, HW1_Q3_INPUTS));
        JsonNode out = t.path("nodes").get(t.path("output").asInt());
        assertEquals("f", out.path("label").asText());
        assertClose(E3 / 2 - 36, out.path("value").asDouble());
    }

    @Test
    void hw1Q3InputGradientsAreHalfECubedTwoECubedMinus9And24() {
        HttpResponse<String> r = trace(HW1_Q3, HW1_Q3_INPUTS);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode t = RunningServer.json(r);
        assertClose(E3 / 2, inputNode(t, "x1").path("grad").asDouble());
        assertClose(2 * E3, inputNode(t, "x2").path("grad").asDouble());
        assertClose(-9, inputNode(t, "x3").path("grad").asDouble());
        assertClose(24, inputNode(t, "x4").path("grad").asDouble());
    }

    @Test
    void matrixInputsArriveRowMajorAndGradientsComeBackAsNestedArrays() {
        JsonNode t = RunningServer.json(trace("f = sum(A @ x)", "{\"A\": [[1, 2], [3, 4]], \"x\": [1, -1]}"));
        JsonNode a = inputNode(t, "A");
        assertEquals("[2,2]", a.path("shape").toString());
        assertEquals("[[1,2],[3,4]]", a.path("value").toString().replace(".0", ""));
        assertEquals("[[1,-1],[1,-1]]", a.path("grad").toString().replace(".0", ""));
        assertClose(-2, t.path("nodes").get(t.path("output").asInt()).path("value").asDouble());
    }

    @Test
    void theOutputFieldChoosesWhichAssignmentIsDifferentiated() {
        HttpResponse<String> r = server.post("/api/autodiff/trace",
                "{\"source\": \"g = 3*x\\nf = g + 1\", \"inputs\": {\"x\": 2}, \"output\": \"g\"}");
        JsonNode t = RunningServer.json(r);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("g", t.path("nodes").get(t.path("output").asInt()).path("label").asText());
        assertClose(3, inputNode(t, "x").path("grad").asDouble());
    }

    @Test
    void aSyntaxErrorIs400WithCodeSyntaxLineAndColumn() {
        HttpResponse<String> r = trace("f = 0.5*exp(x1 +", "{\"x1\": 1}");
        assertEquals(400, r.statusCode());
        JsonNode e = RunningServer.json(r).path("error");
        assertEquals("syntax", e.path("code").asText());
        assertEquals(1, e.path("line").asInt());
        assertTrue(e.path("column").asInt() > 1, r.body());
        assertFalse(e.path("message").asText().isEmpty());
    }

    @Test
    void multiplyingTwoByThreeMatricesIs400WithCodeShape() {
        HttpResponse<String> r = trace("f = sum(A @ B)",
                "{\"A\": [[1, 2, 3], [4, 5, 6]], \"B\": [[1, 2, 3], [4, 5, 6]]}");
        assertEquals(400, r.statusCode());
        JsonNode e = RunningServer.json(r).path("error");
        assertEquals("shape", e.path("code").asText());
        assertEquals(1, e.path("line").asInt());
        assertTrue(e.path("column").asInt() >= 1);
    }

    @Test
    void anUnknownNameIs400WithCodeName() {
        HttpResponse<String> r = trace("f = 2*y", "{}");
        assertEquals(400, r.statusCode());
        assertEquals("name", RunningServer.json(r).path("error").path("code").asText());
    }

    @Test
    void aRaggedInputIs400BadRequestNamingTheInput() {
        HttpResponse<String> r = trace("f = sum(A)", "{\"A\": [[1, 2], [3]]}");
        assertEquals(400, r.statusCode());
        JsonNode e = RunningServer.json(r).path("error");
        assertEquals("bad_request", e.path("code").asText());
        assertTrue(e.path("message").asText().contains("'A'"), r.body());
    }

    @Test
    void anInputThatIsNotANumberIs400BadRequestNamingTheInput() {
        HttpResponse<String> r = trace("f = 2*x", "{\"x\": \"two\"}");
        assertEquals(400, r.statusCode());
        assertTrue(RunningServer.json(r).path("error").path("message").asText().contains("'x'"), r.body());
    }

    @Test
    void aMissingSourceIs400BadRequestNamingTheField() {
        HttpResponse<String> r = server.post("/api/autodiff/trace", "{\"inputs\": {}}");
        assertEquals(400, r.statusCode());
        JsonNode e = RunningServer.json(r).path("error");
        assertEquals("bad_request", e.path("code").asText());
        assertTrue(e.path("message").asText().contains("'source'"), r.body());
    }

    @Test
    void aSourceThatIsNotAStringIs400BadRequestNamingTheField() {
        HttpResponse<String> r = server.post("/api/autodiff/trace", "{\"source\": 42}");
        assertEquals(400, r.statusCode());
        assertTrue(RunningServer.json(r).path("error").path("message").asText().contains("'source'"), r.body());
    }

    @Test
    void inputsThatAreNotAnObjectAre400BadRequestNamingTheField() {
        HttpResponse<String> r = server.post("/api/autodiff/trace", "{\"source\": \"f = 1\", \"inputs\": [1]}");
        assertEquals(400, r.statusCode());
        assertTrue(RunningServer.json(r).path("error").path("message").asText().contains("'inputs'"), r.body());
    }
}
