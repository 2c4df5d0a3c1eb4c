// Live preview for the lesson editor: the server renders with the learners' renderer and sanitizer.
(function () {
  const form = document.getElementById('lesson-form');
  const source = document.getElementById('markdown');
  const target = document.getElementById('preview');
  if (!form || !source || !target) return;
  const token = form.querySelector('input[name=csrfToken]').value;
  let timer = null;
  source.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(async function () {
      const body = new URLSearchParams({ markdown: source.value });
      const response = await fetch(form.dataset.previewUrl, {
        method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'X-CSRF-TOKEN': token, 'Accept': 'text/html' }
      });
      if (response.ok) target.innerHTML = await response.text();
    }, 300);
  });
})();
