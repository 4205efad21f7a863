import Foundation

/// Turns snapshots into text for people and for other programs, deterministically.
///
/// Formats: `text` (aligned tables, with the changes between consecutive
/// snapshots), `tsv` (one row per edge), `json` and `yaml` (one record per
/// snapshot with its edges and their evidence).
public enum SnapshotFormatter {
  /// An output format.
  public enum Format: String, Sendable, CaseIterable {
    case text, tsv, json, yaml
  }

  /// Formats snapshots (in the order given) in `format`.
  public static func format(_ snapshots: [Snapshot], as format: Format) -> String {
    switch format {
    case .text: return text(snapshots)
    case .tsv: return tsv(snapshots)
    case .json: return json(snapshots)
    case .yaml: return yaml(snapshots)
    }
  }

  static func number(_ x: Double) -> String {
    NumberText.decimal(x, places: 3)
  }

  static func arrow(_ e: SnapshotEdge, _ s: Snapshot) -> String {
    s.vocabulary[e.kind]?.direction == .undirected ? "--" : "->"
  }

  static func citations(_ e: SnapshotEdge) -> String {
    e.evidence.isEmpty ? (e.notes.isEmpty ? "-" : "background") : e.evidence.map(\.citation).joined(separator: " ")
  }

  static func text(_ snapshots: [Snapshot]) -> String {
    var out = ""
    var previous: Snapshot? = nil
    for s in snapshots {
      let positive = s.edges.filter { $0.sign > 0 }.count
      out += "== \(s.date)\(s.window > 0 ? " (events from \(s.window) years before)" : ""): "
      out +=
        "\(s.actors.count) actors, \(s.edges.count) relations (\(positive) cooperative, \(s.edges.count - positive) conflictual)\n"
      var rows: [[String]] = [["source", "", "target", "kind", "phase", "weight", "evidence"]]
      for e in s.edges {
        rows.append([
          e.source.rawValue, arrow(e, s), e.target.rawValue, e.kind, e.phase.rawValue, number(e.weight), citations(e),
        ])
      }
      out += table(rows)
      if let p = previous {
        let c = SnapshotChange(from: p, to: s)
        out += changes(from: p, to: s)
        if !c.actorsAdded.isEmpty { out += "  actors in: \(c.actorsAdded.map(\.rawValue).joined(separator: " "))\n" }
        if !c.actorsRemoved.isEmpty {
          out += "  actors out: \(c.actorsRemoved.map(\.rawValue).joined(separator: " "))\n"
        }
      }
      out += "\n"
      previous = s
    }
    return out
  }

