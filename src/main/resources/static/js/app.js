// A busy bar while anything waits: an htmx request, a form post, a download opened from a link.
(function () {
  let pending = 0;
  const update = () => document.body.classList.toggle('busy', pending > 0);
  document.addEventListener('htmx:beforeRequest', () => { pending++; update(); });
  document.addEventListener('htmx:afterRequest', () => { pending = Math.max(0, pending - 1); update(); });
  document.addEventListener('submit', (event) => {
    const ask = event.target.dataset.confirm;
    if (ask && !window.confirm(ask)) { event.preventDefault(); return; }
    if (event.defaultPrevented) return;
    const form = event.target;
    form.querySelectorAll('button[type=submit]').forEach((b) => b.setAttribute('aria-busy', 'true'));
    document.body.classList.add('busy');
    // a download answers without leaving the page: the bar goes once the page is back in focus
    setTimeout(() => document.body.classList.remove('busy'), 15000);
  });
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-download]');
    if (link) { document.body.classList.add('busy'); setTimeout(() => document.body.classList.remove('busy'), 4000); }
  });
  window.addEventListener('pageshow', () => { pending = 0; update(); });
})();
