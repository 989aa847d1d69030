package dev.gradlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The browser engines (TeaVM JavaScript and WebAssembly GC) and the server (JVM) compute the same
 * trace for the same program, node by node, to 1e-12.
 */
class CrossRuntimeTest extends PageTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final double TOLERANCE = 1e-12;

    /** A program with its inputs as JSON. */
    record Program(String name, String source, String inputs) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Program> PROGRAMS = List.of(
            new Program("hw1-q3", "f = 0.5*exp(x1 + x2^2) - x3*x4^2",
                    "{\"x1\": -1, \"x2\": 2, \"x3\": 4, \"x4\": -3}"),
            new Program("affine-tanh", "y = W @ x + b\nf = sum(tanh(y)^2)",
                    "{\"W\": [[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]], \"x\": [1, 2, -1], \"b\": [0.05, -0.1]}"),
            new Program("transpose-div-log-trig",
                    "S = A.T @ A\nu = sin(A.T @ v)\nf = sum(log(S*S + 1) / (2 + u)) + cos(c)*c",
                    "{\"A\": [[1, 2], [3, -1], [0.5, 0.25]], \"v\": [0.3, -0.7, 1.1], \"c\": 0.8}"),
            new Program("broadcast", "f = sum((X - m)^2 * w)",
                    "{\"X\": [[1, 2], [3, 4], [5, 6]], \"m\": [3, 4], \"w\": [[1], [0.5], [0.25]]}"),
            new Program("sigmoid-sqrt", "r = a / (1 + exp(-a*b))\nf = r*log(b) - sqrt(b)",
                    "{\"a\": 1.5, \"b\": 2.5}"));

    static final List<Program> SYNTAX_ERRORS = List.of(
            new Program("unfinished", "f = 0.5*exp(x1 +", "{\"x1\": 1}"),
            new Program("second-line", "y = 2*x\nf = y +* 3", "{\"x\": 1}"));

    static Stream<Arguments> programsOnEachEngine() {
        return Stream.of("js", "wasm").flatMap(e -> PROGRAMS.stream().map(p -> Arguments.of(e, p)));
    }

    static Stream<Arguments> syntaxErrorsOnEachEngine() {
        return Stream.of("js", "wasm").flatMap(e -> SYNTAX_ERRORS.stream().map(p -> Arguments.of(e, p)));
    }

    /** Opens the page on {@code engine} and checks the page really runs it. */
    void openOn(String engine) {
        open("/?engine=" + engine);
        assertEquals(engine, page.evaluate("() => window.gradlab.engine"));
    }

    JsonNode inBrowser(Program p) {
        Object text = page.evaluate("([s, i]) => window.gradlab.trace(s, i, null)", Arrays.asList(p.source(), p.inputs()));
        return parse(String.valueOf(text));
    }

    static ServerProcess.Response onServer(Program p) {
        try {
            ObjectNode body = JSON.createObjectNode().put("source", p.source());
            body.set("inputs", JSON.readTree(p.inputs()));
            return server().postJson("/api/autodiff/trace", body.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("programsOnEachEngine")
    void theBrowserAndTheServerComputeTheSameTrace(String engine, Program program) {
        openOn(engine);
        ServerProcess.Response server = onServer(program);
        assertEquals(200, server.status(), server.text());
        JsonNode browser = inBrowser(program);
        assertTrue(browser.has("nodes"), "the browser answered " + browser);
        assertSameTrace(server.json(), browser);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("syntaxErrorsOnEachEngine")
    void theBrowserAndTheServerReportTheSameSyntaxError(String engine, Program program) {
        openOn(engine);
        ServerProcess.Response server = onServer(program);
        assertEquals(400, server.status(), server.text());
        JsonNode expected = server.json().path("error");
        JsonNode actual = inBrowser(program).path("error");
        assertEquals("syntax", expected.path("code").asText());
        assertEquals(expected.path("code"), actual.path("code"));
        assertEquals(expected.path("line"), actual.path("line"));
        assertEquals(expected.path("column"), actual.path("column"));
    }

    static void assertSameTrace(JsonNode server, JsonNode browser) {
        assertEquals(server.path("output"), browser.path("output"), "output node");
        assertEquals(server.path("forward"), browser.path("forward"), "forward order");
        assertEquals(server.path("backward"), browser.path("backward"), "backward order");
        JsonNode sn = server.path("nodes");
        JsonNode bn = browser.path("nodes");
        assertEquals(sn.size(), bn.size(), "node count");
        for (int i = 0; i < sn.size(); i++) {
            JsonNode s = sn.get(i);
            JsonNode b = bn.get(i);
            String where = "node " + i + " (" + s.path("op").asText() + ")";
            assertEquals(s.path("op"), b.path("op"), where + " op");
            assertEquals(s.path("label"), b.path("label"), where + " label");
            assertEquals(s.path("inputs"), b.path("inputs"), where + " inputs");
            assertEquals(s.path("shape"), b.path("shape"), where + " shape");
            assertNumbersClose(s.path("value"), b.path("value"), where + " value");
            assertNumbersClose(s.path("grad"), b.path("grad"), where + " grad");
        }
    }

    /** Same structure; numbers equal to 1e-12 relative (1e-12 absolute near zero). */
    static void assertNumbersClose(JsonNode expected, JsonNode actual, String where) {
        List<JsonNode> e = new ArrayList<>();
        List<JsonNode> a = new ArrayList<>();
        flatten(expected, e);
        flatten(actual, a);
        assertEquals(structure(expected), structure(actual), where + " structure");
        for (int i = 0; i < e.size(); i++) {
            JsonNode x = e.get(i);
            JsonNode y = a.get(i);
            if (!x.isNumber() || !y.isNumber()) {
                assertEquals(x, y, where + " [" + i + "]");
                continue;
            }
            double u = x.doubleValue();
            double v = y.doubleValue();
            double tol = TOLERANCE * Math.max(1.0, Math.max(Math.abs(u), Math.abs(v)));
            if (!(Math.abs(u - v) <= tol)) {
                fail(where + " [" + i + "]: server " + u + ", browser " + v);
            }
        }
    }

    private static void flatten(JsonNode n, List<JsonNode> out) {
        if (n.isArray()) {
            n.forEach(c -> flatten(c, out));
        } else {
            out.add(n);
        }
    }

    /** The nesting with numbers replaced by 0, e.g. [[0,0],[0,0]]. */
    private static String structure(JsonNode n) {
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < n.size(); i++) {
                sb.append(i > 0 ? "," : "").append(structure(n.get(i)));
            }
            return sb.append(']').toString();
        }
        return n.isNumber() ? "0" : n.toString();
    }
}
