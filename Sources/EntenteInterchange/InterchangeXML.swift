import Entente
import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The XML reader GraphML and GEXF share: one pass of `XMLParser` collecting nodes and
/// edges with their attributes, whichever of the two declares them.
enum InterchangeXML {
  /// Collects nodes, edges and their attributes from the parser's events.
  final class XMLCollector: NSObject, XMLParserDelegate {
    let gexf: Bool
    var keys: [String: (name: String, domain: String)] = [:]  // GraphML key id -> attribute name
    var gexfAttributes: [String: [String: String]] = ["node": [:], "edge": [:]]  // id -> title
    var attributeClass = "node"
    var nodes: [(String, [String: String])] = []
    var edges: [(String, String, [String: String])] = []
    var current: [String: String] = [:]
    var element = ""  // "node" or "edge" while inside one
    var dataKey: String? = nil
    var text = ""
    var title = ""
    /// Whether edges without a direction of their own are directed (`defaultedgetype`, `edgedefault`).
    var directedByDefault = true
    /// Open elements; FoundationXML recovers from broken input, so nesting is checked here.
    var stack: [String] = []
    var problem: (String, Int, Int)? = nil
    /// Whether the root element (`graphml` or `gexf`) was seen.
    var sawRoot = false
    weak var parser: XMLParser?

    init(gexf: Bool) { self.gexf = gexf }

    func fault(_ message: String) {
      if problem == nil { problem = (message, parser?.lineNumber ?? 1, parser?.columnNumber ?? 1) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) { fault(error.localizedDescription) }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes a: [String: String] = [:]
    ) {
      if stack.isEmpty {
        let root = gexf ? "gexf" : "graphml"
        if name == root {
          sawRoot = true
        } else {
          fault("the root element is <\(name)>; a \(root) file starts with <\(root)>")
        }
      }
      stack.append(name)
      switch name {
      case "key": if let id = a["id"] { keys[id] = (a["attr.name"] ?? id, a["for"] ?? "all") }
      case "graph":
        if let d = a["defaultedgetype"] ?? a["edgedefault"] { directedByDefault = d != "undirected" }
      case "attributes": attributeClass = a["class"] ?? "node"
      case "attribute": if let id = a["id"] { gexfAttributes[attributeClass, default: [:]][id] = a["title"] ?? id }
      case "node":
        element = "node"
        current = ["\u{0}xml-id": a["id"] ?? ""]
        if let label = a["label"] { current["name"] = label }
      case "edge":
        element = "edge"
        current = ["source": a["source"] ?? "", "target": a["target"] ?? ""]
        if !directedByDefault { current["directed"] = "false" }
        if let w = a["weight"] { current["weight"] = w }
        // GEXF's per-edge type; a `directed` attribute value read later agrees or wins.
        if let type = a["type"] { current["directed"] = type == "undirected" ? "false" : "true" }
      case "data":
        dataKey = a["key"]
        text = ""
      case "attvalue":
        if let f = a["for"], let v = a["value"] {
          let title = gexfAttributes[element]?[f] ?? f
          current[title] = v
        }
      case "spell":
        if let s = a["start"] { current["spell_start"] = s }
        if let e = a["end"] { current["spell_end"] = e }
      case "description": text = ""
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    /// CDATA text is text (`<![CDATA[a < b]]>` is `a < b`).
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      guard let s = String(data: block, encoding: .utf8) else { return fault("CDATA that is not UTF-8") }
      text += s
    }

    /// Entities declared in the file are refused rather than expanded or dropped: expanding
    /// invites entity bombs, and XMLParser would drop their text without a word.
    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
      fault("the entity '\(name)' is declared in the file; entities are not read, write the text itself")
    }

    func parser(
      _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
      fault("the external entity '\(name)' is declared in the file; external entities are never read")
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if stack.last == name { stack.removeLast() } else { fault("</\(name)> closes <\(stack.last ?? "nothing")>") }
      switch name {
      case "data":
        if let k = dataKey {
          let attr = keys[k]?.name ?? k
          if element.isEmpty { if attr == "title" { title = text } } else { current[attr] = text }
        }
        dataKey = nil
      case "description": title = text
      case "node":
        nodes.append((current["\u{0}xml-id"] ?? "", current))
        element = ""
      case "edge":
        edges.append((current["source"] ?? "", current["target"] ?? "", current))
        element = ""
      default: break
      }
    }
  }

