package dev.gradlab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attention stepper and the playground on a 390-px-wide phone screen: nothing scrolls sideways. */
class VizLayoutTest extends PageTest {
    @Test
    void bothPagesFitA390PixelScreen() {
        BrowserContext phone = GradLabE2e.chromium().browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
        List<String> errors = new ArrayList<>();
        try {
            Page p = phone.newPage();
            p.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            p.onPageError(e -> errors.add(String.valueOf(e)));
            for (String route : new String[] {"#/attention?n=8&d=8&heads=2&causal=1", "#/optimizer?preset=rosenbrock"}) {
                p.navigate(server().baseUrl() + "/" + route);
                p.waitForFunction("() => window.gradlab && window.gradlab.ready");
                p.locator(route.contains("attention") ? "#att-stages svg.hm" : "#opt-state tbody tr").first().waitFor();
                Object width = p.evaluate("() => document.documentElement.scrollWidth");
                assertTrue(((Number) width).intValue() <= 390, route + " is " + width + " px wide");
                String name = route.contains("attention") ? "attention-390px" : "optimizer-390px";
                p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
            }
        } finally {
            phone.close();
        }
        assertEquals(List.of(), errors);
    }
}
