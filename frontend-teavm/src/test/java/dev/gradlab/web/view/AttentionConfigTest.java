package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttentionConfigTest {
    @Test
    void theExerciseLinkShapesAreRead() {
        AttentionConfig c = AttentionConfig.fromQuery(Query.parse("#/attention?n=4&d=8&heads=2&causal=1"));
        assertEquals(4, c.n);
        assertEquals(8, c.d);
        assertEquals(2, c.heads);
        assertEquals(2, c.groups); // multi-head: one group per head
        assertTrue(c.causal);
        assertEquals(-1, c.window);
        assertEquals(4, c.headSize());
    }

    @Test
    void theQueryRoundTrips() {
        String q = "n=6&d=8&heads=4&groups=2&causal=0&window=2&seed=42";
        AttentionConfig c = AttentionConfig.fromQuery(Query.parse("?" + q));
        assertEquals(q, c.toQuery());
        assertEquals(c, AttentionConfig.fromQuery(Query.parse("?" + c.toQuery())));
        AttentionConfig p = c.withMode(AttentionConfig.Mode.PERFORMER).withFeatures(64);
        assertEquals("n=6&d=8&mode=performer&m=64&seed=42", p.toQuery());
    }

    @Test
    void outOfRangeNumbersAreClamped() {
        AttentionConfig c = AttentionConfig.fromQuery(Query.parse("?n=1000&d=0&heads=99&groups=0&m=1000000"));
        assertEquals(AttentionConfig.MAX_N, c.n);
        assertEquals(1, c.d);
        assertEquals(AttentionConfig.MAX_HEADS, c.heads);
        assertEquals(1, c.groups);
        assertEquals(AttentionConfig.MAX_FEATURES, c.features);
    }

    @Test
    void groupsFollowTheHeadsUnlessSetApart() {
        AttentionConfig c = AttentionConfig.defaults().withHeads(4);
        assertEquals(4, c.groups);
        AttentionConfig g = c.withGroups(2).withHeads(8);
        assertEquals(2, g.groups); // 2 still divides 8
        assertEquals(2, g.withHeads(6).groups);
        assertEquals(3, g.withHeads(3).groups); // 2 does not divide 3: back to g = h
        assertEquals("h = 4 heads cannot be shared equally by g = 3 key/value groups: g must divide h.",
                c.withGroups(3).problems().get(0));
    }
}
