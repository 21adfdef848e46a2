// Shows each <time datetime> in the reader's own time zone, in the server's format (2026-12-03 14:00 GMT+8).
// Without scripts the reader keeps the server's rendering, which names its offset too.
(function () {
  function pad(n) {
    return String(n).padStart(2, '0');
  }

  function zone(date) {
    var minutes = -date.getTimezoneOffset();
    if (minutes === 0) {
      return 'GMT';
    }
    var abs = Math.abs(minutes);
    return 'GMT' + (minutes > 0 ? '+' : '-') + Math.floor(abs / 60) + (abs % 60 ? ':' + pad(abs % 60) : '');
  }

  function localize(root) {
    root.querySelectorAll('time[datetime]').forEach(function (time) {
      var date = new Date(time.dateTime);
      if (isNaN(date.getTime())) {
        return;
      }
      time.textContent = date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + ' '
        + pad(date.getHours()) + ':' + pad(date.getMinutes()) + ' ' + zone(date);
    });
  }

  document.addEventListener('DOMContentLoaded', function () { localize(document); });
  document.addEventListener('htmx:afterSwap', function (event) { localize(event.target); });
})();
// The server draws day-by-day charts in the reader's zone: it reads it from this cookie.
try {
  document.cookie = 'tz=' + encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone) + '; path=/; max-age=31536000; samesite=lax';
} catch (e) { /* the server's zone stays */ }
