(function () {
  // Without this script every year shows, one after the other; with it, years become tabs.
  document.documentElement.classList.add('js');
  // Links to the stacked years without the script; a tab list with it.
  var nav = document.getElementById('years');
  if (nav) { nav.setAttribute('role', 'tablist'); }
  document.querySelectorAll('#years a').forEach(function (a) { a.setAttribute('role', 'tab'); });
  var years = Array.prototype.map.call(document.querySelectorAll('#years a'), function (a) { return a.getAttribute('data-year'); });
  function show() {
    var y = decodeURIComponent(location.hash.replace('#', ''));
    if (years.indexOf(y) < 0) { y = years[years.length - 1]; }
    document.querySelectorAll('section.year').forEach(function (s) { s.classList.toggle('shown', s.getAttribute('data-year') === y); });
    document.querySelectorAll('#years a').forEach(function (a) { a.setAttribute('aria-selected', a.getAttribute('data-year') === y ? 'true' : 'false'); });
  }
  function filter() {
    var off = {};
    document.querySelectorAll('#kinds input').forEach(function (i) { off[i.value] = !i.checked; });
    document.querySelectorAll('g.edge, tr.rel').forEach(function (e) {
      var hide = false;
      Object.keys(off).forEach(function (k) { if (off[k] && (e.classList.contains(k) || e.classList.contains('kind-' + k))) { hide = true; } });
      e.classList.toggle('hidden-kind', hide);
    });
  }
  window.addEventListener('hashchange', show);
  document.querySelectorAll('#kinds input').forEach(function (i) { i.addEventListener('change', filter); });
  show();
})();
