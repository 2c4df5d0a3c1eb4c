// The API explorer: Swagger UI (from its webjar) reading our OpenAPI document. A separate file, not an inline
// script, so the page keeps our Content-Security-Policy (script-src 'self').
window.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('swagger-ui');
    window.ui = SwaggerUIBundle({
        url: root.getAttribute('data-spec'),
        dom_id: '#swagger-ui',
        deepLinking: false,
        validatorUrl: null
    });
});
