// Session uploads on the roster page. A file over the limit is refused here, before any of it is sent (the server
// would refuse it too, but only after the browser sent a file of perhaps gigabytes). An accepted file is sent by a
// script so the page can show how much has gone: a <progress> bar, and a status line that screen readers announce
// every tenth. The server answers the script with where to go next (the roster, which shows the confirmation) or
// with the reason for a refusal, shown in the form. Without scripts the form posts itself as before.
(function () {
  var box = document.querySelector('[data-upload-progress]');
  var bar = box && box.querySelector('progress');
  var label = box && box.querySelector('label');
  var status = box && box.querySelector('[data-progress-text]');

  function alertIn(form, text, marker) {
    var alert = document.createElement('p');
    alert.className = 'alert error';
    alert.setAttribute('role', 'alert');
    alert.setAttribute(marker, '');
    alert.textContent = text;
    form.appendChild(alert);
  }

  function buttons(disabled) {
    document.querySelectorAll('form.js-live-upload button[type=submit]').forEach(function (button) {
      button.disabled = disabled;
    });
  }

  function show(percent) {
    bar.value = percent;
    var text = box.dataset.sent.replace('{0}', String(percent));
    if (percent === 100) {
      text = box.dataset.storing;
    }
    // Announce each tenth once, not every progress event: a screen reader would otherwise never stop talking.
    var tenth = Math.floor(percent / 10);
    if (status.dataset.tenth !== String(tenth)) {
      status.dataset.tenth = String(tenth);
      status.textContent = text;
    }
  }

  function refused(form, xhr) {
    var detail = null;
    try {
      detail = JSON.parse(xhr.responseText).detail;
    } catch (notJson) {
      detail = null;
    }
    box.hidden = true;
    buttons(false);
    alertIn(form, detail || box.dataset.failed, 'data-upload-alert');
  }

  // The roster answers with the roster (#files): a change of the fragment alone would not load the page again.
  function go(next) {
    var target = new URL(next, window.location.href);
    if (target.pathname === window.location.pathname && target.search === window.location.search) {
      window.location.hash = target.hash;
      window.location.reload();
    } else {
      window.location.assign(target.href);
    }
  }

  function send(form, file) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    var token = form.querySelector('input[name=csrfToken]');
    if (token) {
      xhr.setRequestHeader('X-CSRF-TOKEN', token.value);
    }
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        show(Math.min(100, Math.floor(event.loaded * 100 / event.total)));
      }
    });
    xhr.addEventListener('load', function () {
      var next = null;
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          next = JSON.parse(xhr.responseText).location;
        } catch (notJson) {
          next = null;
        }
      }
      if (next) {
        go(next);
      } else {
        refused(form, xhr);
      }
    });
    xhr.addEventListener('error', function () { refused(form, xhr); });
    xhr.addEventListener('abort', function () { refused(form, xhr); });
    label.textContent = box.dataset.label.replace('{0}', file.name);
    status.dataset.tenth = '';
    box.hidden = false;
    show(0);
    buttons(true);
    xhr.send(new FormData(form));
  }

  document.querySelectorAll('form.js-live-upload').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      var file = input && input.files && input.files[0];
      form.querySelectorAll('[data-too-large-alert], [data-upload-alert]').forEach(function (old) { old.remove(); });
      if (file && input.dataset.maxBytes && file.size > Number(input.dataset.maxBytes)) {
        event.preventDefault();
        alertIn(form, input.dataset.tooLarge, 'data-too-large-alert');
        return;
      }
      if (!file || !box || !window.FormData) {
        return;
      }
      event.preventDefault();
      send(form, file);
    });
  });
}());
