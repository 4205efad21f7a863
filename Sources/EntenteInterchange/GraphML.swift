import Entente
import Foundation

/// GraphML, as NetworkX, igraph, yEd and Gephi read and write it: keys declared with their
/// types, one `node` per actor, one `edge` per relation with an `id`.
public enum GraphML {
  /// GraphML: keys declared with their types (the display name as `label`); one `edge` per edge with an `id`.
  ///
  /// - Parameter t: the table.
  /// - Returns: the GraphML document.
  public static func write(_ t: InterchangeTable) -> String {
    // `label` is the display name Gephi, yEd and Cytoscape show.
    let nodeKeys: [(String, String)] = [("label", "string"), ("kind", "string")]
    let edgeKeys: [(String, String)] = [
      ("kind", "string"), ("sign", "int"), ("weight", "double"), ("confidence", "double"), ("directed", "boolean"),
      ("at", "string"),
      ("since", "string"), ("until", "string"), ("phase", "string"), ("note", "string"), ("evidence", "string"),
    ]
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    out +=
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    for (k, type) in nodeKeys {
      out += "  <key id=\"n_\(k)\" for=\"node\" attr.name=\"\(k)\" attr.type=\"\(type)\"/>\n"
    }
    for (k, type) in edgeKeys {
      out += "  <key id=\"e_\(k)\" for=\"edge\" attr.name=\"\(k)\" attr.type=\"\(type)\"/>\n"
    }
    out += "  <key id=\"g_title\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>\n"
    out +=
      "  <graph id=\"G\" edgedefault=\"directed\">\n    <data key=\"g_title\">\(InterchangeText.xml(t.title))</data>\n"
    for n in t.nodes {
      out +=
        "    <node id=\"\(InterchangeText.xml(n.id))\"><data key=\"n_label\">\(InterchangeText.xml(n.name))</data><data key=\"n_kind\">\(InterchangeText.xml(n.kind))</data></node>\n"
    }
    for (i, e) in t.edges.enumerated() {
      var data = [
        ("kind", InterchangeText.xml(e.kind)), ("sign", "\(e.sign)"), ("weight", InterchangeText.number(e.weight)),
        ("confidence", InterchangeText.number(e.confidence)),
        ("directed", e.directed ? "true" : "false"),
      ]
      for (k, v) in [("at", e.at), ("since", e.since), ("until", e.until)] {
        if let v { data.append((k, InterchangeText.xml(v))) }
      }
      data.append(("phase", e.phase))
      if let n = e.note { data.append(("note", InterchangeText.xml(n))) }
      if !e.evidence.isEmpty { data.append(("evidence", InterchangeText.xml(e.evidence))) }
      out +=
        "    <edge id=\"e\(i)\" source=\"\(InterchangeText.xml(e.source))\" target=\"\(InterchangeText.xml(e.target))\">"
      out += data.map { "<data key=\"e_\($0.0)\">\($0.1)</data>" }.joined() + "</edge>\n"
    }
    return out + "  </graph>\n</graphml>\n"
  }

  /// Reads GraphML bytes; `path` is used in messages.
  static func read(_ data: Data, path: String) throws(EntenteError) -> InterchangeTable {
    try InterchangeXML.read(data, path: path, gexf: false)
  }
}
