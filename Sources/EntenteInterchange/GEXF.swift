import Entente
import Foundation

/// GEXF 1.3, as Gephi reads and writes it: dynamic, every edge and node with a spell,
/// undirected kinds as `type="undirected"` edges, and `viz` colours, sizes and positions
/// when the table has them (`InterchangeTable.drawn(graph:positions:)`).
///
/// NetworkX's `read_gexf` refuses a graph that mixes directed and undirected edges; a
/// table whose edges are all undirected is written with `defaultedgetype="undirected"`,
/// which NetworkX reads as a `MultiGraph` (`entente export --direction undirected`).
public enum GEXF {
  /// GEXF 1.3, dynamic: every edge carries a spell (its date's period, or its interval), and
  /// every node the span from its first relation's start to its last relation's end, so
  /// Gephi's timeline plays the years.
  ///
  /// - Parameter t: the table.
  /// - Returns: the GEXF document.
  /// - Complexity: O(*V* + *E*).
  public static func write(_ t: InterchangeTable) -> String {
    let undirectedOnly = !t.edges.isEmpty && t.edges.allSatisfy { !$0.directed }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
    out += "  <meta><creator>Entente</creator><description>\(InterchangeText.xml(t.title))</description></meta>\n"
    out +=
      "  <graph mode=\"dynamic\" defaultedgetype=\"\(undirectedOnly ? "undirected" : "directed")\" timeformat=\"date\">\n"
    out +=
      "    <attributes class=\"node\" mode=\"static\">\n      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n    </attributes>\n"
    out += "    <attributes class=\"edge\" mode=\"static\">\n"
    for (k, type) in [
      ("kind", "string"), ("sign", "integer"), ("confidence", "double"), ("directed", "boolean"), ("phase", "string"),
      ("note", "string"), ("evidence", "string"),
    ] {
      out += "      <attribute id=\"\(k)\" title=\"\(k)\" type=\"\(type)\"/>\n"
    }
    let spells = t.edges.map(spell)
    // A node lives from its first relation's start to its last relation's end (open when one is open).
    var lifetimes: [String: (start: String, end: String?)] = [:]
    for (e, sp) in zip(t.edges, spells) {
      guard let sp else { continue }
      for id in [e.source, e.target] {
        if let old = lifetimes[id] {
          let end = old.end.flatMap { a in sp.end.map { max(a, $0) } }
          lifetimes[id] = (min(old.start, sp.start), end)
        } else {
          lifetimes[id] = sp
        }
      }
    }
    out += "    </attributes>\n    <nodes>\n"
    for n in t.nodes {
      out +=
        "      <node id=\"\(InterchangeText.xml(n.id))\" label=\"\(InterchangeText.xml(n.name))\"><attvalues><attvalue for=\"kind\" value=\"\(InterchangeText.xml(n.kind))\"/></attvalues>"
      if let life = lifetimes[n.id] { out += "<spells>\(spellElement(life))</spells>" }
      out += viz(color: n.color)
      if let x = n.x, let y = n.y {
        out += "<viz:position x=\"\(InterchangeText.number(x))\" y=\"\(InterchangeText.number(y))\" z=\"0.0\"/>"
      }
      if let size = n.size { out += "<viz:size value=\"\(InterchangeText.number(size))\"/>" }
      out += "</node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (i, (e, sp)) in zip(t.edges, spells).enumerated() {
      let type = e.directed || undirectedOnly ? "" : " type=\"undirected\""
      out +=
        "      <edge id=\"\(i)\" source=\"\(InterchangeText.xml(e.source))\" target=\"\(InterchangeText.xml(e.target))\"\(type) weight=\"\(InterchangeText.number(e.weight))\"><attvalues>"
      var values = [
        ("kind", e.kind), ("sign", "\(e.sign)"), ("confidence", InterchangeText.number(e.confidence)),
        ("directed", e.directed ? "true" : "false"), ("phase", e.phase),
      ]
      if let n = e.note { values.append(("note", n)) }
      if !e.evidence.isEmpty { values.append(("evidence", e.evidence)) }
      out +=
        values.map { "<attvalue for=\"\($0.0)\" value=\"\(InterchangeText.xml($0.1))\"/>" }.joined() + "</attvalues>"
      if let sp { out += "<spells>\(spellElement(sp))</spells>" }
      out += viz(color: e.color) + "</edge>\n"
    }
    return out + "    </edges>\n  </graph>\n</gexf>\n"
  }

  /// An edge's spell as inclusive days: its date's period, or its interval (open when ongoing); nil without a time.
  static func spell(_ e: InterchangeTable.Edge) -> (start: String, end: String?)? {
    if let at = e.at.flatMap({ try? EntenteDate(parsing: $0) }) { return (day(at.startDay), lastDay(at)) }
    guard let since = e.since.flatMap({ try? EntenteDate(parsing: $0) }) else { return nil }
    let until = e.until.flatMap { try? EntenteDate(parsing: $0) }
    return (day(since.startDay), until.map { day($0.startDay - 1) })
  }

  static func spellElement(_ sp: (start: String, end: String?)) -> String {
    "<spell start=\"\(sp.start)\"" + (sp.end.map { " end=\"\($0)\"" } ?? "") + "/>"
  }

  /// `<viz:color r g b/>` for a `#rrggbb` colour, or nothing.
  static func viz(color: String?) -> String {
    guard let rgb = color.flatMap(InterchangeTable.rgb) else { return "" }
    return "<viz:color r=\"\(rgb.r)\" g=\"\(rgb.g)\" b=\"\(rgb.b)\"/>"
  }

  /// Reads GEXF bytes; `path` is used in messages.
  ///
  /// A spell covering one whole year or
  /// month becomes that period, any other spell an interval.
  static func read(_ data: Data, path: String) throws(EntenteError) -> InterchangeTable {
    try InterchangeXML.read(data, path: path, gexf: true)
  }

  /// The last day of a date's period, for GEXF's inclusive spell ends.
  static func lastDay(_ d: EntenteDate) -> String { day(d.endDay - 1) }

  /// A day number as YYYY-MM-DD.
  static func day(_ n: Int) -> String {
    // Civil from days (Hinnant).
    let z = n + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return String(format: "%04d-%02d-%02d", y, m, d)
  }

  /// The period a whole year or month spans: `2016-01-01` to `2016-12-31` is `2016`, `2016-04-01` to `2016-04-30` is `2016-04`.
  static func period(_ start: String, _ end: String?) -> String? {
    guard let end, let s = try? EntenteDate(parsing: start), let e = try? EntenteDate(parsing: end), s.day == 1 else {
      return nil
    }
    if s.month == 1, let y = try? EntenteDate(year: s.year), y.endDay - 1 == e.startDay { return y.description }
    if let m = s.month, let p = try? EntenteDate(year: s.year, month: m), p.endDay - 1 == e.startDay {
      return p.description
    }
    return nil
  }

  static func dayAfter(_ text: String) -> String? {
    guard let d = try? EntenteDate(parsing: text), d.precision == .day else { return nil }
    return day(d.startDay + 1)
  }

}
