package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static dev.gradlab.server.http.AutodiffRoutesTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RunRoutesTest extends ServerTest {
    static HttpResponse<String> run(String source, String rest) {
        return server.post("/api/run", "{\"source\": " + quote(source) + rest + "}");
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void aProgramAnswersItsOutputAndItsVariables() throws Exception {
        HttpResponse<String> r = run("def sq(v):\n    return v * v\ny = sq(W @ x)\nprint(sum(y))",
                ", \"inputs\": {\"W\": [[1, 2], [3, 4]], \"x\": [1, -1]}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals("2\n", body.path("stdout").asText());
        assertEquals(1.0, body.path("values").path("y").get(0).asDouble());
        assertEquals("function", body.path("values").path("sq").asText());
    }

    @Test
    void plotsComeBackAsData() throws Exception {
        JsonNode body = json(run("xs = [1, 2, 3]\nplot(xs, [1, 4, 9], title=\"squares\")", ""));
        JsonNode plot = body.path("plots").get(0);
        assertEquals("line", plot.path("kind").asText());
        assertEquals("squares", plot.path("title").asText());
        assertEquals(9.0, plot.path("y").get(2).asDouble());
    }

    @Test
    void theSameSeedDrawsTheSameRandomNumbers() throws Exception {
        String a = json(run("r = randn(3)", ", \"seed\": 7")).path("values").path("r").toString();
        String b = json(run("r = randn(3)", ", \"seed\": 7")).path("values").path("r").toString();
        String c = json(run("r = randn(3)", ", \"seed\": 8")).path("values").path("r").toString();
        assertEquals(a, b);
        assertEquals(false, a.equals(c));
    }

    @Test
    void anErrorKeepsWhatWasPrintedBeforeIt() throws Exception {
        HttpResponse<String> r = run("print(\"start\")\ny = [1, 2] @ [1, 2, 3]", "");
        assertEquals(400, r.statusCode());
        JsonNode body = json(r);
        assertEquals("shape", body.path("error").path("code").asText(), r.body());
        assertEquals(2, body.path("error").path("line").asInt());
        assertEquals("start\n", body.path("stdout").asText());
    }

    @Test
    void anEndlessLoopIsABudgetErrorWith422() throws Exception {
        HttpResponse<String> r = run("while True:\n    x = 1", "");
        assertEquals(422, r.statusCode());
        assertEquals("budget", json(r).path("error").path("code").asText());
    }

    @Test
    void aSeedThatIsNotAnIntegerIsABadRequest() throws Exception {
        HttpResponse<String> r = run("x = 1", ", \"seed\": \"abc\"");
        assertEquals(400, r.statusCode());
        assertEquals("bad_request", json(r).path("error").path("code").asText());
    }
}
