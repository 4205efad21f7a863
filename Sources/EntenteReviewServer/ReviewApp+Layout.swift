import Entente
import EntenteExtraction
import EntenteReview

/// The page frame, the filters, flash messages and the highlighted sentences every page shares.
extension ReviewApp {
  /// A whole page: header with the navigation, the body, the script.
  func layout(title: String, here: String, body: String, flash: String = "", bodyAttributes: String = "") -> String {
    let pending = pendingCount()
    func nav(_ path: String, _ name: String, _ key: String) -> String {
      "<a href=\"\(path)\"\(key == here ? " class=\"here\" aria-current=\"page\"" : "")>\(name)</a>"
    }
    return """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTML.escape(title)) · entente review</title>
      <link rel="icon" href="data:,">
      <link rel="stylesheet" href="/assets/review.css">
      <script src="/assets/review.js" defer></script>
      </head><body\(bodyAttributes)>
      <header class="top"><span class="brand">entente review</span>
      <nav>\(nav("/", "Documents", "documents"))\(nav("/decide", "Decide (\(pending) pending)", "decide"))\(nav("/graph", "Graph", "graph"))</nav>
      <span class="graph">graph: \(HTML.escape(PathText.lastComponent(session.corpus.graphPath)))</span></header>
      <main>
      \(flash)\(body)
      </main>
      <footer>Decisions: \(HTML.escape(PathText.lastComponent(session.store.decisionsPath))) · accepted relations go into \(HTML.escape(PathText.lastComponent(session.corpus.graphPath))) in place · stop the server with Ctrl-C in its terminal</footer>
      </body></html>

      """
  }

  /// The decisions now (an unreadable file shows as none, with the error on the page).
  func decisionsNow() -> ([CandidateKey: Decision], String) {
    do { return (try session.store.decisions(), "") } catch {
      return (
        [:], "<div class=\"flash err\">The decisions file cannot be read: \(HTML.escape(error.description))</div>"
      )
    }
  }

  func pendingCount() -> Int {
    decisionList().reduce(0) { $0 + ($1 == nil ? 1 : 0) }
  }

  /// The message a redirect after a POST asks for (`?msg=`), from a fixed list.
  func flash(_ query: [String: String]) -> String {
    guard let m = query["msg"] else { return "" }
    let text: (String, String)
    switch m {
    case "accepted": text = ("ok", "Accepted: the relation is in the graph file with its evidence.")
    case "rejected": text = ("ok", "Rejected: it will not be proposed again for this sentence.")
    case "edited": text = ("ok", "Saved the corrected relation into the graph file.")
    case "added": text = ("ok", "Added the relation to the graph file.")
    case "reopened": text = ("ok", "Reopened: the candidate is pending again.")
    case let s where s.hasPrefix("stale-"):
      let current = String(s.dropFirst(6))
      let status = Decision.Status(rawValue: current)?.rawValue ?? "pending"
      text = (
        "warn",
        "Not saved: someone decided this candidate in another tab or session meanwhile (it is now \(status)). The page shows the current state; decide again if needed."
      )
    default: return ""
    }
    return "<div class=\"flash \(text.0)\" role=\"status\">\(HTML.escape(text.1))</div>"
  }

  /// The filter in a query (unknown kinds and statuses are ignored).
  func filter(_ q: [String: String]) -> CandidateFilter {
    var f = CandidateFilter()
    if let k = q["kind"], session.corpus.vocabulary[k] != nil { f.kind = k }
    if let a = q["actor"], !a.isEmpty { f.actor = ActorID(a) }
    if let y = q["year"].flatMap({ Self.number($0) }) { f.year = y }
    if let s = q["status"] { f.status = CandidateFilter.Status(rawValue: s) }
    return f
  }

  /// The filter as query pairs, to carry it across links.
  func filterPairs(_ f: CandidateFilter) -> [(String, String?)] {
    [("kind", f.kind), ("actor", f.actor?.rawValue), ("year", f.year.map(String.init)), ("status", f.status?.rawValue)]
  }

  /// The filter form, GET to `action`.
  func filterForm(_ f: CandidateFilter, action: String, hidden: [(String, String)] = []) -> String {
    let (kinds, actors, years) = filterValues
    func options(_ values: [String], _ selected: String?, _ label: (String) -> String = { $0 }) -> String {
      "<option value=\"\">any</option>"
        + values.map {
          "<option value=\"\(HTML.escape($0))\"\($0 == selected ? " selected" : "")>\(HTML.escape(label($0)))</option>"
        }.joined()
    }
    let hiddenFields = hidden.map {
      "<input type=\"hidden\" name=\"\(HTML.escape($0.0))\" value=\"\(HTML.escape($0.1))\">"
    }
    .joined()
    return """
      <form class="filters" method="get" action="\(HTML.escape(action))">\(hiddenFields)
      <label>Kind<select name="kind">\(options(kinds, f.kind))</select></label>
      <label>Actor<select name="actor">\(options(actors.map(\.rawValue), f.actor?.rawValue) { self.actorLabel(ActorID($0)) })</select></label>
      <label>Year<select name="year">\(options(years.map(String.init), f.year.map(String.init)))</select></label>
      <label>Status<select name="status">\(options(CandidateFilter.Status.allCases.map(\.rawValue), f.status?.rawValue))</select></label>
      <button type="submit">Filter</button>\(f.isEmpty ? "" : " <a href=\"\(HTML.escape(action))\(hidden.isEmpty ? "" : "?" + HTML.query(hidden))\">clear</a>")
      </form>
      """
  }

  /// `Name (ID)`, or the id alone when the gazetteer has no name.
  func actorLabel(_ id: ActorID) -> String {
    if let n = session.corpus.gazetteer.names[id], n != id.rawValue { return "\(n) (\(id.rawValue))" }
    return id.rawValue
  }

  /// `SOURCE → kind → TARGET` (or `—` for undirected kinds), escaped.
  func relationText(source: ActorID, kind: String, target: ActorID) -> String {
    let undirected = session.corpus.vocabulary[kind]?.direction == .undirected
    let arrow = undirected ? "—" : "→"
    return
      "<span title=\"\(HTML.escape(actorLabel(source)))\">\(HTML.escape(source.rawValue))</span> \(arrow) \(HTML.escape(kind)) \(arrow) <span title=\"\(HTML.escape(actorLabel(target)))\">\(HTML.escape(target.rawValue))</span>"
  }

  /// A time as the graph file writes it.
  static func timeText(_ t: RelationTime) -> String {
    switch t {
    case .event(let d): return d.description
    case .interval(let since, let until): return "\(since)–\(until.map(\.description) ?? "")"
    }
  }

  /// A sentence's text, escaped, with the spans marked (`src`, `tgt`, `trig`; earlier classes win).
  ///
  /// - Complexity: O(*n*) in the sentence's length.
  static func highlighted(_ text: String, _ spans: [(Range<Int>, String)]) -> String {
    let scalars = Array(text.unicodeScalars)
    var cls = [Int](repeating: -1, count: scalars.count)
    for (i, span) in spans.enumerated().reversed() {
      for k in span.0 where k >= 0 && k < scalars.count { cls[k] = i }
    }
    var out = ""
    var k = 0
    while k < scalars.count {
      var e = k
      while e < scalars.count && cls[e] == cls[k] { e += 1 }
      let piece = HTML.escape(String(String.UnicodeScalarView(scalars[k..<e])))
      out += cls[k] < 0 ? piece : "<mark class=\"\(spans[cls[k]].1)\">\(piece)</mark>"
      k = e
    }
    return out
  }

  /// The highlight spans of candidates on one sentence: sources, targets, triggers.
  func spans(_ candidates: [ReviewCandidate]) -> [(Range<Int>, String)] {
    var src: [(Range<Int>, String)] = []
    var tgt: [(Range<Int>, String)] = []
    var trig: [(Range<Int>, String)] = []
    for c in candidates {
      let h = session.corpus.highlights(c)
      src += h.source.map { ($0, "src") }
      tgt += h.target.map { ($0, "tgt") }
      trig += h.trigger.map { ($0, "trig") }
    }
    return src + tgt + trig
  }

  static let legend =
    "<p class=\"legend\">In each sentence: <mark class=\"src\">source</mark>, <mark class=\"tgt\">target</mark>, <mark class=\"trig\">trigger words</mark>. Select words in a sentence to add a relation the extractor missed.</p>"

  /// A hidden CSRF field.
  var csrfField: String { "<input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">" }
}
