// Sends a lab artifact with the CSRF token in a header (a multipart body is streamed to disk by the server,
// so the token cannot ride in the form fields), then follows the server to the task page or shows its refusal.
document.querySelectorAll('form.lab-upload').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var error = form.querySelector('[data-upload-error]');
    var button = form.querySelector('button[type=submit]');
    error.hidden = true;
    button.disabled = true;
    fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      credentials: 'same-origin',
      headers: {'X-CSRF-TOKEN': form.dataset.csrf, 'Accept': 'application/json'}
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.ok && body.location) {
          window.location.assign(body.location);
          return;
        }
        error.textContent = body.detail || body.title || ('HTTP ' + response.status);
        error.hidden = false;
        button.disabled = false;
      });
    }).catch(function () {
      error.textContent = form.dataset.networkError || 'The upload did not reach the server.';
      error.hidden = false;
      button.disabled = false;
    });
  });
});
