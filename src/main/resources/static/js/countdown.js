// Ticks the time left to ship every 30 seconds, in the page's words ("{d} d {h} h {m} min"), "overdue" once past.
(function () {
  const words = document.getElementById('countdown-script')?.dataset.left ?? '{d} d {h} h {m} min';
  const tick = () => document.querySelectorAll('[data-countdown]').forEach((el) => {
    const left = Date.parse(el.dataset.deadline) - Date.now();
    if (Number.isNaN(left)) return;
    if (left <= 0) {
      el.textContent = el.dataset.overdue;
      el.classList.add('text-danger', 'fw-semibold');
      return;
    }
    const minutes = Math.floor(left / 60000);
    el.textContent = words.replace('{d}', Math.floor(minutes / 1440))
      .replace('{h}', Math.floor(minutes / 60) % 24).replace('{m}', minutes % 60);
  });
  tick();
  setInterval(tick, 30000);
})();
