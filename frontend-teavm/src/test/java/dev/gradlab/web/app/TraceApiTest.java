package dev.gradlab.web.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gradlab.core.json.TraceJson;
import dev.gradlab.core.lang.Traces;
import org.junit.jupiter.api.Test;

class TraceApiTest {
    private static final String SRC = "f = 0.5*exp(x1 + x2^2) - x3*x4^2";
    private static final String IN = "{\"x1\": -1, \"x2\": 2, \"x3\": 4, \"x4\": -3}";

    @Test
    void aTraceIsTheSharedJson() {
        String json = TraceApi.trace(SRC, IN, null);
        assertEquals(TraceJson.write(Traces.run(SRC, TraceJson.parseInputs(IN), null)), json);
        assertTrue(json.startsWith("{\"output\":13,\"forward\":[0,1,2,3,4,5,6,7,8,9,10,11,12,13],"
                + "\"backward\":[13,12,11,9,8,7,6,5,4,2,1],"), json);
        assertTrue(json.contains("\"label\":\"x1\",\"inputs\":[],\"shape\":[],\"value\":-1,\"grad\":10.042768461593834"),
                json);
    }

    @Test
    void theOutputCanBeNamed() {
        String json = TraceApi.trace("g = x*x\nf = g + 1", "{\"x\": 3}", "g");
        assertTrue(json.contains("\"label\":\"x\",\"inputs\":[],\"shape\":[],\"value\":3,\"grad\":6"), json);
        assertEquals(json, TraceApi.trace("g = x*x\nf = g + 1", "{\"x\": 3}", " g "));
    }

    @Test
    void errorsAreJsonNeverExceptions() {
        assertEquals("{\"error\":{\"code\":\"syntax\",\"message\":\"unexpected end of line\",\"line\":1,\"column\":17,"
                + "\"hint\":\"the expression is incomplete\"}}", TraceApi.trace("f = 0.5*exp(x1 +", "{}", null));
        assertEquals("{\"error\":{\"code\":\"name\",\"message\":\"unknown name 'y'\",\"line\":1,\"column\":5,"
                + "\"hint\":\"no variables are defined yet\"}}", TraceApi.trace("f = y*2", null, null));
        String bad = TraceApi.trace(SRC, "{\"x1\": ", null);
        assertTrue(bad.startsWith("{\"error\":{\"code\":\"input\",\"message\":\"inputs are not valid JSON"), bad);
        assertTrue(TraceApi.trace(null, "", null).startsWith("{\"error\":"));
    }
}
