import Entente
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads interchange formats written by Entente or by peers (NetworkX, igraph, Gephi):
/// GraphML, GEXF, node-link JSON, and CSV.
public enum InterchangeReader {
  /// Reads a file (for CSV: the edges file; a `nodes.csv` beside it is read when present).
  ///
  /// - Throws: `EntenteError` naming the file and what is wrong.
  public static func read(path: String, format: InterchangeWriter.Format) throws(EntenteError) -> InterchangeTable {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw EntenteError(.fileUnreadable, "cannot read '\(path)'")
    }
    switch format {
    case .graphml: return try xml(data, path: path, gexf: false)
    case .gexf: return try xml(data, path: path, gexf: true)
    case .json: return try json(data, path: path)
    case .csv:
      let nodesPath = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("nodes.csv")
      return try csv(edges: data, nodes: FileManager.default.contents(atPath: nodesPath), path: path)
    }
  }

  // MARK: XML (GraphML and GEXF)

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
    /// Open elements; FoundationXML recovers from broken input, so nesting is checked here.
    var stack: [String] = []
    var problem: (String, Int, Int)? = nil
    weak var parser: XMLParser?

    init(gexf: Bool) { self.gexf = gexf }

    func fault(_ message: String) {
      if problem == nil { problem = (message, parser?.lineNumber ?? 1, parser?.columnNumber ?? 1) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) { fault(error.localizedDescription) }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
      stack.append(name)
      for (k, v) in a where v.contains("<") || k.contains("<") { fault("'<' inside the attribute \(k) of <\(name)>") }
      switch name {
      case "key": if let id = a["id"] { keys[id] = (a["attr.name"] ?? id, a["for"] ?? "all") }
      case "attributes": attributeClass = a["class"] ?? "node"
      case "attribute": if let id = a["id"] { gexfAttributes[attributeClass, default: [:]][id] = a["title"] ?? id }
      case "node":
        element = "node"
        current = ["\u{0}xml-id": a["id"] ?? ""]
        if let label = a["label"] { current["name"] = label }
      case "edge":
        element = "edge"
        current = ["source": a["source"] ?? "", "target": a["target"] ?? ""]
        if let w = a["weight"] { current["weight"] = w }
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

  static func xml(_ data: Data, path: String, gexf: Bool) throws(EntenteError) -> InterchangeTable {
    let parser = XMLParser(data: data)
    let collector = XMLCollector(gexf: gexf)
    collector.parser = parser
    parser.delegate = collector
    let ok = parser.parse()
    if collector.problem == nil && !ok { collector.fault(parser.parserError?.localizedDescription ?? "parse error") }
    if collector.problem == nil && !collector.stack.isEmpty { collector.fault("<\(collector.stack.last ?? "")> is never closed") }
    if collector.problem == nil && collector.nodes.isEmpty && collector.edges.isEmpty && !collector.stack.isEmpty { collector.fault("no graph") }
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
    for (s, t, a) in collector.edges {
      var e = edge(rename[s] ?? s, rename[t] ?? t, a)
      if gexf, e.at == nil, e.since == nil, let start = a["spell_start"] {
        // A spell covering one whole year or month is that period; otherwise an interval.
        e.since = start
        if let end = a["spell_end"] { e.until = dayAfter(end) }
        if let period = period(start, a["spell_end"]) {
          e.at = period
          e.since = nil
          e.until = nil
        }
      }
      edges.append(e)
    }
    return InterchangeTable(nodes: nodes, edges: edges, title: collector.title)
  }

  static func edge(_ s: String, _ t: String, _ a: [String: String]) -> InterchangeTable.Edge {
    func bool(_ v: String?) -> Bool? { v.map { ["true", "1", "True"].contains($0) } }
    return InterchangeTable.Edge(
      source: s, target: t, kind: a["kind"] ?? "", sign: Int(a["sign"] ?? "") ?? 0, weight: Double(a["weight"] ?? "") ?? 1,
      confidence: Double(a["confidence"] ?? "") ?? 1, directed: bool(a["directed"]) ?? true, at: a["at"].flatMap { $0.isEmpty ? nil : $0 },
      since: a["since"].flatMap { $0.isEmpty ? nil : $0 }, until: a["until"].flatMap { $0.isEmpty ? nil : $0 }, phase: a["phase"] ?? "holds",
      note: a["note"].flatMap { $0.isEmpty ? nil : $0 }, evidence: a["evidence"] ?? "")
  }

  /// `2016-01-01`..`2016-12-31` is `2016`; `2016-04-01`..`2016-04-30` is `2016-04`.
  static func period(_ start: String, _ end: String?) -> String? {
    guard let end, let s = try? EntenteDate(parsing: start), let e = try? EntenteDate(parsing: end), s.day == 1 else { return nil }
    if s.month == 1, let y = try? EntenteDate(year: s.year), y.endDay - 1 == e.startDay { return y.description }
    if let m = s.month, let p = try? EntenteDate(year: s.year, month: m), p.endDay - 1 == e.startDay { return p.description }
    return nil
  }

  static func dayAfter(_ text: String) -> String? {
    guard let d = try? EntenteDate(parsing: text), d.precision == .day else { return nil }
    return InterchangeWriter.day(d.startDay + 1)
  }

  // MARK: JSON

  static func json(_ data: Data, path: String) throws(EntenteError) -> InterchangeTable {
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
      InterchangeTable.Node(id: string(n["id"]) ?? "", name: string(n["name"]) ?? string(n["id"]) ?? "", kind: string(n["kind"]) ?? "")
    }
    let edges = rawEdges.map { e -> InterchangeTable.Edge in
      var a: [String: String] = [:]
      for (k, v) in e {
        if let b = v as? Bool, !(v is Int && !(v is Bool)) { a[k] = b ? "true" : "false" } else if let s = string(v) { a[k] = s }
      }
      if let d = e["directed"] as? Bool { a["directed"] = d ? "true" : "false" }
      return edge(string(e["source"]) ?? "", string(e["target"]) ?? "", a)
    }
    let title = (root["graph"] as? [String: Any]).flatMap { string($0["title"]) } ?? ""
    return InterchangeTable(nodes: nodes, edges: edges, title: title)
  }

  // MARK: CSV

  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      if quoted {
        if c == "\"" {
          let next = text.index(after: i)
          if next < text.endIndex && text[next] == "\"" {
            field.append("\"")
            i = next
          } else { quoted = false }
        } else { field.append(c) }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\n" || c == "\r\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else if c != "\r" {
        field.append(c)
      }
      i = text.index(after: i)
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }

  static func csv(edges: Data, nodes: Data?, path: String) throws(EntenteError) -> InterchangeTable {
    guard let text = String(data: edges, encoding: .utf8) else { throw EntenteError(.notText, "'\(path)' is not UTF-8 text") }
    let er = rows(text)
    guard let header = er.first, header.contains("source"), header.contains("target") else {
      throw EntenteError(.invalidValue, "'\(path)' needs a header with source and target columns", at: SourceLocation(file: path, line: 1, column: 1))
    }
    let edgeList = er.dropFirst().filter { $0.count > 1 }.map { r -> InterchangeTable.Edge in
      var a: [String: String] = [:]
      for (i, h) in header.enumerated() where i < r.count { a[h] = r[i] }
      return edge(a["source"] ?? "", a["target"] ?? "", a)
    }
    var nodeList: [InterchangeTable.Node] = []
    if let nodes, let nt = String(data: nodes, encoding: .utf8) {
      let nr = rows(nt)
      if let h = nr.first {
        for r in nr.dropFirst() where r.count == h.count {
          var a: [String: String] = [:]
          for (i, k) in h.enumerated() { a[k] = r[i] }
          nodeList.append(.init(id: a["id"] ?? "", name: a["name"] ?? a["id"] ?? "", kind: a["kind"] ?? ""))
        }
      }
    }
    return InterchangeTable(nodes: nodeList, edges: edgeList, title: "")
  }
}

