package dev.gradlab.web.app;

import dev.gradlab.core.selftest.CrossRuntimeSuite;
import dev.gradlab.web.dom.Clock;
import dev.gradlab.web.dom.Dom;

/**
 * The entry point of both builds (js/gradlab.js and wasm/gradlab.wasm): starts the app (the router) and
 * hands {@code trace}, {@code selftest} and {@code ejmlCheck} to the loader in index.html, which
 * publishes {@code window.gradlab}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Dom.publish(TraceApi::trace, CrossRuntimeSuite::runJson, EjmlCheck::run);
        Clock.publishWorkload(WorkloadApi::attention);
        new App().start();
    }
}
