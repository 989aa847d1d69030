package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExerciseListTest {
    @Test
    void exercisesAreGroupedByTopicWithHashLinks() {
        String html = ExerciseList.html(ExerciseFixtures.listJson(ExerciseFixtures.DERIVATIVE, ExerciseFixtures.MISC,
                ExerciseFixtures.PROGRAM));
        assertTrue(html.contains("<h2 id=\"topic-1\">Derivatives <span class=\"count\">1</span></h2>"), html);
        assertTrue(html.contains("<h2 id=\"topic-2\">Mixed <span class=\"count\">1</span></h2>"), html);
        assertTrue(html.contains("<h2 id=\"topic-3\">Programs <span class=\"count\">1</span></h2>"), html);
        assertTrue(html.contains("<a href=\"#/exercises/demo-derivative\">Derivative of a cube</a>"
                + "<span class=\"meta\">2 parts · expr, number · test fixture</span>"), html);
        assertTrue(html.contains("<a href=\"#/exercises/demo-program\">Mean squared error</a>"), html);
        assertEquals(3, html.split("<li class=\"exercise-item\"", -1).length - 1);
    }

    @Test
    void topicsKeepTheServersOrder() {
        String json = "[{\"id\":\"b\",\"title\":\"B\",\"topic\":\"Zeta\",\"parts\":[]},"
                + "{\"id\":\"a\",\"title\":\"A\",\"topic\":\"Alpha\",\"parts\":[]},"
                + "{\"id\":\"c\",\"title\":\"C <i>\",\"topic\":\"Zeta\",\"parts\":[{\"id\":\"p\",\"kind\":\"expr\"}]}]";
        String html = ExerciseList.html(json);
        assertTrue(html.indexOf("Zeta") < html.indexOf("Alpha"));
        assertTrue(html.contains("Zeta <span class=\"count\">2</span>"));
        assertTrue(html.contains("C &lt;i&gt;</a>"), "titles are escaped");
    }

    @Test
    void anEmptyCatalogSaysSo() {
        assertEquals("<p class=\"muted\">No exercises yet.</p>", ExerciseList.html("[]"));
    }
}
