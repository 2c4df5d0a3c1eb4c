package io.partneracademy.support;

import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A person clicking around the site from the home page: follows same-site links and submits GET forms with the values
 * they show, over HTTP, grouping what it reaches by the kind of page (see {@link #route}) and opening only a few pages
 * of each kind. Used by the test that every link leads to a page and by the one that every kind of page is accessible.
 */
public final class SiteCrawl {

    /** Marks a form's answer: a form sent with an empty field may be refused with 422 and the field named. */
    private static final String FORM = " (its form)";
    /** Links that end the session or leave on purpose are not followed. */
    private static final Pattern NOT_FOLLOWED = Pattern.compile("^/(logout|sign-out)\\b");

    /** The GET routes the router knows: what a link is grouped by. */
    private final List<UriRouteInfo<?, ?>> pageRoutes;
    private final int visitsPerRoute;
    private final int wordsPerVariable;
    private final boolean eachParameterOnce;
    private final Map<String, Set<String>> valuesShown = new HashMap<>();

    /**
     * A crawl that opens at most {@code visitsPerRoute} pages of each kind; a path variable keeps its value while it
     * has shown at most {@code wordsPerVariable} values. Each set of query parameter names is a kind of its own.
     */
    public SiteCrawl(Router router, int visitsPerRoute, int wordsPerVariable) {
        this(router, visitsPerRoute, wordsPerVariable, false);
    }

    private SiteCrawl(Router router, int visitsPerRoute, int wordsPerVariable, boolean eachParameterOnce) {
        this.pageRoutes = router.uriRoutes().filter(r -> r.getHttpMethod() == HttpMethod.GET).toList();
        this.visitsPerRoute = visitsPerRoute;
        this.wordsPerVariable = wordsPerVariable;
        this.eachParameterOnce = eachParameterOnce;
    }

    /**
     * A crawl that opens one page of each route, whatever its ids, and a page with a query parameter only while that
     * parameter is new on the route: the library's filters are each opened once, not in every combination.
     */
    public static SiteCrawl onePagePerRoute(Router router) {
        return new SiteCrawl(router, 1, 0, true);
    }

    /** A page the crawl opened: the link, where it was shown, and the answer after redirects. */
    public record Reached(String link, String from, Browser.Page page) {

        /** Whether the answer is a page: 200, or 422 for a form sent with a field left empty. */
        public boolean isPage() {
            return page.status() == 200 || from.endsWith(FORM) && page.status() == 422;
        }

        /** Whether the answer is an HTML page (not a download, a feed or an image). */
        public boolean isHtml() {
            return page.contentType().startsWith("text/html");
        }
    }

    /** What a page reached is checked for; answers the problems found, each naming the link. */
    @FunctionalInterface
    public interface Check {
        List<String> problems(Reached reached);
    }

    /** What the crawl found: how many pages it opened, the links it had no budget left for, and the problems. */
    public record Result(int pages, List<String> notFollowed, List<String> problems) {
    }

    /**
     * Crawls from the home page and the directory as this browser's person (a visitor when {@code visitor}), opening
     * at most {@code maxPages} pages; every page opened is given to {@code check}, and links are taken from those
     * that answer an HTML page.
     */
    public Result crawl(Browser browser, boolean visitor, int maxPages, Check check) {
        valuesShown.clear();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> visitsOfKind = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {"/", "signing in"});
        queue.add(new String[] {"/directory", "the address typed"});
        int pages = 0;
        while (!queue.isEmpty() && pages < maxPages) {
            String[] next = queue.poll();
            String link = next[0];
            if (!seen.add(link) || NOT_FOLLOWED.matcher(link).find() || !newKind(kinds(link), visitsOfKind)) {
                continue;
            }
            pages++;
            Reached reached = new Reached(link, next[1], follow(browser, link, visitor));
            problems.addAll(check.problems(reached));
            if (!reached.isPage() || !reached.isHtml()) {
                continue;
            }
            queue.addAll(linksOn(link, reached.page().html()));
        }
        return new Result(pages, queue.stream().map(l -> l[0]).toList(), problems);
    }

    /** Counts a visit of each kind; true while one of them has visits left. */
    private boolean newKind(List<String> kinds, Map<String, Integer> visitsOfKind) {
        boolean visitsLeft = false;
        for (String kind : kinds) {
            visitsLeft |= visitsOfKind.merge(kind, 1, Integer::sum) <= visitsPerRoute;
        }
        return visitsLeft;
    }

    /**
     * The kinds of page a link is (see {@link #route}): one, or for a crawl that opens each parameter once, the route
     * and the route with each of the link's parameter names.
     */
    public List<String> kinds(String link) {
        String route = route(link);
        if (!eachParameterOnce) {
            return List.of(route);
        }
        String path = route.substring(0, route.indexOf('?'));
        List<String> kinds = new ArrayList<>();
        kinds.add(path + "?");
        for (String name : route.substring(route.indexOf('?') + 1).split(",")) {
            if (!name.isEmpty()) {
                kinds.add(path + "?" + name);
            }
        }
        return kinds;
    }

    /** The links and GET forms (as sent with the values shown) of a page, each with the page as where it was shown. */
    private static List<String[]> linksOn(String link, Document html) {
        List<String[]> links = new ArrayList<>();
        for (Element a : html.select("a[href]")) {
            String target = sameSite(link, a.attr("href"));
            if (target != null) {
                links.add(new String[] {target, link});
            }
        }
        for (Element form : html.select("form")) {
            if (!form.attr("method").isEmpty() && !form.attr("method").equalsIgnoreCase("get")) {
                continue;
            }
            String action = sameSite(link, form.attr("action").isEmpty() ? link : form.attr("action"));
            if (action != null && !needsTyping(form)) {
                links.add(new String[] {action.replaceFirst("\\?.*", "") + query(form), link + FORM});
            }
        }
        return links;
    }

    /**
     * GET, following redirects within the site; a signed-in person sent to the sign-in page is a problem (the 303 is
     * kept), a visitor is sent there by every page that needs an account.
     */
    private static Browser.Page follow(Browser browser, String link, boolean visitor) {
        Browser.Page page = browser.navigate(link);
        for (int hops = 0; hops < 5 && page.status() / 100 == 3 && page.location() != null; hops++) {
            String target = sameSite(link, page.location());
            if (target == null || target.startsWith("/login") && !visitor) {
                return page;
            }
            page = browser.navigate(target);
        }
        return page;
    }

    /** The path and query of a link on this site, or null for other sites, mail, scripts and in-page anchors. */
    private static String sameSite(String from, String href) {
        if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("javascript:")
                || href.startsWith("data:") || href.startsWith("webcal:")) {
            return null;
        }
        URI resolved = URI.create("http://site" + from).resolve(href.replace(" ", "%20"));
        if (!"site".equals(resolved.getHost())) {
            return null;
        }
        String path = resolved.getRawPath().isEmpty() ? "/" : resolved.getRawPath();
        return resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery();
    }

    /** Whether the browser would refuse to send the form as shown: a required field is empty. */
    private static boolean needsTyping(Element form) {
        return form.select("input[required], textarea[required]").stream()
                .anyMatch(field -> (field.tagName().equals("textarea") ? field.text() : field.attr("value")).isBlank());
    }

    /** A GET form submitted as shown: text fields, selected options and checked boxes with their values. */
    private static String query(Element form) {
        StringBuilder q = new StringBuilder();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String type = field.attr("type");
            String value;
            if (field.tagName().equals("select")) {
                Element option = field.selectFirst("option[selected]");
                option = option == null ? field.selectFirst("option") : option;
                value = option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text();
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (!field.hasAttr("checked")) {
                    continue;
                }
                value = field.hasAttr("value") ? field.attr("value") : "on";
            } else if (type.equals("submit") || type.equals("button") || type.equals("file")) {
                continue;
            } else {
                value = field.tagName().equals("textarea") ? field.text() : field.attr("value");
            }
            q.append(q.isEmpty() ? "?" : "&").append(encode(field.attr("name"))).append('=').append(encode(value));
        }
        return q.toString();
    }

    /**
     * The kind of page a link opens: the router's route ({@code /live/{id}}; the most specific when several match) with
     * the names of its query parameters (their values never count). A path variable keeps its value while the variable
     * has shown at most {@code wordsPerVariable} values (a question kind, an exam), and counts as one beyond (a
     * question, a person); a file (a style sheet, an image) is its own kind.
     */
    public String route(String link) {
        String[] parts = link.split("\\?", 2);
        String path = pageRoutes.stream().map(r -> r.match(parts[0]).orElse(null)).filter(Objects::nonNull)
                .min(Comparator.comparingInt(m -> m.getVariableValues().size()))
                .map(m -> {
                    String template = m.getRouteInfo().getUriMatchTemplate().toPathString();
                    for (Map.Entry<String, Object> variable : new TreeMap<>(m.getVariableValues()).entrySet()) {
                        Set<String> shown = valuesShown.computeIfAbsent(template + " " + variable.getKey(),
                                k -> new HashSet<>());
                        String value = String.valueOf(variable.getValue());
                        if (shown.contains(value) || shown.size() < wordsPerVariable) {
                            shown.add(value);
                            template = template.replace("{" + variable.getKey() + "}", value);
                        }
                    }
                    return template;
                })
                .orElse(parts[0]);
        Set<String> names = new TreeSet<>();
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return path + "?" + String.join(",", names);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
