package dev.gradlab.core.json;

import dev.gradlab.core.autodiff.Trace;
import dev.gradlab.core.lang.LangException;
import dev.gradlab.core.lang.Traces;
import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceJsonTest {
    @Test
    void inputsParseIntoScalarsVectorsAndMatrices() {
        Map<String, Tensor> in = TraceJson.parseInputs("{\"x1\": -1, \"v\": [1, 2.5], \"A\": [[1, 2], [3, 4]]}");
        assertEquals(-1, in.get("x1").item());
        assertArrayEquals(new int[] {2}, in.get("v").shape());
        assertArrayEquals(new int[] {2, 2}, in.get("A").shape());
        assertEquals(3, in.get("A").get(2));
    }

    @Test
    void raggedOrNonNumericInputsNameTheInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TraceJson.parseInputs("{\"A\": [[1, 2], [3]]}"));
        assertTrue(e.getMessage().startsWith("input A: ragged"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TraceJson.parseInputs("{\"x\": \"one\"}"));
        assertTrue(e.getMessage().startsWith("input x:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TraceJson.parseInputs("{\"x\": 1"));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTraceSerialisesToTheApiShapeAndReadsBack() {
        Trace t = Traces.run("f = sum(A @ x)", TraceJson.parseInputs("{\"A\": [[1, 2], [3, 4]], \"x\": [1, -1]}"), null);
        Map<String, Object> doc = (Map<String, Object>) JsonReader.parse(TraceJson.write(t));
        assertEquals(3.0, doc.get("output"));
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), doc.get("forward"));
        assertEquals(List.of(3.0, 2.0, 1.0, 0.0), doc.get("backward"));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) doc.get("nodes");
        Map<String, Object> a = nodes.get(0);
        assertEquals("input", a.get("op"));
        assertEquals("A", a.get("label"));
        assertEquals(List.of(2.0, 2.0), a.get("shape"));
        assertEquals(List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)), a.get("value"));
        assertEquals(List.of(List.of(1.0, -1.0), List.of(1.0, -1.0)), a.get("grad"));
        Map<String, Object> out = nodes.get(3);
        assertEquals("sum", out.get("op"));
        assertEquals(List.of(), out.get("shape"));
        assertEquals(-2.0, out.get("value"));
        assertEquals(List.of(2.0), out.get("inputs"));
    }

    @Test
    void nonFiniteValuesAreWrittenAsStringsAndConstantsHaveNullGradients() {
        Trace t = Traces.run("f = log(x) * 2", TraceJson.parseInputs("{\"x\": 0}"), null);
        Map<?, ?> doc = (Map<?, ?>) JsonReader.parse(TraceJson.write(t));
        List<?> nodes = (List<?>) doc.get("nodes");
        Map<?, ?> log = (Map<?, ?>) nodes.stream().filter(n -> "log".equals(((Map<?, ?>) n).get("op"))).findFirst().get();
        assertEquals("-Infinity", log.get("value"));
        Map<?, ?> two = (Map<?, ?>) nodes.stream().filter(n -> "const".equals(((Map<?, ?>) n).get("op"))).findFirst().get();
        assertNull(two.get("grad"));
    }

    @Test
    void errorsSerialiseWithCodePositionAndHint() {
        LangException e = assertThrows(LangException.class, () -> Traces.run("f = (x", Map.of(), null));
        Map<?, ?> err = (Map<?, ?>) ((Map<?, ?>) JsonReader.parse(TraceJson.writeError(e))).get("error");
        assertEquals("syntax", err.get("code"));
        assertEquals(1.0, err.get("line"));
        assertEquals(7.0, err.get("column"));
        assertEquals("expected ) to close the ( at line 1, column 5", err.get("hint"));
    }

    @Test
    void stringsAreEscaped() {
        String s = new JsonWriter().value("a\"b\\c\nd\u0001").toString();
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", s);
        assertEquals("a\"b\\c\nd\u0001", JsonReader.parse(s));
    }
}
