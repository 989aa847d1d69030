package dev.gradlab.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A fresh browser page per test against the running server. Any console error or uncaught page
 * error fails the test; a screenshot of the final state goes to {@code target/screenshots/}.
 */
@ExtendWith(GradLabE2e.class)
abstract class PageTest {
    protected static final Path SCREENSHOTS = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));

    protected BrowserContext context;
    protected Page page;
    private final List<String> browserErrors = new CopyOnWriteArrayList<>();
    private final List<String> expectedErrors = new CopyOnWriteArrayList<>();

    protected static ServerProcess server() {
        return GradLabE2e.server();
    }

    @BeforeEach
    void openPage() {
        context = GradLabE2e.chromium().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                browserErrors.add("console error: " + m.text() + " (" + m.location() + ")");
            }
        });
        page.onPageError(e -> browserErrors.add("page error: " + e));
    }

    @AfterEach
    void closePage(TestInfo test) {
        try {
            String name = test.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                    + test.getTestMethod().map(m -> m.getName()).orElse("page");
            if (!test.getDisplayName().startsWith(test.getTestMethod().map(m -> m.getName()).orElse("?"))) {
                name += "-" + test.getDisplayName();
            }
            screenshot(name.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("-+$", ""));
        } finally {
            context.close();
        }
        List<String> unexpected = browserErrors.stream()
                .filter(e -> expectedErrors.stream().noneMatch(e::contains)).toList();
        assertEquals(List.of(), unexpected, "the browser reported errors");
    }

    /**
     * Lets console errors containing {@code fragment} pass: for a test that provokes one on purpose
     * (Chromium logs every 4xx answer, e.g. the 401 of a wrong password, as a console error).
     */
    protected void expectConsoleError(String fragment) {
        expectedErrors.add(fragment);
    }

    /** Opens {@code path} on the server and waits for {@code window.gradlab.ready}. */
    protected void open(String path) {
        page.navigate(server().baseUrl() + path);
        page.waitForFunction("() => window.gradlab !== undefined");
        Object ready = page.evaluate("() => window.gradlab.ready");
        assertEquals(Boolean.TRUE, ready, "the engine did not start: " + page.evaluate("() => window.gradlab.error"));
    }

    /**
     * Waits until {@code asyncPredicate} (a page function that returns a promise) resolves to
     * {@code true}, asking again every 50 ms, for at most 20 s (the context's default timeout).
     * {@code page.waitForFunction} is not for this: it takes the returned promise itself as truthy
     * and returns at once (Playwright issue 29132).
     */
    protected void waitForAsync(String asyncPredicate, String what) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!Boolean.TRUE.equals(page.evaluate(asyncPredicate))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 20 s for " + what);
            }
            page.waitForTimeout(50);
        }
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
