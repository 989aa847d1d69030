package dev.gradlab.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts, once for the whole test run, the real server jar and the browser; JUnit closes both at the
 * end (they are {@link AutoCloseable} values in the root store).
 */
public final class GradLabE2e implements BeforeAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GradLabE2e.class);

    private static ServerProcess server;
    private static Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NS);
        server = store.getOrComputeIfAbsent(ServerProcess.class, k -> ServerProcess.start(), ServerProcess.class);
        chromium = store.getOrComputeIfAbsent(Chromium.class, k -> Chromium.launch(), Chromium.class);
    }

    public static ServerProcess server() {
        return server;
    }

    public static Chromium chromium() {
        return chromium;
    }
}
