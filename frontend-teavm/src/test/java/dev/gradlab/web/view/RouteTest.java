package dev.gradlab.web.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RouteTest {
    @Test
    void noHashAndTheRootAreTheList() {
        assertEquals(Route.Kind.LIST, Route.parse("").kind);
        assertEquals(Route.Kind.LIST, Route.parse("#").kind);
        assertEquals(Route.Kind.LIST, Route.parse("#/").kind);
        assertEquals(Route.Kind.LIST, Route.parse(null).kind);
    }

    @Test
    void anExerciseRouteCarriesItsId() {
        Route r = Route.parse("#/exercises/hw1-chain-sin");
        assertEquals(Route.Kind.EXERCISE, r.kind);
        assertEquals("hw1-chain-sin", r.id);
        assertEquals("#/exercises/hw1-chain-sin", r.hash());
        assertEquals(r, Route.parse("#/exercises/hw1-chain-sin/"));
    }

    @Test
    void theStepperKeepsItsOwnRoute() {
        assertEquals(Route.Kind.STEPPER, Route.parse("#/stepper").kind);
        assertEquals("stepper", Route.parse("#/stepper").section());
        assertEquals("exercises", Route.parse("#/exercises/a").section());
    }

    @Test
    void anchorsAreNotRoutes() {
        assertNull(Route.parse("#main"));
        assertNull(Route.parse("#graph-panel"));
    }

    @Test
    void unknownPathsAndBadIdsAreNotFound() {
        assertEquals(Route.Kind.NOT_FOUND, Route.parse("#/nowhere").kind);
        assertEquals(Route.Kind.NOT_FOUND, Route.parse("#/exercises/../api").kind);
        assertEquals(Route.Kind.NOT_FOUND, Route.parse("#/exercises/a b").kind);
        assertEquals(Route.Kind.NOT_FOUND, Route.parse("#/exercises/<x>").kind);
    }

    @Test
    void theAttentionStepperAndThePlaygroundKeepTheirQuery() {
        Route a = Route.parse("#/attention?n=4&d=8&heads=2&causal=1");
        assertEquals(Route.Kind.ATTENTION, a.kind);
        assertEquals("n=4&d=8&heads=2&causal=1", a.query);
        assertEquals("attention", a.section());
        assertEquals(a, Route.parse("#/attention"));
        assertEquals(Route.Kind.OPTIMIZER, Route.parse("#/optimizer?preset=gd-quarter").kind);
        assertEquals("optimizer", Route.parse("#/optimizer").section());
        assertEquals("", Route.parse("#/optimizer").query);
    }

    @Test
    void loginInstructorAndJobsHaveTheirOwnRoutes() {
        assertEquals(Route.Kind.LOGIN, Route.parse("#/login").kind);
        assertEquals(Route.Kind.INSTRUCTOR, Route.parse("#/instructor/").kind);
        assertEquals(Route.Kind.JOBS, Route.parse("#/jobs").kind);
        assertEquals("#/jobs", Route.parse("#/jobs").hash());
        assertEquals("instructor", Route.parse("#/instructor").section());
        assertEquals("login", Route.parse("#/login").section());
    }
}
