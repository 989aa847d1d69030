package dev.gradlab.web.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NodeDetailsTest {
    private static int id(GraphView g, String name) {
        for (GraphView.Item it : g.nodes()) {
            if (it.name.equals(name)) {
                return it.id;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void showsOpRuleAndOnlyRevealedNumbers() {
        GraphView g = Fixtures.defaultGraph();
        Stepper st = new Stepper(g);
        int t3 = id(g, "t3");
        String before = NodeDetails.html(st, t3, null);
        assertTrue(before.contains("<dd data-field=\"expr\">t3 = exp(t2)</dd>"), before);
        assertTrue(before.contains("<dd data-field=\"op\">exp</dd>"), before);
        assertTrue(before.contains("<dd data-field=\"value\">not computed yet</dd>"), before);
        assertTrue(before.contains("<dd data-field=\"rule\">" + Html.escape(g.node(t3).rule) + "</dd>"), before);
        assertTrue(g.node(t3).rule.contains("exp"), g.node(t3).rule);
        st.jump(st.total());
        String after = NodeDetails.html(st, t3, null);
        assertTrue(after.contains("<dd data-field=\"value\">20.08553692</dd>"), after);
        assertTrue(after.contains("<dd data-field=\"grad\">0.5</dd>"), after);
        assertTrue(after.contains("gradient ∂f/∂t3"), after);
        assertTrue(after.contains("<dd data-field=\"inputs\">t2</dd>"), after);
        assertTrue(after.contains("<dd data-field=\"consumers\">t4</dd>"), after);
    }
}
