package io.partneracademy.support;

import org.junit.jupiter.api.BeforeAll;

import java.util.Map;

/** Base for tests that look at the site the run command starts (see {@link DemoSite}), loaded before the first test. */
public abstract class DemoSiteTest extends DatabaseTest {

    protected DemoSite site;

    @Override
    public Map<String, String> getProperties() {
        site = DemoSite.on(super.getProperties());
        return site.properties();
    }

    @BeforeAll
    protected void demoSiteLoaded() {
        site.awaitLoaded();
    }
}
