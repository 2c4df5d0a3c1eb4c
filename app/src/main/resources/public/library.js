// Library upload: a multipart form cannot carry the CSRF token where the server reads form fields, so the
// form is sent by script with the token in the X-CSRF-TOKEN header (as the exam page's saves are).
(function () {
  const form = document.querySelector('form.js-upload');
  if (!form) return;
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    const token = form.querySelector('input[name=csrfToken]').value;
    const response = await fetch(form.action, {
      method: 'POST', body: new FormData(form), credentials: 'same-origin',
      headers: { 'X-CSRF-TOKEN': token, 'Accept': 'text/html' }
    });
    if (response.redirected) {
      window.location.href = response.url;
      return;
    }
    const html = await response.text();
    document.open();
    document.write(html);
    document.close();
  });
})();
