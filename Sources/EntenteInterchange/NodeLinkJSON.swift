import Entente
import Foundation

/// Node-link JSON, as NetworkX's `node_link_data` writes it and `node_link_graph` reads it.
public enum NodeLinkJSON {
  /// Node-link JSON as NetworkX's `node_link_data(G)` writes a MultiDiGraph (edges under "edges").
  public static func write(_ t: InterchangeTable) -> String {
    let q = JSONText.string
    var out =
      "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\"title\": \(q(t.title))},\n  \"nodes\": [\n"
    out += t.nodes.map { "    {\"id\": \(q($0.id)), \"name\": \(q($0.name)), \"kind\": \(q($0.kind))}" }.joined(
      separator: ",\n")
    out += "\n  ],\n  \"edges\": [\n"
    var keys: [String: Int] = [:]
    out += t.edges.map { e in
      let pair = e.source + "\u{0}" + e.target
      let key = keys[pair, default: 0]
      keys[pair] = key + 1
      var f = [
        "\"source\": \(q(e.source))", "\"target\": \(q(e.target))", "\"key\": \(key)", "\"kind\": \(q(e.kind))",
        "\"sign\": \(e.sign)",
        "\"weight\": \(InterchangeText.number(e.weight))", "\"confidence\": \(InterchangeText.number(e.confidence))",
        "\"directed\": \(e.directed)",
      ]
      for (k, v) in [("at", e.at), ("since", e.since), ("until", e.until)] {
        if let v { f.append("\"\(k)\": \(q(v))") }
      }
      f.append("\"phase\": \(q(e.phase))")
      if let n = e.note { f.append("\"note\": \(q(n))") }
      if !e.evidence.isEmpty { f.append("\"evidence\": \(q(e.evidence))") }
      return "    {" + f.joined(separator: ", ") + "}"
    }.joined(separator: ",\n")
    return out + "\n  ]\n}\n"
  }

  /// Reads node-link JSON (edges under "edges" or "links"); `path` is used in messages.
  static func read(_ data: Data, path: String) throws(EntenteError) -> InterchangeTable {
    guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw EntenteError(.invalidValue, "'\(path)' is not a JSON object with nodes and edges (NetworkX node-link data)")
    }
    func string(_ v: Any?) -> String? {
      if let s = v as? String { return s }
      if let n = v as? NSNumber { return n.stringValue }
      return nil
    }
    let rawNodes = root["nodes"] as? [[String: Any]] ?? []
    let rawEdges = (root["edges"] ?? root["links"]) as? [[String: Any]] ?? []
    let nodes = rawNodes.map { n in
      InterchangeTable.Node(
        id: string(n["id"]) ?? "", name: string(n["name"]) ?? string(n["id"]) ?? "", kind: string(n["kind"]) ?? "")
    }
    var edges: [InterchangeTable.Edge] = []
    for (i, e) in rawEdges.enumerated() {
      var a: [String: String] = [:]
      for (k, v) in e {
        // Foundation on Linux reads a JSON 1 as a Bool too, so only the flag is read as one.
        if k == "directed", let b = v as? Bool {
          a[k] = b ? "true" : "false"
        } else if let s = string(v) {
          a[k] = s
        }
      }
      if let d = e["directed"] as? Bool { a["directed"] = d ? "true" : "false" }
      do {
        edges.append(try InterchangeTable.Edge(checking: string(e["source"]) ?? "", string(e["target"]) ?? "", a))
      } catch {
        throw EntenteError(error.code, "'\(path)', edge \(i + 1): \(error.message)")
      }
    }
    let title = (root["graph"] as? [String: Any]).flatMap { string($0["title"]) } ?? ""
    return InterchangeTable(nodes: nodes, edges: edges, title: title)
  }
}