  /// The changes from `p` to `s` by the rules `diff` and the diff diagrams share (`EdgeChange`):
  /// a count line, then one line per edge that is not unchanged (`+` added, `-` ended, `~` sign
  /// changed or changed), phase changes in words with their date, and a weight only when it
  /// changes at the precision printed.
  static func changes(from p: Snapshot, to s: Snapshot) -> String {
    let all = EdgeChange.changes(from: p, to: s).filter { $0.kind != .unchanged }
    let counts = [EdgeChange.Kind.added, .ended, .signChanged, .changed].map { k in all.filter { $0.kind == k }.count }
    var out =
      "\nChanges from \(p.date) to \(s.date): \(counts[0]) added, \(counts[1]) ended, \(counts[2]) sign changed, "
      + "\(counts[3]) changed\n"
    for c in all.sorted(by: { $0.kind < $1.kind }) {
      let e = c.edge
      let mark = c.kind == .added ? "+" : (c.kind == .ended ? "-" : "~")
      out += "  \(mark) \(e.source) \(arrow(e, c.after == nil ? p : s)) \(e.target) \(e.kind)"
      var parts: [String] = []
      if c.kind == .added, e.phase != .holds { parts.append(e.phase.rawValue) }
      if c.after == nil { parts.append("ended") }
      if let b = c.before, let a = c.after {
        if b.phase != a.phase {
          parts.append("\(b.phase.rawValue) -> \(a.phase.rawValue)" + (a.phaseDate.map { " (\($0))" } ?? ""))
        }
        if number(b.weight) != number(a.weight) { parts.append("weight \(number(b.weight)) -> \(number(a.weight))") }
      }
      if c.kind == .signChanged { parts.append("the pair's sign flips") }
      out += (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")) + "\n"
    }
    return out
  }

  /// Left-aligned columns separated by two spaces, without trailing blanks.
  static func table(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    var widths = [Int](repeating: 0, count: first.count)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    return rows.map { r in
      r.enumerated().map { i, c in i == r.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
        .joined(separator: "  ").replacingOccurrences(of: " +$", with: "", options: .regularExpression)
    }.joined(separator: "\n") + "\n"
  }

  static func tsv(_ snapshots: [Snapshot]) -> String {
    var out = "at\tsource\ttarget\tkind\tsign\tweight\tconfidence\tphase\trelations\tevidence\n"
    for s in snapshots {
      for e in s.edges {
        out += "\(s.date)\t\(e.source)\t\(e.target)\t\(e.kind)\t\(e.sign)\t\(e.weight)\t\(e.confidence)\t"
        out += "\(e.phase.rawValue)\t\(e.relationCount)\t\(e.evidence.map(\.citation).joined(separator: ","))\n"
      }
    }
    return out
  }

  static func json(_ snapshots: [Snapshot]) -> String {
    func q(_ s: String) -> String { JSONText.string(s) }
    var out = "[\n"
    for (si, s) in snapshots.enumerated() {
      out += "  {\n    \"at\": \(q(s.date.description)),\n    \"window\": \(s.window),\n"
      out +=
        "    \"actors\": ["
        + s.actors.map { "{\"id\": \(q($0.id.rawValue)), \"name\": \(q($0.name)), \"kind\": \(q($0.kind.rawValue))}" }
        .joined(separator: ", ") + "],\n"
      out += "    \"relations\": [\n"
      for (i, e) in s.edges.enumerated() {
        out +=
          "      {\"source\": \(q(e.source.rawValue)), \"target\": \(q(e.target.rawValue)), \"kind\": \(q(e.kind)), "
        out += "\"sign\": \(e.sign), \"weight\": \(number(e.weight)), \"confidence\": \(number(e.confidence)), "
        out += "\"phase\": \(q(e.phase.rawValue)), \"relations\": \(e.relationCount), \"evidence\": ["
        out +=
          e.evidence.map { "{\"doc\": \(q($0.document)), \"sentence\": \($0.sentence)}" }.joined(separator: ", ") + "]}"
        out += i == s.edges.count - 1 ? "\n" : ",\n"
      }
      out += "    ]\n  }" + (si == snapshots.count - 1 ? "\n" : ",\n")
    }
    return out + "]\n"
  }

  static func yaml(_ snapshots: [Snapshot]) -> String {
    var out = ""
    for s in snapshots {
      out +=
        "- at: \(s.date)\n  window: \(s.window)\n  actors: [\(s.actors.map { Y.s($0.id.rawValue) }.joined(separator: ", "))]\n"
      out += "  relations:\n"
      for e in s.edges {
        var f = [
          ("source", Y.s(e.source.rawValue)), ("target", Y.s(e.target.rawValue)), ("kind", Y.s(e.kind)),
          ("sign", "\(e.sign)"),
          ("weight", number(e.weight)), ("confidence", number(e.confidence)), ("phase", e.phase.rawValue),
        ]
        if !e.evidence.isEmpty {
          f.append(
            (
              "evidence",
              Y.list(e.evidence.map { Y.flow([("doc", Y.s($0.document)), ("sentence", "\($0.sentence)")]) })
            ))
        }
        out += "    - " + Y.flow(f) + "\n"
      }
    }
    return out
  }
}