  /// Reads GraphML or GEXF bytes; `path` is used in messages.
  ///
  /// The bytes must be UTF-8: FoundationXML traps on a name that is not (issue #14), so
  /// they are checked first and a bad byte is reported with its line and column.
  static func read(_ data: Data, path: String, gexf: Bool) throws(EntenteError) -> InterchangeTable {
    let text = try UTF8Bytes.text(
      [UInt8](data), path: path, saveAs: "UTF-8 (\(gexf ? "GEXF" : "GraphML") is read as UTF-8 only)")
    // Entities declared in the file are refused: expanding them invites entity bombs, and
    // XMLParser on Linux drops their text without a word.
    if let r = text.range(of: "<!ENTITY") {
      let before = text[..<r.lowerBound]
      let line = before.unicodeScalars.filter { $0 == "\n" }.count + 1
      let column =
        before.unicodeScalars.count
        - (before.unicodeScalars.lastIndex(of: "\n").map {
          before.unicodeScalars.distance(from: before.unicodeScalars.startIndex, to: $0) + 1
        } ?? 0) + 1
      let name = text[r.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).first ?? ""
      throw EntenteError(
        .invalidValue,
        "not well-formed \(gexf ? "GEXF" : "GraphML"): the entity '\(name.prefix(40))' is declared in the file; entities are not read, write the text itself",
        at: SourceLocation(file: path, line: line, column: column))
    }
    try checkInstructions([UInt8](data), path: path, format: gexf ? "GEXF" : "GraphML")
    let parser = XMLParser(data: data)
    let collector = XMLCollector(gexf: gexf)
    collector.parser = parser
    parser.delegate = collector
    let ok = parser.parse()
    if collector.problem == nil && !ok { collector.fault(parser.parserError?.localizedDescription ?? "parse error") }
    if collector.problem == nil && !collector.stack.isEmpty {
      collector.fault("<\(collector.stack.last ?? "")> is never closed")
    }
    if collector.problem == nil && !collector.sawRoot {
      collector.fault("no <\(gexf ? "gexf" : "graphml")> element (the file is empty or holds no graph)")
    }
    if let (message, line, column) = collector.problem {
      throw EntenteError(
        .invalidValue, "not well-formed \(gexf ? "GEXF" : "GraphML"): \(message)",
        at: SourceLocation(file: path, line: max(1, line), column: max(1, column)))
    }
    // igraph writes its own vertex ids (n0, n1, ...) and keeps the original as an "id" attribute.
    var rename: [String: String] = [:]
    for (xmlID, a) in collector.nodes { if let original = a["id"], !original.isEmpty { rename[xmlID] = original } }
    let nodes = collector.nodes.map { xmlID, a in
      let id = rename[xmlID] ?? xmlID
      return InterchangeTable.Node(id: id, name: a["name"] ?? a["label"] ?? id, kind: a["kind"] ?? "")
    }
    var edges: [InterchangeTable.Edge] = []
    for (i, (s, t, a)) in collector.edges.enumerated() {
      var e: InterchangeTable.Edge
      do { e = try InterchangeTable.Edge(checking: rename[s] ?? s, rename[t] ?? t, a) } catch {
        throw EntenteError(error.code, "'\(path)', edge \(i + 1): \(error.message)")
      }
      if gexf, e.at == nil, e.since == nil, let start = a["spell_start"] {
        // A spell covering one whole year or month is that period; otherwise an interval.
        e.since = start
        if let end = a["spell_end"] { e.until = GEXF.dayAfter(end) }
        if let period = GEXF.period(start, a["spell_end"]) {
          e.at = period
          e.since = nil
          e.until = nil
        }
      }
      edges.append(e)
    }
    return InterchangeTable(nodes: nodes, edges: edges, title: collector.title)
  }
}
