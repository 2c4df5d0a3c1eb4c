// Session uploads on the roster page: a file over the limit is refused here, before any of it is sent (the server
// would refuse it too, but only after the browser started sending a file of perhaps gigabytes); an accepted file is
// posted by the form itself, and the page says it is on its way, since a recording can take minutes.
document.querySelectorAll('form.js-live-upload').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[type=file]');
    var file = input && input.files && input.files[0];
    var old = form.querySelector('[data-too-large-alert]');
    if (old) { old.remove(); }
    if (file && input.dataset.maxBytes && file.size > Number(input.dataset.maxBytes)) {
      event.preventDefault();
      var alert = document.createElement('p');
      alert.className = 'alert error';
      alert.setAttribute('role', 'alert');
      alert.setAttribute('data-too-large-alert', '');
      alert.textContent = input.dataset.tooLarge;
      form.appendChild(alert);
      return;
    }
    var status = document.querySelector('[data-upload-status]');
    if (status) {
      status.textContent = status.dataset.uploading;
      status.hidden = false;
    }
    form.querySelectorAll('button[type=submit]').forEach(function (button) { button.disabled = true; });
  });
});
