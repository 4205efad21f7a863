/// The review app's style sheet and script, served from `/assets/` (the page's CSP allows only these).
enum ReviewAssets {
  /// The style sheet.
  static let css = """
    :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --bg: #f7f8fa; --accent: #1f5fa8;
      --src: #1f5fa8; --tgt: #b3541e; --trig: #fff0a8; --ok: #1e7a3c; --bad: #a8321f; --edit: #7a4fa8; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
      background: var(--bg); }
    header.top { background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 1rem; display: flex;
      flex-wrap: wrap; align-items: center; gap: .25rem 1.25rem; position: sticky; top: 0; z-index: 2; }
    header.top .brand { font-weight: 700; }
    header.top .graph { color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
    nav { display: flex; flex-wrap: wrap; gap: .1rem .9rem; }
    nav a { white-space: nowrap; color: var(--accent); text-decoration: none; font-weight: 600; }
    nav a.here { color: var(--ink); border-bottom: 2px solid var(--accent); }
    main { max-width: 68rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.4rem; margin: .5rem 0 .75rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
    p.lead { color: var(--muted); margin-top: 0; }
    .flash { padding: .6rem .8rem; border-radius: 6px; margin: .5rem 0 1rem; border: 1px solid; }
    .flash.ok { background: #eaf6ee; border-color: #9fd3b0; }
    .flash.warn { background: #fff6e0; border-color: #e8c66a; }
    .flash.err { background: #fdecea; border-color: #e6a39a; }
    form.filters { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: end; background: #fff;
      border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; margin-bottom: 1rem; }
    form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
    select, input[type=text], input[type=number] { font: inherit; padding: .3rem .4rem; border: 1px solid #b9c0cc;
      border-radius: 5px; background: #fff; min-width: 0; }
    button, a.button { font: inherit; font-weight: 600; padding: .35rem .8rem; border-radius: 6px;
      border: 1px solid #9aa4b5; background: #fff; color: var(--ink); cursor: pointer; text-decoration: none;
      display: inline-block; }
    button.accept { border-color: var(--ok); color: var(--ok); }
    button.reject { border-color: var(--bad); color: var(--bad); }
    button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
    kbd { font: .75rem ui-monospace, monospace; border: 1px solid #b9c0cc; border-bottom-width: 2px;
      border-radius: 4px; padding: 0 .3rem; background: #fff; color: var(--muted); }
    table.docs { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
    table.docs th, table.docs td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line);
      vertical-align: top; }
    table.docs th { font-size: .8rem; color: var(--muted); font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .badge { display: inline-block; font-size: .75rem; font-weight: 700; padding: 0 .45rem; border-radius: 999px;
      border: 1px solid; white-space: nowrap; }
    .badge.pending { color: var(--muted); border-color: #b9c0cc; }
    .badge.accepted { color: var(--ok); border-color: var(--ok); }
    .badge.rejected { color: var(--bad); border-color: var(--bad); }
    .badge.edited, .badge.added { color: var(--edit); border-color: var(--edit); }
    .badge.changed { color: #fff; background: var(--bad); border-color: var(--bad); }
    ol.sentences { list-style: none; padding: 0; margin: 0; }
    ol.sentences > li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem .7rem;
      margin: 0 0 .5rem; display: grid; grid-template-columns: 2.6rem 1fr; gap: 0 .5rem; }
    ol.sentences > li.has { border-left: 4px solid var(--accent); }
    ol.sentences > li:target { outline: 2px solid var(--accent); }
    .snum { color: var(--muted); font-variant-numeric: tabular-nums; font-size: .85rem; padding-top: .1rem; }
    .stext { overflow-wrap: anywhere; white-space: pre-wrap; }
    .cands { grid-column: 2; margin-top: .4rem; display: flex; flex-direction: column; gap: .4rem; }
    .cand { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .55rem; background: var(--bg);
      display: flex; flex-wrap: wrap; gap: .3rem .6rem; align-items: center; }
    .cand.current { border-color: var(--accent); box-shadow: 0 0 0 2px #c9dbf2; }
    .rel { font-weight: 700; }
    .meta { color: var(--muted); font-size: .85rem; }
    .cand form { display: inline; margin: 0; }
    .actions { display: flex; gap: .4rem; flex-wrap: wrap; margin-left: auto; }
    mark.src { background: none; color: var(--src); font-weight: 700; text-decoration: underline 2px; }
    mark.tgt { background: none; color: var(--tgt); font-weight: 700; text-decoration: underline 2px; }
    mark.trig { background: var(--trig); color: inherit; }
    .legend { font-size: .85rem; color: var(--muted); margin: .25rem 0 .75rem; }
    .context { color: var(--muted); }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; margin-bottom: 1rem; }
    .big { font-size: 1.15rem; }
    .grid-form { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .5rem .75rem; }
    .grid-form label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
    .row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: .75rem; }
    input[type=range] { width: min(36rem, 80vw); }
    .svg { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem; overflow: auto; }
    .svg svg { width: 100%; height: auto; max-width: 100%; }
    .svg g.edge { cursor: pointer; }
    #add-from-selection { position: fixed; right: 1rem; bottom: 1rem; z-index: 3; box-shadow: 0 2px 8px #0003; }
    .help { font-size: .85rem; color: var(--muted); }
    footer { color: var(--muted); font-size: .8rem; text-align: center; padding: 1.5rem 1rem; }
    @media (max-width: 40rem) {
      main { padding: .6rem; }
      ol.sentences > li { grid-template-columns: 1.9rem 1fr; padding: .45rem .5rem; }
      .cands { grid-column: 1 / span 2; }
      .actions { margin-left: 0; width: 100%; }
      .actions button, .actions a.button { flex: 1; }
      table.docs .wide { display: none; }
      header.top { position: static; }
      .svg svg { min-width: 46rem; }
    }
    """

