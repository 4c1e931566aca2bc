// The dashboard's charts (ECharts). Data comes from the data-dashboard attribute; every bar, point and slice opens
// the records behind it. No inline script or style: CSP allows only scripts from this origin.
(function () {
  'use strict';
  var root = document.getElementById('dashboard');
  var filters = document.getElementById('dashboard-filters');
  if (filters) {
    filters.querySelectorAll('select').forEach(function (select) {
      select.addEventListener('change', function () { filters.submit(); });
    });
  }
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(root.getAttribute('data-dashboard'));
  var select = document.getElementById('chart-indicator');
  var charts = {};
  ['chart-months', 'chart-regions', 'chart-categories'].forEach(function (id) {
    var el = document.getElementById(id);
    if (el) {
      charts[id] = echarts.init(el, null, { renderer: 'canvas' });
    }
  });

  function figure(id) {
    for (var i = 0; i < data.figures.length; i++) {
      if (data.figures[i].id === id) {
        return data.figures[i];
      }
    }
    return data.figures[0];
  }

  function link(f, params) {
    var url = new URL(f.records, window.location.origin);
    Object.keys(params).forEach(function (k) { url.searchParams.set(k, params[k]); });
    return url.pathname + url.search;
  }

  function pad(n) { return n < 10 ? '0' + n : '' + n; }

  function monthRange(ym) {
    var parts = ym.split('-');
    var y = parseInt(parts[0], 10);
    var m = parseInt(parts[1], 10);
    var last = new Date(y, m, 0).getDate();
    return { from: ym + '-01', to: ym + '-' + pad(last) };
  }

  function num(v) { return v === null ? null : Number(v); }

  function draw() {
    var f = figure(select.value);
    var months = Object.keys(f.months);
    if (charts['chart-months']) {
      charts['chart-months'].setOption({
        grid: { left: 48, right: 12, top: 16, bottom: 28 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: months.map(function (m) { return m.substring(5); }) },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', name: f.name, data: months.map(function (m) { return num(f.months[m]); }),
          itemStyle: { color: '#b22222' } }]
      }, true);
      charts['chart-months'].off('click');
      charts['chart-months'].on('click', function (p) {
        window.location.href = link(f, monthRange(months[p.dataIndex]));
      });
    }
    if (charts['chart-regions']) {
      var codes = Object.keys(f.regions);
      charts['chart-regions'].setOption({
        grid: { left: 96, right: 16, top: 8, bottom: 24 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true,
          data: codes.map(function (c) { return data.regionNames[c] || c; }) },
        series: [{ type: 'bar', name: f.name, data: codes.map(function (c) { return num(f.regions[c]); }),
          itemStyle: { color: '#8c1c13' } }]
      }, true);
      charts['chart-regions'].off('click');
      charts['chart-regions'].on('click', function (p) {
        window.location.href = link(f, { region: codes[p.dataIndex] });
      });
    }
    if (charts['chart-categories']) {
      charts['chart-categories'].setOption({
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['35%', '65%'], name: f.name,
          data: f.categories.map(function (c) { return { name: c.name, value: num(c.value), code: c.code }; }) }]
      }, true);
      charts['chart-categories'].off('click');
      charts['chart-categories'].on('click', function (p) {
        window.location.href = link(f, { category: p.data.code });
      });
    }
  }

  select.addEventListener('change', draw);
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (k) { charts[k].resize(); });
  });
  draw();
}());
