// Draws every [data-chart] with Apache ECharts: bars per day, or a gauge; again after htmx brings a card in.
(function () {
  function draw(root) {
    if (!window.echarts) return;
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.dataset.drawn || !el.dataset.chart) return;
      var spec = JSON.parse(el.dataset.chart);
      var chart = echarts.init(el, null, { renderer: 'svg' });
      if (spec.kind === 'gauge') {
        chart.setOption({ series: [{ type: 'gauge', min: 0, max: 100, progress: { show: true },
          detail: { formatter: '{value}%', fontSize: 20 }, data: [{ value: spec.value, name: spec.name }],
          title: { show: false } }] });
      } else {
        chart.setOption({ tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 32, right: 8, top: 32, bottom: 24 },
          xAxis: { type: 'category', data: spec.labels }, yAxis: { type: 'value', minInterval: 1 },
          series: spec.series.map(function (s) { return { type: 'bar', name: s.name, data: s.data }; }) });
      }
      el.dataset.drawn = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function (event) { draw(event.target); });
})();