  /// The script: keyboard shortcuts, adding from a selection, the year slider.
  ///
  /// Everything but the keys and the selection also works without it.
  static let js = """
    (function () {
      'use strict';
      function follow(key) {
        var a = document.querySelector('a[data-key="' + key + '"]');
        if (a && a.href) { window.location.href = a.href; return true; }
        return false;
      }
      function submit(key) {
        var f = document.querySelector('form[data-key="' + key + '"]');
        if (!f) return false;
        if (f.requestSubmit) f.requestSubmit(); else f.submit();
        return true;
      }
      document.addEventListener('keydown', function (e) {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        var t = e.target;
        if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) {
          if (e.key === 'Escape') t.blur();
          return;
        }
        var done = false;
        if (e.key === 'j' || e.key === 'k') done = follow(e.key);
        else if (e.key === 'a' || e.key === 'r') done = submit(e.key);
        else if (e.key === 'e') {
          var box = document.querySelector('[data-key="e"]');
          if (box) {
            if (box.tagName === 'DETAILS') box.open = true;
            var first = box.querySelector('select, input:not([type=hidden])');
            if (first) first.focus();
            done = true;
          }
        }
        if (done) e.preventDefault();
      });
      var page = document.querySelector('[data-add-base]');
      var button = document.getElementById('add-from-selection');
      if (page && button) {
        document.addEventListener('selectionchange', function () {
          var s = window.getSelection();
          if (!s || s.isCollapsed || !s.anchorNode) { button.hidden = true; return; }
          var n = s.anchorNode.nodeType === 1 ? s.anchorNode : s.anchorNode.parentElement;
          var li = n && n.closest ? n.closest('li[data-s]') : null;
          if (!li) { button.hidden = true; return; }
          var text = s.toString().slice(0, 400);
          button.href = page.getAttribute('data-add-base') + '&s=' + li.getAttribute('data-s') +
            '&sel=' + encodeURIComponent(text);
          button.textContent = 'Add a relation from sentence ' + li.getAttribute('data-s') + ' (selection)';
          button.hidden = false;
        });
      }
      var slider = document.querySelector('input[type=range][data-autosubmit]');
      if (slider) {
        var out = document.getElementById('year-out');
        slider.addEventListener('input', function () { if (out) out.textContent = slider.value; });
        slider.addEventListener('change', function () { slider.form.submit(); });
      }
    })();
    """
}