extension InterchangeTable {
  /// The table as a validated graph. Node ids that are not Entente ids are made into
  /// ones (upper-cased, other characters as `_`, the original kept as an alias); edges
  /// without a kind take `defaultKind`, without a time `defaultDate`; evidence citations
  /// go into the note (the documents they cite are not part of these formats). An actor
  /// that only edges name takes its name and kind from the actor catalogue when its id is
  /// a catalogue id, else it is a state named by its id.
  ///
  /// - Throws: `EntenteError` naming the edge that lacks a kind or a time, or has an
  ///   unknown kind or a bad date.
  public func graph(defaultKind: String? = nil, defaultDate: EntenteDate? = nil) throws(EntenteError) -> ActorGraph {
    var g = ActorGraph(vocabulary: try RelationVocabulary.standard())
    var ids: [String: ActorID] = [:]
    func actorID(_ raw: String) -> ActorID {
      if let id = ids[raw] { return id }
      var s = String(raw.uppercased().unicodeScalars.map { c -> Character in
        (c.value >= 65 && c.value <= 90) || (c.value >= 48 && c.value <= 57) || c == "_" || c == "-" ? Character(c) : "_"
      })
      if s.isEmpty || !(s.first?.isLetter ?? false) { s = "N" + s }
      var id = ActorID(String(s.prefix(64)))
      var n = 2
      while ids.values.contains(id) && ids.first(where: { $0.value == id })?.key != raw {
        id = ActorID(String(s.prefix(60)) + "_\(n)")
        n += 1
      }
      ids[raw] = id
      return id
    }
    var seen = Set<ActorID>()
    func add(_ raw: String, name: String, kind: String) throws(EntenteError) {
      let id = actorID(raw)
      guard seen.insert(id).inserted else { return }
      let k = Actor.Kind(rawValue: kind) ?? .state
      try g.add(Actor(id: id, name: name.isEmpty ? raw : name, kind: k, aliases: id.rawValue == raw ? [] : [raw]))
    }
    for n in nodes { try add(n.id, name: n.name, kind: n.kind) }
    // Actors that only edges name: the catalogue's name and kind when the id is a catalogue id
    // (an edge list "MLI,ECOWAS,membership" needs no nodes file), else a state named by its id.
    var catalogue: ActorCatalogue?
    var catalogueRead = false
    func addEdgeEnd(_ raw: String) throws(EntenteError) {
      guard !seen.contains(actorID(raw)) else { return }
      if !catalogueRead {
        catalogueRead = true
        catalogue = try? ActorCatalogue.standard()
      }
      let known = ActorID(raw).isWellFormed ? catalogue?.actor(ActorID(raw)) : nil
      try add(raw, name: known?.name ?? raw, kind: known?.kind.rawValue ?? "state")
    }
    for (i, e) in edges.enumerated() {
      try addEdgeEnd(e.source)
      try addEdgeEnd(e.target)
      let kind = e.kind.isEmpty ? defaultKind : e.kind
      guard let kind else {
        throw EntenteError(.missingField, "edge \(i + 1) (\(e.source) -> \(e.target)) has no kind; give one with --kind")
      }
      var dated: RelationTime? = defaultDate.map { .event($0) }
      do throws(EntenteError) {
        if let at = e.at {
          dated = .event(try EntenteDate(parsing: at))
        } else if let since = e.since {
          dated = .interval(since: try EntenteDate(parsing: since), until: try e.until.map { (u) throws(EntenteError) in try EntenteDate(parsing: u) })
        }
      } catch {
        throw EntenteError(error.code, "edge \(i + 1) (\(e.source) -> \(e.target)): \(error.message)")
      }
      guard let time = dated else {
        throw EntenteError(.missingField, "edge \(i + 1) (\(e.source) -> \(e.target)) has no date; give one with --at")
      }
      var note = e.note
      if !e.evidence.isEmpty { note = (note.map { $0 + "; " } ?? "") + "sources: " + e.evidence }
      let r = Relation(
        source: actorID(e.source), target: actorID(e.target), kind: kind, time: time, phase: Phase(rawValue: e.phase) ?? .holds,
        weight: e.weight > 0 ? e.weight : 1, confidence: (0...1).contains(e.confidence) ? e.confidence : 1, note: note)
      do { try g.add(r) } catch { throw EntenteError(error.code, "edge \(i + 1) (\(e.source) -> \(e.target)): \(error.message)") }
    }
    return g
  }
}
