package io.partneracademy.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What the run command starts: the shipped catalog, exams and library imported at start-up and the demo partners,
 * people and certification history, for tests that look at the site the way a new user first sees it.
 */
public final class DemoSite {

    /** Every demo account's password (see the README). */
    public static final String PASSWORD = "partner-academy-demo";

    private final Map<String, String> properties;

    private DemoSite(Map<String, String> properties) {
        this.properties = properties;
    }

    /** The test's database properties plus demo data and the start-up import of the shipped files. */
    public static DemoSite on(Map<String, String> databaseTestProperties) {
        Map<String, String> p = new HashMap<>(databaseTestProperties);
        p.put("partneracademy.demo-data.enabled", "true");
        p.put("partneracademy.content.import-on-startup", "true");
        p.put("partneracademy.content.dir", ProjectDir.get().resolve("content").toString());
        p.put("partneracademy.content.exams-dir", ProjectDir.get().resolve("exams").toString());
        return new DemoSite(p);
    }

    public Map<String, String> properties() {
        return properties;
    }

    /** Waits (at most a minute) for the start-up import and the demo history, which run in the background. */
    public void awaitLoaded() {
        long until = System.currentTimeMillis() + 60_000;
        while (query("SELECT COUNT(*) FROM certification").equals("0") || query("SELECT COUNT(*) FROM resource").equals("0")
                || query("SELECT COUNT(*) FROM exam").equals("0")) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the demo data was not loaded within a minute");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The first column of the first row of a query on the test's database, or "0" when there is none. */
    public String query(String sql) {
        try (Connection c = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "0";
        } catch (SQLException e) {
            throw new IllegalStateException("'" + sql + "' failed: " + e.getMessage(), e);
        }
    }
}
