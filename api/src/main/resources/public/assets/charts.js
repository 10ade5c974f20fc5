// Draws a chart from each table marked data-chart (bar or line): the table stays as the accessible, no-JavaScript
// form of the same figures. Series are the header cells with data-series, categories the row headers, values the
// cells' data-value (plain numbers; the cells show them in Dutch notation).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  // dark enough for 4.5:1 on white, and told apart by line style and point shape as well as colour
  var COLOURS = ['#1d4f91', '#a63d00', '#2b6e2b', '#6b3fa0'];
  Chart.defaults.color = '#1b1b1b';
  Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;

  function seriesOf(table) {
    var series = [];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (th.hasAttribute('data-series')) {
        series.push({ index: index, label: th.getAttribute('data-series'), style: th.getAttribute('data-series-style') });
      }
    });
    return series;
  }

  function draw(table) {
    var holder = document.querySelector('[data-chart-for="' + table.id + '"]');
    if (!holder || !table.tHead || !table.tBodies.length) {
      return;
    }
    var type = table.getAttribute('data-chart') === 'line' ? 'line' : 'bar';
    var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (tr) {
      return tr.getAttribute('data-chart-skip') !== 'true';
    });
    var datasets = seriesOf(table).map(function (s, i) {
      var colour = COLOURS[i % COLOURS.length];
      var target = s.style === 'target';
      return {
        label: s.label,
        data: rows.map(function (tr) {
          var value = tr.cells[s.index].getAttribute('data-value');
          return value === null ? null : Number(value);
        }),
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: 2,
        borderDash: target ? [6, 4] : [],
        pointStyle: target ? 'rectRot' : 'circle',
        pointRadius: 5,
        spanGaps: true
      };
    });
    // a column the report did not print (no original budget, say) is left out of the chart, as it is empty in the table
    datasets = datasets.filter(function (d) {
      return d.data.some(function (v) { return v !== null; });
    });
    var caption = table.caption ? table.caption.textContent.trim() : '';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (type === 'line' ? 'Lijngrafiek' : 'Staafgrafiek') + ': ' + caption
      + '. De cijfers staan in de tabel hieronder.');
    holder.appendChild(canvas);
    new Chart(canvas, {
      type: type,
      data: { labels: rows.map(function (tr) { return tr.cells[0].textContent.trim(); }), datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: 'nl-NL',
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: type === 'bar' } }
      }
    });
  }

  document.querySelectorAll('table[data-chart]').forEach(draw);
})();
