// Ordering questions (exam attempt and practice quiz): "Move up" and "Move down" buttons beside each step. A move
// puts every step's select to its place in the list, so what is posted is exactly what the select boxes (the page
// without JavaScript) would post; the form hears a "change" (the exam page saves on it).
(function () {
  const steps = document.getElementById('steps');
  if (!steps) return;
  const form = steps.closest('form');
  const renumber = () => steps.querySelectorAll('li.step').forEach((li, i) => {
    li.querySelector('select').value = li.dataset.step + '=' + (i + 1);
  });
  steps.querySelectorAll('li.step').forEach(li => {
    const bar = document.createElement('span');
    bar.className = 'step-moves';
    [['up', steps.dataset.up], ['down', steps.dataset.down]].forEach(([way, label]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary small move-' + way;
      button.textContent = label;
      button.setAttribute('aria-describedby', 'step-' + li.dataset.step);
      button.addEventListener('click', () => {
        const other = way === 'up' ? li.previousElementSibling : li.nextElementSibling;
        if (!other) return;
        if (way === 'up') steps.insertBefore(li, other); else steps.insertBefore(other, li);
        renumber();
        button.focus();
        form.dispatchEvent(new Event('change'));
      });
      bar.appendChild(button);
    });
    li.appendChild(bar);
  });
  // A position chosen in a select box moves the step there and renumbers the others, so the list always reads in
  // the order that is posted (with JavaScript an ordering answer is always complete).
  steps.addEventListener('change', event => {
    const li = event.target.closest('li.step');
    const value = event.target.value;
    if (!li || !value) return;
    const position = Number(value.split('=')[1]);
    const others = Array.from(steps.querySelectorAll('li.step')).filter(x => x !== li);
    steps.insertBefore(li, others[position - 1] || null);
    renumber();
  });
})();
