import Entente
import EntenteAnalysis
import EntenteRender
import Foundation

/// A report comparing a graph at several dates: one self-contained HTML page, a
/// Markdown page, and the SVGs the Markdown shows.
///
///     let report = try Report.build(graph: g, dates: [d2016, d2020, d2024], poles: ["RUS", "USA"])
///     report.html; report.markdown; report.svgs   // [(file name, SVG)]
public struct Report: Sendable {
  /// The HTML page: SVG, CSS and script inline, nothing fetched.
  public let html: String
  /// The Markdown page; it shows the SVGs by file name.
  public let markdown: String
  /// The SVG files the Markdown refers to, by file name.
  public let svgs: [(name: String, svg: String)]

  static let measures: [Measure] = [.pagerank, .betweenness, .degree]

  /// Builds a report.
  ///
  /// - Parameters:
  ///   - graph: the graph.
  ///   - dates: the dates, in order (two or more for comparisons).
  ///   - poles: actor ids for alignment (unknown ones are ignored).
  ///   - evidence: reads cited sentences from the documents, when given.
  ///   - title: the page's title.
  /// - Throws: `RenderError` from Graphviz.
  public static func build(graph: ActorGraph, dates: [EntenteDate], poles: [String] = [], evidence: EvidenceReader? = nil, title: String = "Entente report") throws(RenderError) -> Report {
    let snapshots = dates.map { graph.snapshot(at: $0) }
    // One layout: the page embeds the same SVGs the Markdown shows as files.
    let plain = try ComparisonDiagrams(graph: graph, dates: dates).render(embed: false)
    let analyses = snapshots.map { SnapshotAnalysis(index: GraphIndex($0), measures: measures, poles: poles) }
    let shifts = zip(snapshots, snapshots.dropFirst()).map { Shift(from: $0, to: $1, measures: measures, poles: poles) }
    let page = Page(graph: graph, snapshots: snapshots, analyses: analyses, shifts: shifts, evidence: evidence, title: title)
    var svgs = plain.perDate.map { ($0.name + ".svg", $0.svg) } + plain.diffs.map { ($0.name + ".svg", $0.svg) }
    svgs.append(("small-multiples.svg", plain.smallMultiples))
    let chart = AlignmentChart.svg(poles: analyses.last?.poles ?? [], analyses: analyses, dates: dates)
    if let chart { svgs.append(("alignment.svg", chart)) }
    return Report(
      html: page.html(diagrams: plain, chart: chart), markdown: page.markdown(chart: chart != nil), svgs: svgs)
  }
}

/// The content of a report, written as HTML or Markdown.
struct Page {
  let graph: ActorGraph
  let snapshots: [Snapshot]
  let analyses: [SnapshotAnalysis]
  let shifts: [Shift]
  let evidence: EvidenceReader?
  let title: String

  static func h(_ s: String) -> String { XMLText.escape(s) }

  func name(_ id: String) -> String { graph.actor(ActorID(id))?.name ?? id }

  /// Rows of the centrality table of year k: rank, actor, values, rank change and its main reason.
  func centralityRows(_ k: Int) -> [(rank: Int, actor: String, values: [Double], change: String, reason: String)] {
    let a = analyses[k]
    guard let first = a.measures.first?.values else { return [] }
    let order = a.names.indices.sorted { (first[$0], a.names[$1]) > (first[$1], a.names[$0]) }
    return order.enumerated().map { rank, i in
      var change = "", reason = ""
      if k > 0, let s = shifts[k - 1].actors.first(where: { $0.actor == a.names[i] && $0.measure == Report.measures[0] }) {
        if let before = s.rankBefore { change = before == rank + 1 ? "=" : (before > rank + 1 ? "▲\(before - rank - 1)" : "▼\(rank + 1 - before)") } else { change = "new" }
        if let top = s.explanation.first {
          let e = top.change.edge
          let cites = e.evidence.map(\.citation).joined(separator: ", ")
          reason = "\(top.change.change) \(e.source) \(e.kind) \(e.target) (\(String(format: "%+.4f", top.contribution)))" + (cites.isEmpty ? "" : " [\(cites)]")
        }
      }
      return (rank + 1, a.names[i], a.measures.map { $0.values[i] }, change, reason)
    }
  }

