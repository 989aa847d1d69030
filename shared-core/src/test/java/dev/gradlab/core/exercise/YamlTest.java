package dev.gradlab.core.exercise;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class YamlTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String text) {
        return (Map<String, Object>) Yaml.parse(text, 1);
    }

    @Test
    void blockMapsHoldPlainScalarsAsText() {
        assertEquals("Chain rule: sine", map("title: Chain rule: sine\norder: 10\n").get("title"));
        assertEquals("10", map("title: x\norder: 10 # comment\n").get("order"));
    }

    @Test
    void aListOfMapsStartsEachMapAtItsDash() {
        List<Object> parts = (List<Object>) map("parts:\n  - id: a\n    kind: expr\n  - id: b\n").get("parts");
        assertEquals(2, parts.size());
        assertEquals("expr", ((Map<?, ?>) parts.get(0)).get("kind"));
        assertEquals("b", ((Map<?, ?>) parts.get(1)).get("id"));
    }

    @Test
    void aListMayStartAtTheIndentOfItsKey() {
        assertEquals(Arrays.asList("a", "b"), map("hints:\n- a\n- b\n").get("hints"));
    }

    @Test
    void flowCollectionsNestAndMaySpanLines() {
        Map<String, Object> m = map("a: {seed: 3, int: [2, 7]}\nb: [x, {c: 'it''s'},\n  \"q\"]\n");
        assertEquals(Arrays.asList("2", "7"), ((Map<?, ?>) m.get("a")).get("int"));
        assertEquals("it's", ((Map<?, ?>) ((List<?>) m.get("b")).get(1)).get("c"));
        assertEquals("q", ((List<?>) m.get("b")).get(2));
    }

    @Test
    void doubleQuotedStringsKeepEscapedBackslashesAndHashes() {
        assertEquals("\\frac{a}{b} # not a comment", map("p: \"\\\\frac{a}{b} # not a comment\"\n").get("p"));
    }

    @Test
    void literalBlocksKeepLinesAndRelativeIndentation() {
        Map<String, Object> m = map("code: |\n  def f(x):\n      return x\n\nnext: 1\n");
        assertEquals("def f(x):\n    return x\n", m.get("code"));
        assertEquals("1", m.get("next"));
    }

    @Test
    void anEmptyValueIsNull() {
        assertNull(map("a:\nb: 1\n").get("a"));
    }

    @Test
    void anUnknownEscapeNamesItsLineAndColumn() {
        YamlException e = assertThrows(YamlException.class, () -> map("a: 1\nb: \"\\frac\"\n"));
        assertEquals(2, e.line);
        assertEquals(5, e.column);
    }

    @Test
    void aDuplicateKeyIsAnError() {
        YamlException e = assertThrows(YamlException.class, () -> map("a: 1\na: 2\n"));
        assertEquals("line 2, column 1: the key 'a' appears twice", e.describe());
    }

    @Test
    void anUnclosedFlowListIsAnError() {
        assertThrows(YamlException.class, () -> map("a: [1, 2\n"));
    }
}
