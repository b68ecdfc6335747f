package com.tasksync.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for all the tests of a class, started before the first and closed after the
 * last: {@code @RegisterExtension static final BrowserPerClass browser = new BrowserPerClass();}.
 */
public final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    public Browser get() {
        return browser;
    }
}