  func evidenceHTML(_ p: Provenance) -> String {
    var out = "<span class=\"cite\">\(Page.h(p.citation))</span>"
    guard let evidence else { return out }
    switch evidence.read(p) {
    case .sentence(let s): out += " <q>\(Page.h(s))</q>"
    case .changed(let s): out += " <q>\(Page.h(s))</q> <strong class=\"warning\">the document changed since extraction</strong>"
    case .missing(let why): out += " <em class=\"warning\">\(Page.h(why))</em>"
    }
    return out
  }

  func html(diagrams: ComparisonDiagrams.Result, chart: String?) -> String {
    let kinds = graph.vocabulary.ids.filter { k in snapshots.contains { !$0.edges(ofKind: k).isEmpty } }
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(Page.h(title))</title>
      <style>
      body { font-family: Helvetica, Arial, sans-serif; margin: 1.5em; color: #222; max-width: 80em; }
      nav a { display: inline-block; padding: .3em .8em; margin-right: .3em; border: 1px solid #888; border-radius: .3em; text-decoration: none; color: #222; }
      nav a[aria-selected="true"] { background: #1f5fa8; color: #fff; }
      section.year { display: none; } section.year.shown { display: block; }
      table { border-collapse: collapse; margin: .5em 0 1em; } td, th { border-bottom: 1px solid #ddd; padding: .2em .6em; text-align: left; vertical-align: top; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; } .warning { color: #b00020; } q { color: #444; }
      figure { margin: 0; } .hidden-kind { display: none; } fieldset { border: 1px solid #ccc; margin: .8em 0; }
      figure.diagram svg, figure.diff svg { max-height: 85vh; width: auto; max-width: 100%; display: block; margin: 0 auto; }
      </style>
      </head>
      <body>
      <h1>\(Page.h(title))</h1>
      <nav id="years" aria-label="Year">\(snapshots.map { "<a href=\"#\($0.date)\" data-year=\"\($0.date)\" role=\"tab\">\($0.date)</a>" }.joined())</nav>
      <fieldset id="kinds"><legend>Relation kinds shown</legend>\(kinds.map { "<label><input type=\"checkbox\" checked value=\"\(Page.h($0))\"> \(Page.h($0.replacingOccurrences(of: "_", with: " ")))</label> " }.joined())</fieldset>
      <main>

      """
    for (k, s) in snapshots.enumerated() {
      let a = analyses[k]
      out += "<section class=\"year\" id=\"y\(s.date)\" data-year=\"\(s.date)\" data-actors=\"\(s.actors.count)\" data-relations=\"\(s.edges.count)\">\n"
      out += "<h2>\(s.date): \(s.actors.count) actors, \(s.edges.count) relations</h2>\n"
      out += "<figure class=\"diagram\">\(SVGDocument.clean(diagrams.perDate[k].svg, embed: true))</figure>\n"
      out += "<h3>Centrality</h3>\n<table class=\"centrality\"><thead><tr><th>rank</th><th>actor</th>"
      out += Report.measures.map { "<th>\($0.rawValue)</th>" }.joined() + (k > 0 ? "<th>change</th><th>main reason</th>" : "") + "</tr></thead><tbody>\n"
      for r in centralityRows(k) {
        out += "<tr><td class=\"num\">\(r.rank)</td><td>\(Page.h(name(r.actor))) (\(Page.h(r.actor)))</td>"
        out += r.values.map { "<td class=\"num\">\(String(format: "%.4f", $0))</td>" }.joined()
        if k > 0 { out += "<td>\(Page.h(r.change))</td><td>\(Page.h(r.reason))</td>" }
        out += "</tr>\n"
      }
      out += "</tbody></table>\n<h3>Balance</h3>\n"
      let c = a.census
      out += "<p>\(c.total) triangles (+++ \(c.ppp), ++− \(c.ppn), +−− \(c.pnn), −−− \(c.nnn)); triangle index \(String(format: "%.3f", c.balanceIndex)); walk balance \(String(format: "%.3f", a.walkBalance)); frustration \(a.frustration.frustrated) of \(a.signedEdges).</p>\n"
      out += "<p>Pivots: " + (a.pivots.isEmpty ? "none" : a.pivots.map { Page.h("\(name($0.pivot.rawValue)) between \(name($0.sides[0].rawValue)) and \(name($0.sides[1].rawValue))") }.joined(separator: "; ")) + ".</p>\n"
      out += "<p>Unbalanced triangles: " + (a.unbalancedTriangles.isEmpty ? "none" : a.unbalancedTriangles.map { Page.h($0.joined(separator: "–")) }.joined(separator: "; ")) + ".</p>\n"
      out += "<h3>Camps</h3>\n<ul class=\"camps\">" + a.camps.map { "<li>\(Page.h(name($0.name.rawValue))): \(Page.h($0.members.map { name($0.rawValue) }.joined(separator: ", ")))</li>" }.joined() + "</ul>\n"
      out += "<h3>Relations</h3>\n<table class=\"relations\"><thead><tr><th>source</th><th>kind</th><th>target</th><th>phase</th><th class=\"num\">weight</th><th>sources</th></tr></thead><tbody>\n"
      for e in s.edges {
        let sources = e.evidence.isEmpty ? Page.h(e.notes.first ?? "background") : e.evidence.map(evidenceHTML).joined(separator: "<br>")
        out += "<tr class=\"rel kind-\(Page.h(e.kind))\" data-kind=\"\(Page.h(e.kind))\"><td>\(Page.h(name(e.source.rawValue)))</td><td>\(Page.h(e.kind))</td><td>\(Page.h(name(e.target.rawValue)))</td><td>\(e.phase.rawValue)</td><td class=\"num\">\(String(format: "%.2f", e.weight))</td><td>\(sources)</td></tr>\n"
      }
      out += "</tbody></table>\n</section>\n"
    }
    out += "<section id=\"compare\">\n<h2>Comparison</h2>\n<h3>The years side by side</h3>\n"
    out += "<figure class=\"diff\">\(SVGDocument.clean(diagrams.smallMultiples, embed: true))</figure>\n<h3>What changed</h3>\n"
    for d in diagrams.diffs { out += "<figure class=\"diff\">\(SVGDocument.clean(d.svg, embed: true))</figure>\n" }
    if let chart { out += "<h3>Alignment over the years</h3>\n<figure class=\"alignment\">\(chart)</figure>\n" }
    out += "</section>\n</main>\n"
    out += """
      <script>
      (function () {
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
      </script>
      </body>
      </html>

      """
    return out
  }

  func markdown(chart: Bool) -> String {
    func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
    var out = "# \(cell(title))\n\n"
    for (k, s) in snapshots.enumerated() {
      let a = analyses[k]
      out += "## \(s.date)\n\n\(s.actors.count) actors, \(s.edges.count) relations.\n\n![Influence diagram \(s.date)](influence-\(s.date).svg)\n\n"
      out += "### Centrality\n\n| rank | actor | " + Report.measures.map(\.rawValue).joined(separator: " | ") + (k > 0 ? " | change | main reason |" : " |") + "\n"
      out += "|" + String(repeating: " --- |", count: 2 + Report.measures.count + (k > 0 ? 2 : 0)) + "\n"
      for r in centralityRows(k) {
        out += "| \(r.rank) | \(cell(name(r.actor))) | " + r.values.map { String(format: "%.4f", $0) }.joined(separator: " | ")
        out += (k > 0 ? " | \(cell(r.change)) | \(cell(r.reason)) |" : " |") + "\n"
      }
      let c = a.census
      out += "\n### Balance\n\n\(c.total) triangles (+++ \(c.ppp), ++− \(c.ppn), +−− \(c.pnn), −−− \(c.nnn)); triangle index \(String(format: "%.3f", c.balanceIndex)); walk balance \(String(format: "%.3f", a.walkBalance)); frustration \(a.frustration.frustrated) of \(a.signedEdges).\n\n"
      out += "Pivots: " + (a.pivots.isEmpty ? "none" : a.pivots.map { "\(cell(name($0.pivot.rawValue))) between \(cell(name($0.sides[0].rawValue))) and \(cell(name($0.sides[1].rawValue)))" }.joined(separator: "; ")) + ".\n\n"
      out += "### Relations\n\n| source | kind | target | phase | sources |\n| --- | --- | --- | --- | --- |\n"
      for e in s.edges {
        out += "| \(cell(name(e.source.rawValue))) | \(e.kind) | \(cell(name(e.target.rawValue))) | \(e.phase.rawValue) | \(cell(e.evidence.isEmpty ? "background" : e.evidence.map(\.citation).joined(separator: ", "))) |\n"
      }
      out += "\n"
    }
    out += "## Comparison\n\n"
    for (a, b) in zip(snapshots, snapshots.dropFirst()) { out += "![Changes from \(a.date) to \(b.date)](diff-\(a.date)-\(b.date).svg)\n\n" }
    out += "![The years side by side](small-multiples.svg)\n\n"
    if chart { out += "![Alignment over the years](alignment.svg)\n" }
    return out
  }
}
