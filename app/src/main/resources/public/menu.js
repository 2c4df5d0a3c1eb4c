// On a phone the main menu folds behind a Menu button; without scripts it simply stays open.
(function () {
  const nav = document.querySelector('.main-nav');
  if (!nav) return;
  const button = nav.querySelector('.menu-toggle');
  button.hidden = false;
  nav.classList.add('foldable');
  button.addEventListener('click', function () {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
})();
