package com.tasksync.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * axe-core (npm, unchanged) run inside a page of the browser tests: the page's accessibility
 * violations of impact serious or critical, each as one line (rule, impact, what it is about, where).
 * axe-core is installed with npm into {@code target/axe} once per checkout.
 */
public final class Axe {

    private static String script;

    private Axe() {
    }

    /** The serious and critical violations on the page the browser shows now. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        browser.script(source());
        var result = browser.driver() instanceof org.openqa.selenium.JavascriptExecutor js
                ? js.executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        axe.run(document, {resultTypes: ['violations']})
                          .then(function (r) { done(r.violations.map(function (v) {
                            return {id: v.id, impact: v.impact, help: v.help,
                                    targets: v.nodes.map(function (n) { return n.target.join(' '); }).join(', ')};
                          })); })
                          .catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]); });
                        """)
                : List.of();
        var lines = new ArrayList<String>();
        for (var violation : (List<Map<String, Object>>) result) {
            var impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                lines.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " at "
                        + violation.get("targets"));
            }
        }
        return lines;
    }

    private static synchronized String source() {
        if (script == null) {
            try {
                script = Files.readString(install().resolve("node_modules/axe-core/axe.min.js"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return script;
    }

    private static Path install() throws IOException {
        var dir = Path.of("target", "axe").toAbsolutePath();
        Files.createDirectories(dir);
        try (InputStream in = Axe.class.getResourceAsStream("/axe/package.json")) {
            Files.copy(in, dir.resolve("package.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isRegularFile(dir.resolve("node_modules/axe-core/axe.min.js"))) {
            var process = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-package-lock")
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("npm-install.log").toFile()).start();
            try {
                if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException("npm install of axe-core failed: "
                            + Files.readString(dir.resolve("npm-install.log")));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return dir;
    }
}
