package io.partneracademy.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Small helpers for controllers: render a view with a status, redirect after a good POST. */
public final class Views {

    private Views() {
    }

    /** The view with the given status (422 for a form with errors, 429 for throttling). */
    public static MutableHttpResponse<?> render(HttpStatus status, String view, Map<String, Object> model) {
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(view, new HashMap<>(model)));
    }

    /** 303 See Other, the answer to a successful form post. */
    public static MutableHttpResponse<?> seeOther(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }

    /**
     * The answer to a form a page's script sent (an upload with a progress bar): 200 with {@code {"location": …}}
     * for the script to go to, and the confirmation that page shows once, as {@link #seeOther(String, Flash)} does
     * for the form posted without scripts.
     */
    public static MutableHttpResponse<?> next(String location, Flash flash) {
        return HttpResponse.ok(Map.of("location", location)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .cookie(flash.cookie());
    }

    /** 303 See Other with a confirmation the next page shows once. */
    public static MutableHttpResponse<?> seeOther(String location, Flash flash) {
        return HttpResponse.seeOther(URI.create(location)).cookie(flash.cookie());
    }
}
