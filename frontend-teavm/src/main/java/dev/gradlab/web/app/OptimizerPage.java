package dev.gradlab.web.app;

/** The optimizer playground ({@code #/optimizer}). */
final class OptimizerPage {
    void start(String query) {
    }

    void open(String query) {
    }

    void setActive(boolean shown) {
    }
}
