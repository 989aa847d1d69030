package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryTest {
    @Test
    void readsTheQueryOfAHash() {
        Query q = Query.parse("#/attention?n=4&d=8&heads=2&causal=1");
        assertEquals(4, q.integer("n", 0));
        assertEquals(8, q.integer("d", 0));
        assertEquals(2, q.integer("heads", 0));
        assertTrue(q.flag("causal", false));
        assertEquals(7, q.integer("missing", 7));
    }

    @Test
    void badNumbersFallBack() {
        Query q = Query.parse("?n=abc&x=1e400&c=maybe");
        assertEquals(3, q.integer("n", 3));
        assertEquals(0.5, q.number("x", 0.5));
        assertFalse(q.flag("c", false));
    }

    @Test
    void encodingRoundTripsAProgramWithSpacesOperatorsAndUnicode() {
        String source = "f = 0.5*exp(x1 + x2^2) - x3*x4^2 # ∂ & = ?";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("x1", "-1");
        String text = Query.format(m);
        assertFalse(text.contains(" "));
        assertEquals(1, text.length() - text.replace("&", "").length(), "only the separator is a bare &: " + text);
        Query back = Query.parse("#/stepper?" + text);
        assertEquals(source, back.get("source"));
        assertEquals("-1", back.get("x1"));
    }

    @Test
    void plusIsASpaceAndAMalformedEscapeIsKept() {
        assertEquals("a b", Query.decode("a+b"));
        assertEquals("100%", Query.decode("100%"));
        assertEquals("%zz", Query.decode("%zz"));
    }

    @Test
    void aHashWithoutAQueryIsEmpty() {
        assertTrue(Query.parse("#/attention").asMap().isEmpty());
        assertTrue(Query.parse(null).asMap().isEmpty());
    }
}
