package dev.gradlab.core.json;

import dev.gradlab.core.lang.Budget;
import dev.gradlab.core.lang.BudgetException;
import dev.gradlab.core.lang.Interpreter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunJsonTest {
    @Test
    @SuppressWarnings("unchecked")
    void aRunSerialisesItsOutputValuesAndPlots() {
        Interpreter in = new Interpreter(Budget.interactive(), false, 1);
        in.run("x = [1, 2]\nname = 'w'\nok = x[0] < x[1]\ndef f(a):\n    return a\nprint('hi')\nplot(x, x * 3)");
        Map<String, Object> doc = (Map<String, Object>) JsonReader.parse(RunJson.write(in));
        assertEquals("hi\n", doc.get("stdout"));
        Map<String, Object> values = (Map<String, Object>) doc.get("values");
        assertEquals(List.of(1.0, 2.0), values.get("x"));
        assertEquals("w", values.get("name"));
        assertEquals(Boolean.TRUE, values.get("ok"));
        assertEquals("function", values.get("f"));
        Map<String, Object> plot = ((List<Map<String, Object>>) doc.get("plots")).get(0);
        assertEquals("line", plot.get("kind"));
        assertEquals(List.of(3.0, 6.0), plot.get("y"));
    }

    @Test
    void aBudgetErrorNamesTheBudget() {
        Interpreter in = new Interpreter(Budget.interactive().withSteps(1000), false, 1);
        BudgetException e = assertThrows(BudgetException.class, () -> in.run("while True:\n    pass"));
        Map<?, ?> err = (Map<?, ?>) ((Map<?, ?>) JsonReader.parse(TraceJson.writeError(e))).get("error");
        assertEquals("budget", err.get("code"));
        assertEquals("steps", err.get("budget"));
    }
}
