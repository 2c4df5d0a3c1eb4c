package io.partneracademy.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ViewsRenderer;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.StringWriter;
import java.util.Map;

/**
 * Renders the home page once on a background thread while the rest of the server starts, so the first
 * visitor does not pay for initialising Thymeleaf and its expression and escaping tables (about 0.5 s).
 */
@Context
@Requires(property = "partneracademy.template-warmup.enabled", notEquals = "false")
class TemplateWarmup {

    /** The home page's view (home.HomeController renders it; web cannot depend on the features above it). */
    private static final String HOME_VIEW = "home/index";
    private static final Logger LOG = LoggerFactory.getLogger(TemplateWarmup.class);

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    TemplateWarmup(ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    @PostConstruct
    void start() {
        Thread thread = new Thread(this::render, "template-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private void render() {
        try {
            renderer.render(HOME_VIEW, Map.of("signedIn", false), HttpRequest.GET("/"))
                    .writeTo(new StringWriter());
        } catch (Exception e) {
            LOG.debug("Template warm-up failed; the first request will initialise Thymeleaf instead", e);
        }
    }
}
