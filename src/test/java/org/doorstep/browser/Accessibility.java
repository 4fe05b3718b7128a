package org.doorstep.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;

/** Runs the vendored axe-core (WCAG 2 A/AA rules) on the current page. */
public final class Accessibility {

    private static final String AXE = load();

    private Accessibility() {
    }

    /** The ids and help texts of serious or critical violations; empty when the page passes. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page) {
        // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
        page.evaluate(AXE);
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        return (List<String>) result;
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
