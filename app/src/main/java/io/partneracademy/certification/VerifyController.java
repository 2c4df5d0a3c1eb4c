package io.partneracademy.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.partneracademy.web.ErrorPages;
import io.partneracademy.web.Views;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public verification of a credential, as a page (what the QR code opens), as JSON (Accept:
 * application/json) or as the signed credential itself (Accept: application/ld+json, application/vc or
 * application/vc+ld+json: the verify URL is the credential's id; ADR 0022), and the status lists badges point to
 * (each with its own, generous rate limit). No sign-in; rate-limited per client address.
 */
@Controller("/verify")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class VerifyController {

    static final String VIEW = "certification/verify";
    static final String FORM_VIEW = "certification/verify-form";
    static final String PDF_VIEW = "certification/verify-pdf";
    /** Verifiers may cache a list for five minutes; a revocation shows on the verify page at once regardless. */
    static final String LIST_CACHE = "public, max-age=300";
    static final MediaType VC_JSON = MediaType.of("application/vc+ld+json");
    /** The media types a verifier asks for when it wants the credential, in the order we prefer to answer. */
    static final List<String> CREDENTIAL_TYPES = List.of("application/ld+json", "application/vc+ld+json", "application/vc");

    private final Certifications certifications;
    private final Revocations revocations;
    private final StatusList statusList;
    private final PdfVerification pdfVerification;
    private final VerifyRateLimit rateLimit;
    private final ErrorPages errors;
    private final HttpClientAddressResolver addresses;
    private final Badges badges;
    private final CertificationSettings settings;
    private final LocaleResolver<HttpRequest<?>> locales;

    VerifyController(Certifications certifications, Revocations revocations, StatusList statusList,
                     PdfVerification pdfVerification, VerifyRateLimit rateLimit, ErrorPages errors,
                     HttpClientAddressResolver addresses, Badges badges, CertificationSettings settings,
                     LocaleResolver<HttpRequest<?>> locales) {
        this.locales = locales;
        this.certifications = certifications;
        this.revocations = revocations;
        this.statusList = statusList;
        this.pdfVerification = pdfVerification;
        this.rateLimit = rateLimit;
        this.errors = errors;
        this.addresses = addresses;
        this.badges = badges;
        this.settings = settings;
    }

    /** A form to type a credential id from a paper certificate. */
    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> form(@Nullable @QueryValue String id) {
        if (id != null && !id.isBlank()) {
            return Views.seeOther("/verify/" + URLEncoder.encode(id.trim(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return Views.render(HttpStatus.OK, FORM_VIEW, Map.of());
    }

    /** A form to drop a certificate PDF and learn whether it is genuine. */
    @Get("/pdf")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> pdfForm() {
        return Views.render(HttpStatus.OK, PDF_VIEW, new HashMap<>());
    }

    /** Checks an uploaded certificate PDF against the file we issued; rate-limited like the verify page. */
    @Post(value = "/pdf", consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> checkPdf(@Nullable @Part("file") CompletedFileUpload file, HttpRequest<?> request) throws IOException {
        Duration wait = rateLimit.acquire(client(request));
        if (!wait.isZero()) {
            return limited(request, wait);
        }
        Map<String, Object> model = new HashMap<>();
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            model.put("missing", true);
            return Views.render(HttpStatus.UNPROCESSABLE_ENTITY, PDF_VIEW, model);
        }
        PdfVerification.Result result = pdfVerification.check(file.getBytes(), locales.resolveOrDefault(request));
        model.put("result", result);
        if (result.verified() != null) {
            model.put("v", result.verified().verification());
            model.put("certification", result.verified().certification());
        }
        return Views.render(HttpStatus.OK, PDF_VIEW, model);
    }

    /** The 1EdTech Revocation List that badges issued before the Bitstring Status List point to. */
    @Get("/revocations")
    // Listed as also producing HTML only so that a browser's Accept (HTML first) still routes here and not to
    // /verify/{id}; the answer is always JSON.
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    HttpResponse<?> revocations(HttpRequest<?> request) {
        Duration wait = rateLimit.acquireList(client(request));
        if (!wait.isZero()) {
            return limited(request, wait);
        }
        // JSON whatever the Accept header says: a browser opening the URL gets the list, not the verify page's 404
        return HttpResponse.ok(revocations.list()).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, LIST_CACHE);
    }

    /** The signed Bitstring Status List credential badges point to; conditional requests get 304. */
    @Get(StatusList.PATH_IN_VERIFY)
    HttpResponse<?> statusList(HttpRequest<?> request) {
        Duration wait = rateLimit.acquireList(client(request));
        if (!wait.isZero()) {
            return limited(request, wait);
        }
        StatusList.Published list = statusList.current();
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && java.util.Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim).anyMatch(tag -> tag.equals(list.etag()) || tag.equals("*"))) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, list.etag())
                    .header(HttpHeaders.CACHE_CONTROL, LIST_CACHE);
        }
        return HttpResponse.ok(list.body()).contentType(VC_JSON)
                .header(HttpHeaders.ETAG, list.etag()).header(HttpHeaders.CACHE_CONTROL, LIST_CACHE);
    }

    @Get("/{id}")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, "application/ld+json", "application/vc+ld+json", "application/vc"})
    HttpResponse<?> verify(@PathVariable String id, HttpRequest<?> request) {
        Duration wait = rateLimit.acquire(client(request));
        if (!wait.isZero()) {
            return limited(request, wait);
        }
        Optional<String> credentialType = credentialType(request);
        if (credentialType.isPresent()) {
            if (!settings.serveCredentialAtVerifyUrl()) {
                return errors.render(request, HttpStatus.NOT_ACCEPTABLE, "verify.credential-not-served")
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            }
            return HttpResponse.ok(badges.badge(certifications.byCredentialId(id)))
                    .contentType(MediaType.of(credentialType.get())).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        if (ErrorPages.wantsJson(request)) {
            // The JSON answer (docs/schemas/verify-response.schema.json) names the certification as it was issued.
            return HttpResponse.ok(certifications.verify(id)).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        Map<String, Object> model = new HashMap<>();
        CertificationViews.Verified verified = certifications.verify(id, locales.resolveOrDefault(request));
        model.put("v", verified.verification());
        model.put("certification", verified.certification());
        return Views.render(HttpStatus.OK, VIEW, model).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    /** The credential media type the Accept header names, if any (one naming text/html wants the page). */
    static Optional<String> credentialType(HttpRequest<?> request) {
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.contains("text/html")) {
            return Optional.empty();
        }
        List<String> asked = java.util.Arrays.stream(accept.split(","))
                .map(range -> range.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT)).toList();
        return CREDENTIAL_TYPES.stream().filter(asked::contains).findFirst();
    }

    private HttpResponse<?> limited(HttpRequest<?> request, Duration wait) {
        return errors.render(request, HttpStatus.TOO_MANY_REQUESTS, "verify.rate-limited", wait.toSeconds())
                .header("Retry-After", String.valueOf(wait.toSeconds()));
    }

    /** The client's address as the configured trusted proxies report it, so a proxy is not one shared client. */
    private String client(HttpRequest<?> request) {
        return addresses.resolve(request);
    }
}
