import Entente
import Foundation
import Yams

/// The decisions file beside a graph (`GRAPH.decisions.yaml`): every accept, reject, edit and
/// addition, keyed by document SHA-256, sentence and relation (`Guides/Review.md`).
///
///     entente-decisions: 1
///     decisions:
///       - {file: a.txt, doc_sha256: 9f..., sentence: 4, chars: 310-402, sentence_sha256: 1c..., source: RUS, kind: support, target: ARM, decision: accepted}
///       - {file: a.txt, ..., decision: edited, to: {source: RUS, target: ARM, kind: support, at: 2019, phase: begins}}
///
/// One decision per line, sorted, so the file diffs well and is byte-identical for the same decisions.
public enum DecisionsFile {
  /// The format version this code reads and writes.
  public static let formatVersion = 1

  /// The decisions file of a graph: `g.yaml` → `g.decisions.yaml`.
  public static func path(forGraph graph: String) -> String {
    let base =
      graph.hasSuffix(".yaml") ? String(graph.dropLast(5)) : graph.hasSuffix(".yml") ? String(graph.dropLast(4)) : graph
    return base + ".decisions.yaml"
  }

  /// The graph of a decisions file: `g.decisions.yaml` → `g.yaml`, or nil when the name does not say.
  public static func graphPath(forDecisions decisions: String) -> String? {
    decisions.hasSuffix(".decisions.yaml") ? String(decisions.dropLast(".decisions.yaml".count)) + ".yaml" : nil
  }

  /// The file's text for `decisions`, sorted by key then status.
  ///
  /// - Complexity: O(*n* log *n*) in the number of decisions.
  public static func text(_ decisions: [Decision], graphName: String? = nil) -> String {
    var out = "# Review decisions"
    if let graphName { out += " for \(graphName)" }
    out += " (entente review, accept, reject; see Guides/Review.md).\n"
    out += "# Keyed by document SHA-256, sentence and relation: a changed document keeps its decisions, unapplied.\n"
    out += "entente-decisions: \(formatVersion)\n"
    out += "decisions:\n"
    let sorted = decisions.sorted { a, b in a.key == b.key ? a.status.rawValue < b.status.rawValue : a.key < b.key }
    for d in sorted { out += "  - " + line(d) + "\n" }
    return out
  }

  /// One decision as a flow mapping.
  static func line(_ d: Decision) -> String {
    let k = d.key
    var f: [(String, String)] = [
      ("file", GraphFileWriter.scalar(k.file)), ("doc_sha256", k.documentSHA256), ("sentence", "\(k.sentence)"),
      ("chars", "\(k.characters.lowerBound)-\(k.characters.upperBound)"), ("sentence_sha256", d.sentenceSHA256),
      ("source", GraphFileWriter.scalar(k.source.rawValue)), ("kind", GraphFileWriter.scalar(k.kind)),
      ("target", GraphFileWriter.scalar(k.target.rawValue)), ("decision", d.status.rawValue),
    ]
    if let c = d.change {
      var t: [(String, String)] = [
        ("source", GraphFileWriter.scalar(c.source.rawValue)), ("target", GraphFileWriter.scalar(c.target.rawValue)),
        ("kind", GraphFileWriter.scalar(c.kind)),
      ]
      switch c.time {
      case .event(let d): t.append(("at", d.description))
      case .interval(let since, let until):
        t.append(("since", since.description))
        if let until { t.append(("until", until.description)) }
      }
      if c.phase != .holds { t.append(("phase", c.phase.rawValue)) }
      f.append(("to", flow(t)))
    }
    return flow(f)
  }

  static func flow(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
  }

