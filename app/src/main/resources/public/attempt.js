// Exam page: saves each answer as it is given (retrying until the server has it) and shows the server's remaining
// time (re-synced), with warnings at 5 and 1 minutes that screen readers announce.
(function () {
  const root = document.querySelector('.attempt');
  if (!root) return;
  const attemptId = root.dataset.attempt;
  const form = document.getElementById('answer-form');
  const status = document.getElementById('save-status');
  const clock = document.getElementById('countdown');
  const warning = document.getElementById('time-warning');
  let deadline = Date.now() + Number(root.dataset.remaining) * 1000;
  let warned = Number(root.dataset.remaining) <= 60 ? 1 : (Number(root.dataset.remaining) <= 300 ? 5 : 0);
  if (warned) warn(warned === 1 ? warning.dataset.warn1 : warning.dataset.warn5);

  function warn(text) {
    warning.hidden = false;
    warning.textContent = text;
  }

  function show() {
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    clock.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
    if (left <= 60 && warned !== 1) { warned = 1; warn(warning.dataset.warn1); }
    else if (left <= 300 && left > 60 && warned === 0) { warned = 5; warn(warning.dataset.warn5); }
    if (left === 0) window.location.href = '/attempts/' + attemptId + '/result';
  }

  async function sync() {
    let response;
    try {
      response = await fetch('/attempts/' + attemptId + '/status', { headers: { 'Accept': 'application/json' } });
    } catch (offline) {
      return;
    }
    if (!response.ok) return;
    const s = await response.json();
    if (!s.open) { window.location.href = '/attempts/' + attemptId + '/result'; return; }
    deadline = Date.now() + s.remainingSeconds * 1000;
  }

  setInterval(show, 1000);
  setInterval(sync, 30000);
  show();
  if (!form) return;

  const token = form.querySelector('input[name=csrfToken]').value;
  let retry = null;
  let failures = 0;

  // Sends the form as it is now; a later change or retry always carries the latest answer. One save at a time: a
  // change made while a save is on its way is sent after it, so an older answer can never arrive last.
  let sending = false;
  let changedMeanwhile = false;
  async function save() {
    if (sending) {
      changedMeanwhile = true;
      return;
    }
    sending = true;
    try {
      await send();
    } finally {
      sending = false;
    }
    if (changedMeanwhile) {
      changedMeanwhile = false;
      save();
    }
  }

  async function send() {
    clearTimeout(retry);
    const body = new URLSearchParams(new FormData(form));
    body.delete('csrfToken');
    body.set('go', 'stay');
    status.textContent = form.dataset.saving;
    let response = null;
    try {
      response = await fetch(form.action, {
        method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'X-CSRF-TOKEN': token, 'Accept': 'application/json' }
      });
    } catch (offline) {
      response = null;
    }
    if (response && response.ok) {
      failures = 0;
      status.textContent = form.dataset.saved;
    } else if (response && response.status === 409) {
      window.location.href = '/attempts/' + attemptId + '/result?closed=late';
    } else if (response && response.status >= 400 && response.status < 500 && response.status !== 429) {
      const problem = await response.json().catch(() => ({}));
      status.textContent = problem.detail || problem.title || form.dataset.retrying;
    } else {
      failures++;
      status.textContent = form.dataset.retrying;
      retry = setTimeout(save, Math.min(30000, 1000 * Math.pow(2, failures - 1)));
    }
  }

  form.addEventListener('change', save);

  // Short text: also saved while typing, a moment after the last key.
  const text = document.getElementById('text-answer');
  let typing = null;
  if (text) {
    text.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(save, 800); });
  }
})();
