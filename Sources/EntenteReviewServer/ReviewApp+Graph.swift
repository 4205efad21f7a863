import Entente
import EntenteExtraction
import EntenteRender
import EntenteReview
import Foundation

/// The Graph page: the curated graph's snapshot at a year, drawn as `entente render` draws it,
/// with every edge a link to its evidence.
extension ReviewApp {
  /// `/graph?at=YEAR&edge=ID`.
  func graphPage(_ q: [String: String]) -> ReviewResponse {
    let graph = currentGraph()
    var years: [Int] = []
    for r in graph.relations {
      switch r.time {
      case .event(let d): years.append(d.year)
      case .interval(let s, let u):
        years.append(s.year)
        if let u { years.append(u.year) }
      }
    }
    let lo = max(years.min() ?? 2000, 1800)
    let hi = min(max(years.max() ?? 2000, lo), 2200)
    let year = min(max(q["at"].flatMap { Self.number($0) } ?? hi, lo), hi)
    guard let date = try? EntenteDate(year: year) else { return errorPage(400, "no such year", back: "/graph") }
    let snapshot = graph.snapshot(at: date)
    let stamp = FileLock.stamp(session.corpus.graphPath) ?? []
    let svg = cachedSVG("\(stamp)-\(year)") {
      let dot = InfluenceDiagram(graph: graph, options: DiagramOptions(title: "\(year)")).dot(for: snapshot)
      guard let data = try? DiagramRenderer.render(dot, engine: LayoutEngine.neato.rawValue, format: .svg, embed: true),
        let text = String(data: data, encoding: .utf8)
      else { return "" }
      return Self.linkEdges(text, year: year)
    }
    var edges: [String: SnapshotEdge] = [:]
    for e in snapshot.edges { edges[InfluenceDiagram.edgeID(EdgeKey(e))] = e }
    var evidence = ""
    if let id = q["edge"], let e = edges[id] {
      evidence =
        "<h2 id=\"evidence\">Evidence for \(relationText(source: e.source, kind: e.kind, target: e.target)) in \(year)</h2>"
      evidence += evidenceList(e)
    } else if q["edge"] != nil {
      evidence = "<h2 id=\"evidence\">Evidence</h2><p>That edge is not in the graph in \(year).</p>"
    }
    let list = snapshot.edges.map { e -> String in
      let id = InfluenceDiagram.edgeID(EdgeKey(e))
      return
        "<li><a href=\"/graph?\(HTML.escape(HTML.query([("at", String(year)), ("edge", id)])))#evidence\">\(relationText(source: e.source, kind: e.kind, target: e.target))</a> <span class=\"meta\">\(e.evidence.count) evidence</span></li>"
    }.joined()
    let body = """
      <h1>Graph in \(year)</h1>
      <p class="lead">The curated graph (with what you accepted) at the year chosen, drawn as <code>entente render</code> \
      draws it. Click an edge, or pick it in the list below, to read its evidence sentences.</p>
      <form class="filters" method="get" action="/graph"><label>Year <output id="year-out">\(year)</output>\
      <input type="range" name="at" min="\(lo)" max="\(hi)" value="\(year)" data-autosubmit aria-label="year">\
      <span class="meta">\(lo) to \(hi): drag, or use the arrow keys</span></label>\
      <button type="submit">Show</button></form>
      \(evidence)
      <div class="svg">\(svg.isEmpty ? "<p>The diagram could not be drawn (Graphviz failed).</p>" : svg)</div>
      <h2>Edges in \(year) (\(snapshot.edges.count))</h2><ul>\(list)</ul>
      """
    return html(200, layout(title: "Graph \(year)", here: "graph", body: body, flash: flash(q)))
  }

  /// The evidence sentences of an edge, read from the review's documents when they hold them.
  func evidenceList(_ e: SnapshotEdge) -> String {
    guard !e.evidence.isEmpty else {
      return
        "<p>No evidence cited (a background fact\(e.notes.isEmpty ? "" : ": " + HTML.escape(e.notes.joined(separator: "; ")))).</p>"
    }
    var byID: [String: ReviewDocument] = [:]
    for d in session.corpus.documents { byID[d.graphID] = d }
    var out = "<ul>"
    for p in e.evidence {
      if let d = byID[p.document], d.sentences.indices.contains(p.sentence) {
        let s = d.sentences[p.sentence]
        let moved = p.sha256.map { $0 != Evidence.sha256(s.text) } ?? false
        out += """
          <li><a href="/doc/\(d.index)#s\(p.sentence)">\(HTML.escape(d.source.document.title ?? d.file)), sentence \(p.sentence)</a>\
          \(moved ? " <span class=\"badge changed\">sentence changed since it was cited</span>" : "")<br>\(HTML.escape(s.text))</li>
          """
      } else {
        out += "<li>\(HTML.escape(p.citation)) <span class=\"meta\">(a document not in this review)</span></li>"
      }
    }
    return out + "</ul>"
  }

  /// The SVG with each edge's link (`#rel-...`) pointing at this page's evidence for it, and
  /// without inline styles (the page's CSP allows none).
  static func linkEdges(_ svg: String, year: Int) -> String {
    var s = svg.replacingOccurrences(of: "xlink:href=\"#rel-", with: "xlink:href=\"/graph?at=\(year)&amp;edge=rel-")
    // An edge link then ends at the closing quote; the fragment puts the evidence in view.
    var out = ""
    var rest = Substring(s)
    let marker = "xlink:href=\"/graph?at=\(year)&amp;edge=rel-"
    while let r = rest.range(of: marker) {
      out += rest[..<r.upperBound]
      rest = rest[r.upperBound...]
      if let q = rest.firstIndex(of: "\"") {
        out += rest[..<q] + "#evidence"
        rest = rest[q...]
      }
    }
    out += rest
    s = out
    if let r = s.range(of: #"style="[^"]*""#, options: .regularExpression) { s.removeSubrange(r) }
    return s
  }
}
