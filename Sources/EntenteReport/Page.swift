import Entente
import EntenteAnalysis
import EntenteRender
import Foundation

/// The content of a report, written as HTML (here) or Markdown (`Page+Markdown.swift`).
struct Page {
  let graph: ActorGraph
  let snapshots: [Snapshot]
  let analyses: [SnapshotAnalysis]
  let shifts: [Shift]
  let evidence: EvidenceReader?
  let title: String
  /// A line under the title.
  let subtitle: String?
  /// Markdown shown before the first year.
  let introduction: String?
  let assets: ReportAssets
  /// Each comparison's sentences (the first `sentenceLimit`) and how many there are, computed once.
  let narratives: [(shown: [ChangeNarrative.Sentence], total: Int)]
  /// Each comparison's relation changes counted by kind (added, ended, sign changed).
  let changeCounts: [[EdgeChange.Kind: Int]]
  /// Each year's centrality rows, computed once for the page, the Markdown and the CSVs.
  let rows: [[CentralityRow]]

  init(
    graph: ActorGraph, snapshots: [Snapshot], analyses: [SnapshotAnalysis], shifts: [Shift],
    evidence: EvidenceReader?, title: String, subtitle: String?, introduction: String?, assets: ReportAssets
  ) {
    (self.graph, self.snapshots, self.analyses, self.shifts) = (graph, snapshots, analyses, shifts)
    (self.evidence, self.title, self.subtitle, self.introduction, self.assets) = (
      evidence, title, subtitle, introduction, assets
    )
    let changes = snapshots.indices.dropLast().map { EdgeChange.changes(from: snapshots[$0], to: snapshots[$0 + 1]) }
    changeCounts = changes.map { Dictionary(grouping: $0, by: \.kind).mapValues(\.count) }
    narratives = snapshots.indices.dropLast().map { k in
      let all = ChangeNarrative(graph: graph, from: snapshots[k], to: snapshots[k + 1], changes: changes[k]).sentences
      return (Array(all.prefix(Page.sentenceLimit)), all.count)
    }
    rows = snapshots.indices.map { k in
      Page.centralityRows(analysis: analyses[k], shift: k > 0 ? shifts[k - 1] : nil)
    }
  }

  static func h(_ s: String) -> String { XMLText.escape(s) }

  func name(_ id: String) -> String { graph.actor(ActorID(id))?.name ?? id }

  /// One row of a centrality table.
  typealias CentralityRow = (rank: Int, actor: String, values: [Double], change: String, reason: String)

  /// Rows of the centrality table of year k: rank, actor, values, rank change and its main reason.
  func centralityRows(_ k: Int) -> [CentralityRow] { rows[k] }

