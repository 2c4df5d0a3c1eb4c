package io.partneracademy.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in the shared headless Chromium, JavaScript on: starts signed out, and after every page load or click
 * fails the test on a console error or uncaught page error, and runs axe-core once per page (WCAG 2.0-2.2 A/AA,
 * plus a single main heading and heading order).
 */
public final class RealBrowser {

    /** axe rules outside the WCAG tags that we hold ourselves to. */
    private static final Set<String> ALSO_CHECKED = Set.of("page-has-heading-one", "heading-order");
    private static final Set<String> WCAG_TAGS = Set.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /** axe-core ships WCAG 2.2's target-size rule switched off; we hold every page to it. */
    private static final com.deque.html.axecore.args.AxeRunOptions WITH_TARGET_SIZE = targetSizeOn();

    private final URI base;
    private final ChromeDriver driver;
    private final Set<String> checkedPages = new HashSet<>();
    /** axe-core is a script: with scripts off it cannot run (those pages are checked with scripts on elsewhere). */
    private boolean scriptsOn = true;

    public RealBrowser(URI base) {
        this.base = base;
        this.driver = Chromium.driver();
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", Chromium.downloads().toString()));
        driver.manage().window().setSize(new Dimension(1280, 900));
        scripts(true);
        driver.manage().logs().get(LogType.BROWSER);
        driver.get("about:blank");
    }

    /** Turns JavaScript off (or on again) for the pages that follow, as a person with scripts blocked has it. */
    public RealBrowser scripts(boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
        scriptsOn = on;
        return this;
    }

