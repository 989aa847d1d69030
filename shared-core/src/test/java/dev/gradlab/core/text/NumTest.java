package dev.gradlab.core.text;

import dev.gradlab.core.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "10.042768461593834, 10.04",
        "40.17107384637533, 40.17",
        "-9, -9",
        "24, 24",
        "0, 0",
        "9.9996, 10",
        "0.5, 0.5",
        "-25.957231538406166, -25.96",
        "123456, 123500",
        "4.16e12, 4.16e12",
        "0.000012344, 1.234e-5",
        "0.001234567, 0.001235",
        "1e-300, 1e-300",
        "NaN, NaN",
        "Infinity, Infinity",
        "-Infinity, -Infinity",
    })
    void fourSignificantDigitsWithoutTrailingZeros(double v, String expected) {
        assertEquals(expected, Num.format(v, 4));
    }

    @Test
    void tensorsReadAsNestedBrackets() {
        assertEquals("[[1, 2.5], [3, 4]]", Num.format(Tensor.matrix(new double[][] {{1, 2.5}, {3, 4}}), 4));
        assertEquals("[0.3333]", Num.format(Tensor.vector(1.0 / 3), 4));
        assertEquals("[]", Num.format(Tensor.zeros(new int[] {0}), 4));
    }
}
