import Entente
import Foundation

/// Writes interchange formats: GraphML, GEXF 1.3 (dynamic, with spells), node-link JSON
/// (as NetworkX's `node_link_data`) and CSV. Output is deterministic.
public enum InterchangeWriter {
  /// An interchange format.
  public enum Format: String, Sendable, CaseIterable {
    case graphml, gexf, json, csv
  }

  static func xml(_ s: String) -> String { XMLText.escape(s, references: true) }

  static func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(format: "%.1f", x) : "\(x)" }

  /// GraphML: keys declared with their types; one `edge` per edge with an `id`.
  public static func graphML(_ t: InterchangeTable) -> String {
    let nodeKeys: [(String, String)] = [("name", "string"), ("kind", "string")]
    let edgeKeys: [(String, String)] = [
      ("kind", "string"), ("sign", "int"), ("weight", "double"), ("confidence", "double"), ("directed", "boolean"), ("at", "string"),
      ("since", "string"), ("until", "string"), ("phase", "string"), ("note", "string"), ("evidence", "string"),
    ]
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    for (k, type) in nodeKeys { out += "  <key id=\"n_\(k)\" for=\"node\" attr.name=\"\(k)\" attr.type=\"\(type)\"/>\n" }
    for (k, type) in edgeKeys { out += "  <key id=\"e_\(k)\" for=\"edge\" attr.name=\"\(k)\" attr.type=\"\(type)\"/>\n" }
    out += "  <key id=\"g_title\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>\n"
    out += "  <graph id=\"G\" edgedefault=\"directed\">\n    <data key=\"g_title\">\(xml(t.title))</data>\n"
    for n in t.nodes {
      out += "    <node id=\"\(xml(n.id))\"><data key=\"n_name\">\(xml(n.name))</data><data key=\"n_kind\">\(xml(n.kind))</data></node>\n"
    }
    for (i, e) in t.edges.enumerated() {
      var data = [
        ("kind", xml(e.kind)), ("sign", "\(e.sign)"), ("weight", number(e.weight)), ("confidence", number(e.confidence)),
        ("directed", e.directed ? "true" : "false"),
      ]
      for (k, v) in [("at", e.at), ("since", e.since), ("until", e.until)] { if let v { data.append((k, xml(v))) } }
      data.append(("phase", e.phase))
      if let n = e.note { data.append(("note", xml(n))) }
      if !e.evidence.isEmpty { data.append(("evidence", xml(e.evidence))) }
      out += "    <edge id=\"e\(i)\" source=\"\(xml(e.source))\" target=\"\(xml(e.target))\">"
      out += data.map { "<data key=\"e_\($0.0)\">\($0.1)</data>" }.joined() + "</edge>\n"
    }
    return out + "  </graph>\n</graphml>\n"
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

  /// GEXF 1.3, dynamic: every edge carries a spell (its date's period, or its interval),
  /// so Gephi's timeline plays the years.
  public static func gexf(_ t: InterchangeTable) -> String {
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
    out += "  <meta><creator>Entente</creator><description>\(xml(t.title))</description></meta>\n"
    out += "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
    out += "    <attributes class=\"node\" mode=\"static\">\n      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n    </attributes>\n"
    out += "    <attributes class=\"edge\" mode=\"static\">\n"
    for (k, type) in [("kind", "string"), ("sign", "integer"), ("confidence", "double"), ("directed", "boolean"), ("phase", "string"), ("note", "string"), ("evidence", "string")] {
      out += "      <attribute id=\"\(k)\" title=\"\(k)\" type=\"\(type)\"/>\n"
    }
    out += "    </attributes>\n    <nodes>\n"
    for n in t.nodes {
      out += "      <node id=\"\(xml(n.id))\" label=\"\(xml(n.name))\"><attvalues><attvalue for=\"kind\" value=\"\(xml(n.kind))\"/></attvalues></node>\n"
    }
    out += "    </nodes>\n    <edges>\n"
    for (i, e) in t.edges.enumerated() {
      out += "      <edge id=\"\(i)\" source=\"\(xml(e.source))\" target=\"\(xml(e.target))\" weight=\"\(number(e.weight))\"><attvalues>"
      var values = [("kind", e.kind), ("sign", "\(e.sign)"), ("confidence", number(e.confidence)), ("directed", e.directed ? "true" : "false"), ("phase", e.phase)]
      if let n = e.note { values.append(("note", n)) }
      if !e.evidence.isEmpty { values.append(("evidence", e.evidence)) }
      out += values.map { "<attvalue for=\"\($0.0)\" value=\"\(xml($0.1))\"/>" }.joined() + "</attvalues>"
      var spell = ""
      if let at = e.at.flatMap({ try? EntenteDate(parsing: $0) }) {
        spell = "<spell start=\"\(day(at.startDay))\" end=\"\(lastDay(at))\"/>"
      } else if let since = e.since.flatMap({ try? EntenteDate(parsing: $0) }) {
        let until = e.until.flatMap { try? EntenteDate(parsing: $0) }
        spell = "<spell start=\"\(day(since.startDay))\"" + (until.map { " end=\"\(day($0.startDay - 1))\"" } ?? "") + "/>"
      }
      if !spell.isEmpty { out += "<spells>\(spell)</spells>" }
      out += "</edge>\n"
    }
    return out + "    </edges>\n  </graph>\n</gexf>\n"
  }

  /// Node-link JSON as NetworkX's `node_link_data(G)` writes a MultiDiGraph (edges under "edges").
  public static func json(_ t: InterchangeTable) -> String {
    let q = JSONText.string
    var out = "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\"title\": \(q(t.title))},\n  \"nodes\": [\n"
    out += t.nodes.map { "    {\"id\": \(q($0.id)), \"name\": \(q($0.name)), \"kind\": \(q($0.kind))}" }.joined(separator: ",\n")
    out += "\n  ],\n  \"edges\": [\n"
    var keys: [String: Int] = [:]
    out += t.edges.map { e in
      let pair = e.source + "\u{0}" + e.target
      let key = keys[pair, default: 0]
      keys[pair] = key + 1
      var f = [
        "\"source\": \(q(e.source))", "\"target\": \(q(e.target))", "\"key\": \(key)", "\"kind\": \(q(e.kind))", "\"sign\": \(e.sign)",
        "\"weight\": \(number(e.weight))", "\"confidence\": \(number(e.confidence))", "\"directed\": \(e.directed)",
      ]
      for (k, v) in [("at", e.at), ("since", e.since), ("until", e.until)] { if let v { f.append("\"\(k)\": \(q(v))") } }
      f.append("\"phase\": \(q(e.phase))")
      if let n = e.note { f.append("\"note\": \(q(n))") }
      if !e.evidence.isEmpty { f.append("\"evidence\": \(q(e.evidence))") }
      return "    {" + f.joined(separator: ", ") + "}"
    }.joined(separator: ",\n")
    return out + "\n  ]\n}\n"
  }

  static func csvField(_ s: String) -> String {
    s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }

  /// CSV: the nodes file (`id,name,kind`) and the edges file.
  public static func csv(_ t: InterchangeTable) -> (nodes: String, edges: String) {
    var nodes = "id,name,kind\n"
    for n in t.nodes { nodes += [n.id, n.name, n.kind].map(csvField).joined(separator: ",") + "\n" }
    var edges = "source,target,kind,sign,weight,confidence,directed,at,since,until,phase,note,evidence\n"
    for e in t.edges {
      edges += [
        e.source, e.target, e.kind, "\(e.sign)", number(e.weight), number(e.confidence), e.directed ? "true" : "false", e.at ?? "",
        e.since ?? "", e.until ?? "", e.phase, e.note ?? "", e.evidence,
      ].map(csvField).joined(separator: ",") + "\n"
    }
    return (nodes, edges)
  }
}
