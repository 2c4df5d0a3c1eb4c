// Copies a chosen CSV file into the form's text area, so the form posts as plain text with its CSRF token.
document.querySelectorAll('input[type=file][data-fills]').forEach(function (input) {
  input.addEventListener('change', function () {
    var target = document.getElementById(input.dataset.fills);
    var file = input.files && input.files[0];
    if (!target || !file) { return; }
    file.text().then(function (text) { target.value = text; });
  });
});