    /** Cuts the network (or brings it back), as a train entering a tunnel does; the page stays open. */
    public RealBrowser online(boolean on) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !on, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        return this;
    }

    /** Forgets the console errors so far, for a test that causes them on purpose (a cut network). */
    public List<String> drainConsole() {
        return consoleErrors();
    }

    /**
     * Saves the first page of a PDF the browser downloaded as {@code NAME.png} in the {@code pa.screenshots} folder,
     * drawn by PDFBox at 1.5 times its size; does nothing when the property is not set.
     */
    public static void screenshotPdf(String name, byte[] pdf) {
        String folder = System.getProperty("pa.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 1.5f);
            java.nio.file.Path target = java.nio.file.Path.of(folder).resolve(name + ".png");
            java.nio.file.Files.createDirectories(target.getParent());
            javax.imageio.ImageIO.write(image, "png", target.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Saves the whole page as {@code NAME.png} in the folder named by the system property {@code pa.screenshots}
     * (the README's screenshots come from the journeys this way); does nothing when the property is not set.
     */
    @SuppressWarnings("unchecked")
    public RealBrowser screenshot(String name) {
        String folder = System.getProperty("pa.screenshots");
        if (folder == null || folder.isBlank()) {
            return this;
        }
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(2400, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            java.nio.file.Path target = java.nio.file.Path.of(folder).resolve(name + ".png");
            java.nio.file.Files.createDirectories(target.getParent());
            java.nio.file.Files.write(target, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    /** The underlying driver, for what this class does not wrap. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the server, as typed into the address bar. */
    public RealBrowser open(String path) {
        driver.get(base.resolve(path).toString());
        return checked();
    }

    /**
     * Opens a page the person may not see, expecting the refusal page: the browser logs the 403 or 404 of the page
     * itself as a console error, which is the one error allowed here.
     */
    public RealBrowser openRefused(String path) {
        String url = base.resolve(path).toString();
        driver.get(url);
        List<String> errors = consoleErrors().stream()
                .filter(e -> !(e.startsWith(url + " - Failed to load resource") && (e.contains("403") || e.contains("404"))))
                .collect(Collectors.toList());
        assertThat(errors).as("console errors on %s", path()).isEmpty();
        return checkedAccessibility();
    }

    /** Signs in through the sign-in page and lands where the server sends the person. */
    public RealBrowser signIn(String email, String password) {
        open("/login");
        type("input[name=email]", email);
        type("input[name=password]", password);
        return clickButton("Sign in");
    }

    /** Types into the field found by a CSS selector, replacing what was there. */
    public RealBrowser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks the element found by a CSS selector and waits for the page it leads to. */
    public RealBrowser click(String css) {
        return clickAndWait(find(css));
    }

    /** Clicks something that changes the page in place (a checkbox, a disclosure) and checks the page. */
    public RealBrowser press(String css) {
        find(css).click();
        return checked();
    }

    /** Clicks the visible button (or submit input) whose text is exactly this. */
    public RealBrowser clickButton(String text) {
        return clickAndWait(visible(By.xpath("//button[normalize-space(.)=" + xpathString(text) + "] | //input[@type='submit' and @value="
                + xpathString(text) + "]")));
    }

    /**
     * Clicks the visible button whose text is exactly this, expecting the server to answer its form with an error page
     * of this status (a refused upload, say): the browser logs that status of the page itself as a console error,
     * which is the one error allowed here.
     */
    public RealBrowser clickButtonRefused(String text, int status) {
        WebElement html = driver.findElement(By.tagName("html"));
        visible(By.xpath("//button[normalize-space(.)=" + xpathString(text) + "]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isStale(html));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        List<String> errors = consoleErrors().stream()
                .filter(e -> !(e.contains("Failed to load resource") && e.contains(String.valueOf(status))))
                .collect(Collectors.toList());
        assertThat(errors).as("console errors on %s", path()).isEmpty();
        return checkedAccessibility();
    }

    /** Clicks the visible link whose text is exactly this. */
    public RealBrowser clickLink(String text) {
        return clickAndWait(visible(By.xpath("//a[normalize-space(.)=" + xpathString(text) + "]")));
    }

    /** The page's visible text. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The current URL's path and query. */
    public String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The first element matching a CSS selector; fails the test when there is none. */
    public WebElement find(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        assertThat(found).as("an element matching %s on %s", css, path()).isNotEmpty();
        return found.get(0);
    }

    /** All elements matching a CSS selector. */
    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits (up to 10 s) until the condition holds, then checks the page. */
    public <T> T waitFor(Function<ChromeDriver, T> condition) {
        T value = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.apply((ChromeDriver) d));
        checked();
        return value;
    }

    /** Waits (up to 10 s) until the condition holds, without looking at the console (a cut network fills it). */
    public <T> T waitQuietly(Function<ChromeDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.apply((ChromeDriver) d));
    }

    /**
     * Clicks a download link and waits for the browser to finish saving the file whose name ends with {@code suffix}
     * (empty for any); the download folder is emptied first, so the file is this click's.
     */
    public java.nio.file.Path download(String linkCss, String suffix) {
        try (java.util.stream.Stream<java.nio.file.Path> old = java.nio.file.Files.list(Chromium.downloads())) {
            for (java.nio.file.Path p : old.toList()) {
                java.nio.file.Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        find(linkCss).click();
        return waitFor(d -> {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(Chromium.downloads())) {
                return files.filter(p -> !p.toString().endsWith(".crdownload") && p.toString().endsWith(suffix))
                        .findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Fails on console errors and, once per page path and language, on accessibility violations. */
    public RealBrowser checked() {
        assertThat(consoleErrors()).as("console errors on %s", path()).isEmpty();
        return checkedAccessibility();
    }

    private List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    private RealBrowser checkedAccessibility() {
        // The same page in another language is checked again: other words, other lengths, another lang attribute.
        String page = URI.create(driver.getCurrentUrl()).getRawPath() + "@" + driver.manage().window().getSize().width
                + "@" + driver.findElement(By.tagName("html")).getAttribute("lang");
        if (scriptsOn && driver.getCurrentUrl().startsWith("http") && checkedPages.add(page)) {
            assertAccessible();
        }
        return this;
    }

    /**
     * Opens a path as typed into the address bar and answers what is wrong there instead of failing: the console's
     * errors, then axe-core's violations (for a test that looks at many pages and names every problem at once).
     */
    public List<String> problemsOpening(String path) {
        driver.get(base.resolve(path).toString());
        List<String> problems = new java.util.ArrayList<>();
        consoleErrors().forEach(e -> problems.add("console error: " + e));
        problems.addAll(accessibilityViolations());
        return problems;
    }

    /** axe-core's violations on the page shown (WCAG 2.0-2.2 A/AA, one main heading, heading order), one per rule. */
    private List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withOptions(WITH_TARGET_SIZE).analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran on %s: %s", path(), results.getErrorMessage()).isFalse();
        return results.getViolations().stream()
                .filter(RealBrowser::counts)
                .map(rule -> rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                        .map(n -> n.getHtml() + " — " + n.getFailureSummary()).collect(Collectors.joining("; ")))
                .collect(Collectors.toList());
    }

    private void assertAccessible() {
        List<String> violations = accessibilityViolations();
        if (Boolean.getBoolean("pa.axe.report-only")) {
            // for a developer fixing many pages at once: list every violation of the run in one file instead of stopping
            appendReport(path(), violations);
            return;
        }
        assertThat(violations).as("accessibility violations on %s", path()).isEmpty();
    }

    private static void appendReport(String page, List<String> violations) {
        if (violations.isEmpty()) {
            return;
        }
        try {
            java.nio.file.Files.writeString(ProjectDir.get().resolve("app/target/axe-report.txt"),
                    page + "\n  " + String.join("\n  ", violations) + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static com.deque.html.axecore.args.AxeRunOptions targetSizeOn() {
        com.deque.html.axecore.args.AxeRuleOptions on = new com.deque.html.axecore.args.AxeRuleOptions();
        on.setEnabled(true);
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setRules(Map.of("target-size", on));
        // Only violations are read: the other result types keep one example node each instead of every node checked,
        // which on a long page (the library) saves most of the time spent sending and parsing the results.
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static boolean counts(Rule rule) {
        return ALSO_CHECKED.contains(rule.getId()) || rule.getTags().stream().anyMatch(WCAG_TAGS::contains);
    }

    private RealBrowser clickAndWait(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> isStale(html));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return checked();
    }

    private WebElement visible(By by) {
        List<WebElement> found = driver.findElements(by).stream().filter(WebElement::isDisplayed).collect(Collectors.toList());
        assertThat(found).as("a visible %s on %s", by, path()).isNotEmpty();
        return found.get(0);
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            // stale, or (mid-navigation) "Node with given id does not belong to the document"
            return true;
        }
    }

    private static String xpathString(String s) {
        return s.contains("'") ? "concat('" + s.replace("'", "',\"'\",'") + "')" : "'" + s + "'";
    }

    /**
     * After a module's last lesson the course leads to the module's practice quiz; a journey that leaves the quiz for
     * later follows its "Skip for now" link to the next module's first lesson. True when that landed on a lesson still
     * to complete.
     */
    public boolean leaveQuizForLater() {
        if (!path().contains("/quizzes/")) {
            return false;
        }
        click("#skip");
        return !all("button#complete").isEmpty();
    }
}
