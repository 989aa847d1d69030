package dev.gradlab.core.jobs;

import dev.gradlab.core.json.JsonReader;
import dev.gradlab.core.json.JsonWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ParamSpec#read}: what {@link ParamSpec#write} says, read back (as the browser does). */
class ParamSpecReadTest {
    @SuppressWarnings("unchecked")
    private static ParamSpec roundTrip(ParamSpec spec) {
        return ParamSpec.read((Map<String, Object>) JsonReader.parse(json(spec)));
    }

    private static String json(ParamSpec spec) {
        return spec.write(new JsonWriter()).toString();
    }

    /** The value check answers (arrays as lists), or its message. */
    private static Object outcome(ParamSpec spec, Object raw) {
        try {
            Object v = spec.check(raw);
            if (v instanceof int[]) {
                return Arrays.toString((int[]) v);
            }
            return v instanceof double[] ? Arrays.toString((double[]) v) : v;
        } catch (JobParamException e) {
            return e.field() + ": " + e.getMessage();
        }
    }

    private static List<Object> probes(ParamSpec spec) {
        List<Object> out = new ArrayList<>();
        for (double v : new double[] {spec.min() - 1, spec.min(), spec.min() + 0.5, spec.max(), spec.max() + 1}) {
            out.add(v);
            out.add(List.of(v));
            out.add(List.of(spec.min(), v));
        }
        out.add(null);
        out.add("tanh");
        out.add("print(2)");
        out.add("x".repeat(100_001));
        out.add(List.of());
        out.add(true);
        return out;
    }

    @Test
    void everyParameterOfEveryKindReadsBackAsItself() {
        int compared = 0;
        for (JobKind kind : JobTesting.KINDS.all()) {
            for (ParamSpec spec : kind.params()) {
                ParamSpec read = roundTrip(spec);
                String what = kind.name() + "." + spec.name();
                assertEquals(json(spec), json(read), what);
                assertEquals(spec.name(), read.name(), what);
                assertEquals(spec.type(), read.type(), what);
                assertEquals(spec.min(), read.min(), what);
                assertEquals(spec.max(), read.max(), what);
                assertEquals(spec.maxItems(), read.maxItems(), what);
                assertEquals(spec.choices(), read.choices(), what);
                assertEquals(spec.description(), read.description(), what);
                for (Object raw : probes(spec)) {
                    assertEquals(outcome(spec, raw), outcome(read, raw), what + " = " + raw);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @Test
    void defaultsKeepTheirJavaTypes() {
        assertEquals(500L, roundTrip(ParamSpec.integer("trials", 500, 1, 20000, "")).defaultValue());
        assertEquals(0.5, roundTrip(ParamSpec.number("x", 0.5, 0, 1, "")).defaultValue());
        assertArrayEquals(new int[] {20, 50}, (int[]) roundTrip(ParamSpec.integers("n", new int[] {20, 50}, 2, 2000, 12, ""))
                .defaultValue());
        assertArrayEquals(new double[] {0.5, 1}, (double[]) roundTrip(ParamSpec.numbers("r", new double[] {0.5, 1}, 0, 3, 8, ""))
                .defaultValue());
        assertEquals("b", roundTrip(ParamSpec.choice("c", "", "b", "a")).defaultValue());
        assertEquals("", roundTrip(ParamSpec.string("s", "", 10, "")).defaultValue());
    }

    @Test
    void unknownTypesAndMissingFields() {
        assertNull(ParamSpec.read(Map.of("name", "x", "type", "matrix")));
        assertNull(ParamSpec.read(Map.of("name", "x")));
        assertEquals(ParamSpec.Type.NUMBER_LIST, ParamSpec.Type.of("number list"));
        assertNull(ParamSpec.Type.of("list"));
        ParamSpec bare = ParamSpec.read(Map.of("name", "k", "type", "integer list"));
        assertEquals("k", bare.name());
        assertNull(bare.defaultValue());
        assertEquals(16, bare.maxItems());
        assertEquals(-1e300, bare.min());
        assertEquals(1e300, bare.max());
        assertEquals("", bare.description());
        assertEquals(100_000.0, ParamSpec.read(Map.of("type", "string")).max());
        assertNull(ParamSpec.read(Map.of("type", "number list", "default", List.of(1.0, "2"))).defaultValue());
        ParamSpec choice = ParamSpec.read(Map.of("name", "f", "type", "choice", "choices", List.of("a", "b")));
        assertEquals("a", choice.defaultValue());
        assertEquals("f must be one of a, b, not \"c\"", outcome(choice, "c").toString().substring(3));
    }
}
