// Shows only the day field the chosen kind of rule uses, and leaves the other out of the post (disabled); without
// this script both show and the server says which one it left out.
(function () {
  var kind = document.getElementById('ruleKind');
  if (!kind) { return; }
  function show() {
    document.querySelectorAll('[data-rule-kind]').forEach(function (field) {
      var hidden = field.dataset.ruleKind !== kind.value;
      field.hidden = hidden;
      field.querySelectorAll('input').forEach(function (input) { input.disabled = hidden; });
    });
  }
  kind.addEventListener('change', show);
  show();
})();