  /// Reads a decisions file; a file that does not exist has no decisions.
  ///
  /// - Throws: `EntenteError` naming the file, line and field of a malformed entry.
  public static func read(path: String) throws(EntenteError) -> [Decision] {
    guard FileManager.default.fileExists(atPath: path) else { return [] }
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw EntenteError(.fileUnreadable, "cannot read the decisions file '\(path)'")
    }
    return try parse(text, path: path)
  }

  /// Parses a decisions file's text.
  ///
  /// - Throws: `EntenteError` naming the file, line and field of a malformed entry.
  public static func parse(_ text: String, path: String) throws(EntenteError) -> [Decision] {
    let root: Node?
    do { root = try Yams.compose(yaml: text) } catch {
      throw EntenteError(.invalidYAML, "'\(path)' is not valid YAML: \(error)")
    }
    guard let root else { return [] }
    guard let map = root.mapping else {
      throw EntenteError(.wrongType, "'\(path)' should be a mapping with 'entente-decisions: 1' and 'decisions:'")
    }
    if let v = map["entente-decisions"]?.int, v != formatVersion {
      throw EntenteError(
        .invalidValue, "'\(path)' has format \(v); this entente reads decisions format \(formatVersion)")
    }
    guard let list = map["decisions"] else { return [] }
    if list.scalar != nil && (list.scalar?.string ?? "").isEmpty { return [] }
    guard let items = list.sequence else {
      throw EntenteError(.wrongType, "'\(path)': 'decisions' should be a list of decisions")
    }
    var out: [Decision] = []
    out.reserveCapacity(items.count)
    for item in items { out.append(try decision(item, path: path)) }
    return out
  }

  static func decision(_ node: Node, path: String) throws(EntenteError) -> Decision {
    let line = node.mark?.line ?? 1
    let at = SourceLocation(file: path, line: line, column: node.mark?.column ?? 1)
    func fail(_ message: String) -> EntenteError { EntenteError(.invalidValue, message, at: at) }
    guard let m = node.mapping else { throw fail("a decision should be a mapping {file: ..., decision: ...}") }
    func string(_ key: String, in m: Node.Mapping) throws(EntenteError) -> String {
      guard let s = m[key]?.string, !s.isEmpty else {
        throw EntenteError(.missingField, "a decision needs '\(key)'", at: at)
      }
      return s
    }
    func int(_ key: String) throws(EntenteError) -> Int {
      guard let n = Int(try string(key, in: m)), n >= 0 else { throw fail("'\(key)' should be a whole number ≥ 0") }
      return n
    }
    func date(_ key: String, in m: Node.Mapping) throws(EntenteError) -> EntenteDate? {
      guard let s = m[key]?.string else { return nil }
      do { return try EntenteDate(parsing: s) } catch { throw fail("'\(key)': \(error.message)") }
    }
    let chars = try string("chars", in: m).split(separator: "-")
    guard chars.count == 2, let lo = Int(chars[0]), let hi = Int(chars[1]), lo <= hi else {
      throw fail("'chars' should be START-END, e.g. 310-402")
    }
    let statusText = try string("decision", in: m)
    guard let status = Decision.Status(rawValue: statusText) else {
      throw fail("unknown decision '\(statusText)'; decisions: accepted, rejected, edited, added")
    }
    let key = CandidateKey(
      file: try string("file", in: m), documentSHA256: try string("doc_sha256", in: m), sentence: try int("sentence"),
      characters: lo..<hi, source: ActorID(try string("source", in: m)), kind: try string("kind", in: m),
      target: ActorID(try string("target", in: m)))
    var change: Decision.Change? = nil
    if let to = m["to"]?.mapping {
      let time: RelationTime
      if let at = try date("at", in: to) {
        time = .event(at)
      } else if let since = try date("since", in: to) {
        time = .interval(since: since, until: try date("until", in: to))
      } else {
        throw fail("'to' needs 'at: DATE' or 'since: DATE' (and 'until: DATE')")
      }
      let phaseText = to["phase"]?.string ?? "holds"
      guard let phase = Phase(rawValue: phaseText) else {
        throw fail("unknown phase '\(phaseText)'; phases: holds, begins, ends")
      }
      change = Decision.Change(
        source: ActorID(try string("source", in: to)), target: ActorID(try string("target", in: to)),
        kind: try string("kind", in: to), time: time, phase: phase)
    }
    if (status == .edited || status == .added) && change == nil {
      throw fail("an \(status.rawValue) decision needs 'to: {source, target, kind, at|since, phase}'")
    }
    return Decision(key: key, status: status, change: change, sentenceSHA256: try string("sentence_sha256", in: m))
  }
}
