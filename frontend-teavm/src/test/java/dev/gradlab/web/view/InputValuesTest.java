package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gradlab.core.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputValuesTest {
    @Test
    void numbersAndNestedLists() {
        assertEquals(-1.5, InputValues.parse("x", " -1.5 ").item());
        assertEquals(0.002, InputValues.parse("x", "2e-3").item());
        assertEquals(3, InputValues.parse("x", "+3").item());
        Tensor v = InputValues.parse("v", "[1, 2]");
        assertArrayEquals(new int[] {2}, v.shape());
        Tensor m = InputValues.parse("A", "[[1,2],[3,4]]");
        assertArrayEquals(new int[] {2, 2}, m.shape());
        assertEquals(4, m.get(3));
        assertArrayEquals(new int[] {2}, InputValues.parse("v", "(1, 2)").shape());
    }

    @Test
    void unreadableValuesNameTheirVariable() {
        InputValues.InputError e = assertThrows(InputValues.InputError.class, () -> InputValues.parse("x2", "abc"));
        assertEquals("x2", e.name());
        assertEquals("x2 = abc is not a value: write a number such as -1.5, or a list such as [1, 2] or"
                + " [[1, 2], [3, 4]]", e.getMessage());
        assertEquals("x1 needs a value, such as 1.5 or [1, 2]",
                assertThrows(InputValues.InputError.class, () -> InputValues.parse("x1", "  ")).getMessage());
        assertThrows(InputValues.InputError.class, () -> InputValues.parse("A", "[[1, 2], [3]]"));
        assertThrows(InputValues.InputError.class, () -> InputValues.parse("x", "1, \"y\": 2"));
    }

    @Test
    void typedTextIsRememberedAndDefaultsFillTheRest() {
        InputValues vals = new InputValues(Map.of("x1", "-1"));
        assertEquals("-1", vals.text("x1"));
        assertEquals("1", vals.text("y"));
        vals.put("x1", "7");
        vals.put("gone", "[1, 2]");
        assertEquals(Map.of("x1", "7", "y", "1"), vals.texts(List.of("x1", "y")));
        assertEquals("[1, 2]", vals.text("gone"), "a name that comes back keeps its text");
        Map<String, Tensor> t = vals.values(List.of("x1", "gone"));
        assertEquals(7, t.get("x1").item());
        assertEquals(2, t.get("gone").size());
    }
}