  /// Rows of a year's centrality table from its analysis and the shift that leads to it (none for the first year).
  static func centralityRows(analysis a: SnapshotAnalysis, shift: Shift?) -> [CentralityRow] {
    guard let first = a.measures.first?.values else { return [] }
    let order = a.names.indices.sorted { (first[$0], a.names[$1]) > (first[$1], a.names[$0]) }
    // Each actor's shift of the first column, looked up (a scan per actor is quadratic at thousands of actors).
    var shiftOf: [String: Shift.ActorShift] = [:]
    for s in shift?.actors ?? [] where s.column == a.measures[0].column && shiftOf[s.actor] == nil {
      shiftOf[s.actor] = s
    }
    return order.enumerated().map { rank, i in
      var change = ""
      var reason = ""
      if let s = shiftOf[a.names[i]] {
        if let before = s.rankBefore {
          change = before == rank + 1 ? "=" : (before > rank + 1 ? "▲\(before - rank - 1)" : "▼\(rank + 1 - before)")
        } else {
          change = "new"
        }
        // Only a pair that explains at least half of the change is a main reason.
        if let top = s.mainReason {
          let on = top.unit.relations.filter { s.layer?.contains(sign: $0.edge.sign) ?? true }
          let what = (on.isEmpty ? top.unit.relations : on).map { r in
            "\(r.outcome.rawValue) \(r.edge.source) \(r.edge.kind) \(r.edge.target)"
              + (r.edge.evidence.isEmpty ? "" : " [\(r.edge.evidence.map(\.citation).joined(separator: ", "))]")
          }
          reason =
            what.joined(separator: "; ")
            + " (\(String(format: "%+.4f", top.value)) of \(String(format: "%+.4f", s.delta)))"
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
    case .changed(let s):
      out += " <q>\(Page.h(s))</q> <strong class=\"warning\">the document changed since extraction</strong>"
    case .missing(let why): out += " <em class=\"warning\">\(Page.h(why))</em>"
    }
    return out
  }

  /// The id of an edge's row in the relations table of `date`'s section.
  static func rowID(_ date: EntenteDate, _ e: SnapshotEdge) -> String {
    "row-\(date)-\(e.source)-\(e.target)-\(e.kind)"
  }

  /// The whole page: head with the CSS, one section per year, the comparison, the script.
  func html(diagrams: ComparisonDiagrams.Result, chart: String?) -> String {
    var out = head()
    let linked = Set(narratives.flatMap { $0.shown.map(\.row) })
    for k in snapshots.indices { out += yearSection(k, svg: diagrams.perDate[k].svg, linked: linked) }
    out += "<section id=\"compare\">\n<h2>Comparison</h2>\n<h3>The years side by side</h3>\n"
    out +=
      "<figure class=\"diff\" tabindex=\"0\">\(figure(diagrams.smallMultiples, prefix: "years-", label: "The years side by side"))"
    out +=
      "<figcaption>Every actor is in the same place in each year, so what moves is the relations.</figcaption></figure>\n<h3>What changed</h3>\n"
    for (k, (d, (a, b))) in zip(diagrams.diffs, zip(snapshots, snapshots.dropFirst())).enumerated() {
      let counts = changeCounts[k]
      let label =
        "Changes from \(a.date) to \(b.date): \(counts[.added] ?? 0) relations added, \(counts[.ended] ?? 0) ended, "
        + "\(counts[.signChanged] ?? 0) with the pair's sign flipped"
      out += "<h4>From \(a.date) to \(b.date)</h4>\n<ul class=\"narrative\">"
      for sentence in narratives[k].shown {
        let cites =
          sentence.citations.isEmpty
          ? "" : " <span class=\"cite\">[\(Page.h(sentence.citations.joined(separator: ", ")))]</span>"
        out += "<li><a href=\"#\(Page.h(sentence.row))\">\(Page.h(sentence.text))</a>\(cites)</li>"
      }
      out += "</ul>\n"
      if narratives[k].total > narratives[k].shown.count {
        out +=
          "<p class=\"cut\">\(Page.h(cutNote(shown: narratives[k].shown.count, total: narratives[k].total, what: "changes", file: nil)))</p>\n"
      }
      out += "<figure class=\"diff\" tabindex=\"0\">\(figure(d.svg, prefix: "\(d.name)-", label: label))"
      out +=
        "<figcaption>\(Page.h(label)). Black: added; brown dashed: ended; double line: the pair's sign flipped.</figcaption></figure>\n"
    }
    if let chart { out += "<h3>Alignment over the years</h3>\n<figure class=\"alignment\">\(chart)</figure>\n" }
    out += "</section>\n</main>\n"
    out += "<script>\n" + assets.script + "</script>\n</body>\n</html>\n"
    return out
  }

  /// An SVG for the page: embedded (scales with the page), every id and link inside it
  /// prefixed so ids stay unique across the page, and an image role with an accessible name.
  func figure(_ svg: String, prefix: String, label: String) -> String {
    var s = SVGDocument.clean(svg, embed: true)
      .replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)")
      .replacingOccurrences(of: "xlink:href=\"#", with: "xlink:href=\"#\(prefix)")
    if let close = s.firstIndex(of: ">") {
      s.insert(contentsOf: " role=\"img\" aria-label=\"\(Page.h(label))\"", at: close)
    }
    // Between the width at which its smallest label is 11 px and half as wide again: readable on
    // a phone (scrolling in its box), not a wall of 25 px labels on a wide screen.
    if let px = Page.readableWidth(s), let open = s.range(of: "<svg style=\""),
      let end = s[open.upperBound...].firstIndex(of: "\"")
    {
      s.replaceSubrange(open.upperBound..<end, with: "min-width: \(px)px; max-width: \(px * 3 / 2)px; height: auto")
    }
    return s
  }

  /// The narrowest CSS width, in pixels, at which an SVG's smallest label is still 11 px.
  ///
  /// It is the `viewBox` width × 11.2 ÷ the smallest `font-size`; nil without either. Below
  /// it the diagram stops shrinking and scrolls sideways in its figure. The 2 % above
  /// 11 px covers the legend, a nested SVG drawn a little smaller than its own font sizes
  /// say (10.9 px at an 11 px width in a 150-actor diagram).
  ///
  /// - Complexity: O(*n*) in the SVG's length.
  static func readableWidth(_ svg: String) -> Int? {
    guard let open = svg.range(of: "<svg"), let tagEnd = svg[open.upperBound...].firstIndex(of: ">"),
      let box = svg[open.upperBound..<tagEnd].range(of: "viewBox=\"")
    else { return nil }
    let values = svg[box.upperBound...].prefix { $0 != "\"" }.split(separator: " ").compactMap { Double($0) }
    guard values.count == 4, values[2] > 0 else { return nil }
    // Every font-size after the root tag, found by a scan of the bytes (Foundation's substring
    // search from each hit on took seconds on the five diagrams of a large report).
    var smallest = Double.infinity
    let bytes = Array(svg.utf8[tagEnd...])
    let key = Array("font-size=\"".utf8)
    var i = 0
    while i + key.count <= bytes.count {
      guard bytes[i] == key[0], bytes[i..<i + key.count].elementsEqual(key) else {
        i += 1
        continue
      }
      i += key.count
      var end = i
      while end < bytes.count && bytes[end] != UInt8(ascii: "\"") { end += 1 }
      if let size = Double(String(decoding: bytes[i..<end], as: UTF8.self)), size > 0 { smallest = min(smallest, size) }
      i = end
    }
    guard smallest.isFinite else { return nil }
    return Int((values[2] * 11.2 / smallest).rounded(.up))
  }

  /// The document's head (with the style sheet), title, year selector and kind filter.
  func head() -> String {
    let kinds = graph.vocabulary.ids.filter { k in snapshots.contains { !$0.edges(ofKind: k).isEmpty } }
    let years = snapshots.map { "<a href=\"#\($0.date)\" data-year=\"\($0.date)\">\($0.date)</a>" }
      .joined()
    let boxes = kinds.map {
      "<label><input type=\"checkbox\" checked value=\"\(Page.h($0))\"> \(Page.h($0.replacingOccurrences(of: "_", with: " ")))</label> "
    }.joined()
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(Page.h(title))</title>
      <style>
      \(assets.styleSheet)</style>
      </head>
      <body>
      <header>
      <h1>\(Page.h(title))</h1>
      \(subtitle.map { "<p class=\"subtitle\">\(Page.h($0))</p>\n" } ?? "")<nav id="years" aria-label="Year">\(years)</nav>
      <fieldset id="kinds"><legend>Relation kinds shown</legend>\(boxes)</fieldset>
      </header>
      <main>
      \(introduction.map { "<section class=\"introduction\" aria-label=\"Introduction\">\n\(MarkdownHTML.html($0))</section>\n" } ?? "")
      """
  }

  /// The section of year k: diagram, centrality, balance, camps and relations with their sources.
  func yearSection(_ k: Int, svg: String, linked: Set<String> = []) -> String {
    let (s, a) = (snapshots[k], analyses[k])
    var out =
      "<section class=\"year\" id=\"y\(s.date)\" data-year=\"\(s.date)\" data-actors=\"\(s.actors.count)\" data-relations=\"\(s.edges.count)\">\n"
    // The heading's id is the year, so the year links jump to it without the script.
    out += "<h2 id=\"\(s.date)\">\(s.date): \(s.actors.count) actors, \(s.edges.count) relations</h2>\n"
    let label = "Influence diagram of \(s.date): \(s.actors.count) actors, \(s.edges.count) relations"
    out += "<figure class=\"diagram\" tabindex=\"0\">\(figure(svg, prefix: "y\(s.date)-", label: label))"
    out +=
      "<figcaption>\(Page.h(label)). Colour, line and arrowhead give the kind of relation (legend under the diagram); "
    out +=
      "a faded, dated line ends in this period; pale dashed actors take part in other years only.</figcaption></figure>\n"
    out +=
      "<h3>Centrality</h3>\n<p>\(Page.h(AnalysisFormatter.layerLegend(a))).</p>\n<div class=\"table-scroll\" tabindex=\"0\"><table class=\"centrality\"><thead><tr><th>rank</th><th>actor</th>"
    out +=
      analyses[k].measures.map { "<th>\($0.column)</th>" }.joined()
      + (k > 0 ? "<th>change</th><th>main reason</th>" : "")
      + "</tr></thead><tbody>\n"
    let rows = centralityRows(k)
    for r in rows.prefix(Page.rowLimit) {
      out += "<tr><td class=\"num\">\(r.rank)</td><td>\(Page.h(name(r.actor))) (\(Page.h(r.actor)))</td>"
      out += r.values.map { "<td class=\"num\">\(String(format: "%.4f", $0))</td>" }.joined()
      if k > 0 { out += "<td>\(Page.h(r.change))</td><td>\(Page.h(r.reason))</td>" }
      out += "</tr>\n"
    }
    out += "</tbody></table></div>\n"
    if rows.count > Page.rowLimit {
      out +=
        "<p class=\"cut\">\(Page.h(cutNote(shown: Page.rowLimit, total: rows.count, what: "actors, the most central", file: centralityFile(k))))</p>\n"
    }
    out += "<h3>Balance</h3>\n"
    let c = a.census
    out +=
      "<p>\(c.total) triangles (+++ \(c.ppp), ++− \(c.ppn), +−− \(c.pnn), −−− \(c.nnn)); triangle index \(String(format: "%.3f", c.balanceIndex)); walk balance \(a.skipReason("walk balance").map { "skipped (\($0))" } ?? a.walkBalanceText { String(format: "%.3f", $0) }); frustration \(a.frustration.frustrated) of \(a.signedEdges).</p>\n"
    let pivots: [String] = a.pivots.prefix(Page.listLimit).map { p in
      Page.h("\(name(p.pivot.rawValue)) between \(name(p.sides[0].rawValue)) and \(name(p.sides[1].rawValue))")
    }
    out += "<p>Pivots: " + Page.listed(pivots, total: a.pivots.count) + ".</p>\n"
    let triangles: [String] = a.unbalancedTriangles.prefix(Page.listLimit).map { Page.h($0.joined(separator: "–")) }
    out += "<p>Unbalanced triangles: " + Page.listed(triangles, total: a.unbalancedTriangles.count) + ".</p>\n"
    out +=
      "<h3>Camps</h3>\n<ul class=\"camps\">"
      + a.camps.map {
        "<li>\(Page.h(name($0.name.rawValue))): \(Page.h($0.members.map { name($0.rawValue) }.joined(separator: ", ")))</li>"
      }.joined()
      + (a.undeterminedActors.isEmpty
        ? ""
        : "<li>Undetermined (either camp is as good): \(Page.h(a.undeterminedActors.map { name($0.rawValue) }.joined(separator: ", ")))</li>")
      + "</ul>\n"
    out +=
      "<h3>Relations</h3>\n<div class=\"table-scroll\" tabindex=\"0\"><table class=\"relations\"><thead><tr><th>source</th><th>kind</th><th>target</th><th>phase</th><th class=\"num\">weight</th><th>sources</th></tr></thead><tbody>\n"
    let shown = shownRelations(k, linked: linked)
    for e in shown {
      let sources =
        e.evidence.isEmpty
        ? Page.h(e.notes.first ?? "background") : e.evidence.map(evidenceHTML).joined(separator: "<br>")
      out +=
        "<tr id=\"\(Page.h(Page.rowID(s.date, e)))\" class=\"rel kind-\(Page.h(e.kind))\" data-kind=\"\(Page.h(e.kind))\"><td>\(Page.h(name(e.source.rawValue)))</td><td>\(Page.h(e.kind))</td><td>\(Page.h(name(e.target.rawValue)))</td><td>\(e.phase.rawValue)</td><td class=\"num\">\(String(format: "%.2f", e.weight))</td><td>\(sources)</td></tr>\n"
    }
    out += "</tbody></table></div>\n"
    if shown.count < s.edges.count {
      out +=
        "<p class=\"cut\">\(Page.h(cutNote(shown: shown.count, total: s.edges.count, what: "relations (those the comparisons name, then the heaviest)", file: relationsFile(k))))</p>\n"
    }
    return out + "</section>\n"
  }
}
