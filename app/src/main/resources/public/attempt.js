// Exam page: saves each answer as it is given and shows the server's remaining time (re-synced).
(function () {
  const root = document.querySelector('.attempt');
  const form = document.getElementById('answer-form');
  if (!root || !form) return;
  const attemptId = root.dataset.attempt;
  const token = form.querySelector('input[name=csrfToken]').value;
  const status = document.getElementById('save-status');
  const clock = document.getElementById('countdown');
  let deadline = Date.now() + Number(root.dataset.remaining) * 1000;

  function show() {
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left === 0) window.location.href = '/attempts/' + attemptId + '/result';
  }

  async function sync() {
    const response = await fetch('/attempts/' + attemptId + '/status', { headers: { 'Accept': 'application/json' } });
    if (!response.ok) return;
    const s = await response.json();
    if (!s.open) { window.location.href = '/attempts/' + attemptId + '/result'; return; }
    deadline = Date.now() + s.remainingSeconds * 1000;
  }

  async function save() {
    const body = new URLSearchParams(new FormData(form));
    body.delete('csrfToken');
    body.set('go', 'stay');
    status.textContent = form.dataset.saving || 'Saving…';
    const response = await fetch(form.action, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'X-CSRF-TOKEN': token, 'Accept': 'application/json' }
    });
    if (response.ok) {
      status.textContent = 'Saved';
    } else if (response.status === 409) {
      window.location.href = '/attempts/' + attemptId + '/result?closed=late';
    } else {
      status.textContent = 'Not saved: check your connection. Your answer is still selected.';
    }
  }

  form.addEventListener('change', save);
  const submitForm = document.querySelector('.submit-form');
  if (submitForm) {
    submitForm.addEventListener('submit', async function (event) {
      event.preventDefault();
      const response = await fetch('/attempts/' + attemptId + '/status', { headers: { 'Accept': 'application/json' } });
      const s = response.ok ? await response.json() : null;
      if (!s || s.answered >= s.total || window.confirm((s.total - s.answered) + ' of ' + s.total
          + ' questions are unanswered. Submit anyway?')) {
        HTMLFormElement.prototype.submit.call(submitForm);
      }
    });
  }
  setInterval(show, 1000);
  setInterval(sync, 30000);
  show();
})();
