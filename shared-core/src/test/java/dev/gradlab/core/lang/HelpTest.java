package dev.gradlab.core.lang;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpTest {
    @Test
    void theReferenceListsEveryFunctionWithItsUsage() {
        String help = Help.markdown();
        assertTrue(help.contains("- `sum(x, axis=None, keepdims=False)`"), help);
        assertTrue(help.contains("- `solve(A, b)`"));
        assertTrue(help.contains("- `plot(y) or plot(x, y, title=…, label=…)`"));
        for (String name : Builtins.names()) {
            assertTrue(name.equals("jmul") || help.contains("`" + name + "("), "missing " + name);
        }
    }
}
