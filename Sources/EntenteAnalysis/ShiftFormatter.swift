import Entente
import Foundation

/// Text for the shifts between snapshots: table (default), CSV, JSON, Markdown.
public enum ShiftFormatter {
  /// Formats consecutive shifts; `top` limits the actors listed per measure and the
  /// explanations per actor in tables (CSV and JSON list everything).
  public static func format(_ shifts: [Shift], measures: [Measure], as format: AnalysisFormatter.Format, top: Int = 8)
    -> String
  {
    switch format {
    case .csv: return csv(shifts)
    case .json: return json(shifts)
    case .table: return text(shifts, measures: measures, top: top, markdown: false)
    case .md: return text(shifts, measures: measures, top: top, markdown: true)
    }
  }

  static func arrow(_ e: SnapshotEdge) -> String {
    e.kind == "alliance" || e.kind == "tension" || e.kind == "hostility" ? "--" : "->"
  }

  /// One relation change: `+` added, `-` ended, `~` changed; a phase change in words
  /// ("holds -> ends (2024-02-22)"), a weight only when it shows a difference.
  static func describe(_ r: Shift.RelationChange) -> String {
    let mark = r.outcome == .added ? "+" : (r.outcome == .ended ? "-" : "~")
    var s = "\(mark) \(r.edge.source) \(arrow(r.edge)) \(r.edge.target) \(r.edge.kind)"
    var parts: [String] = []
    if r.change == "removed" { parts.append("ended") }
    if let p = r.phaseBefore, p != r.edge.phase {
      parts.append("\(p.rawValue) -> \(r.edge.phase.rawValue)" + (r.edge.phaseDate.map { " (\($0))" } ?? ""))
    }
    if let w = r.weightBefore, AnalysisFormatter.short(w) != AnalysisFormatter.short(r.edge.weight) {
      parts.append("weight \(AnalysisFormatter.short(w)) -> \(AnalysisFormatter.short(r.edge.weight))")
    }
    if r.outcome == .signChanged { parts.append("the pair's sign flips") }
    if !parts.isEmpty { s += ": " + parts.joined(separator: ", ") }
    let cites = r.edge.evidence.map(\.citation)
    s += cites.isEmpty ? " [background]" : " [\(cites.joined(separator: ", "))]"
    return s
  }

  /// Actors present in both analyses whose former camp-mates (present in both) are
  /// mostly no longer in their camp, with who they were and are with.
  static func campMoves(_ b: SnapshotAnalysis, _ a: SnapshotAnalysis) -> [String] {
    func mates(_ x: SnapshotAnalysis) -> [String: Set<String>] {
      var out: [String: Set<String>] = [:]
      for c in x.camps {
        let members = c.members.map(\.rawValue)
        for m in members { out[m] = Set(members).subtracting([m]) }
      }
      return out
    }
    let (mb, ma) = (mates(b), mates(a))
    let both = Set(mb.keys).intersection(ma.keys)
    var lines: [String] = []
    for x in both.sorted() {
      let before = (mb[x] ?? []).intersection(both)
      let after = (ma[x] ?? []).intersection(both)
      guard !before.isEmpty, before.intersection(after).count * 2 < before.count else { continue }
      let was = before.sorted().prefix(6).joined(separator: " ")
      let now = (ma[x] ?? []).sorted().prefix(6).joined(separator: " ")
      lines.append("\(x): was with \(was.isEmpty ? "no one" : was); now with \(now.isEmpty ? "no one" : now)")
    }
    return lines
  }

  static func text(_ shifts: [Shift], measures: [Measure], top: Int, markdown: Bool) -> String {
    var out = ""
    let item = markdown ? "- " : "  "
    for s in shifts {
      out += markdown ? "## \(s.from) → \(s.to)\n\n" : "== \(s.from) -> \(s.to)\n"
      let counts = [EdgeChange.Kind.added, .ended, .signChanged, .changed].map { c in
        s.relations.filter { $0.outcome == c }.count
      }
      out += "Relations: \(counts[0]) added, \(counts[1]) ended, \(counts[2]) sign changed, \(counts[3]) changed\n"
      out += markdown ? "\n" : ""
      for r in s.relations { out += item + describe(r) + "\n" }
      let (b, a) = (s.before, s.after)
      out +=
        (markdown ? "\n" : "")
        + "Balance: triangle index \(AnalysisFormatter.short(b.census.balanceIndex)) -> \(AnalysisFormatter.short(a.census.balanceIndex)); "
      out += "walk \(AnalysisFormatter.short(b.walkBalance)) -> \(AnalysisFormatter.short(a.walkBalance)); "
      out += "frustration \(b.frustration.frustrated) -> \(a.frustration.frustrated); "
      out += "unbalanced triangles \(b.unbalancedTriangles.count) -> \(a.unbalancedTriangles.count)\n"
      let pb = Set(b.pivots.map { "\($0.pivot) between \($0.sides[0]) and \($0.sides[1])" })
      let pa = Set(a.pivots.map { "\($0.pivot) between \($0.sides[0]) and \($0.sides[1])" })
      for p in pb.subtracting(pa).sorted() { out += item + "pivot gone: \(p)\n" }
      for p in pa.subtracting(pb).sorted() { out += item + "new pivot: \(p)\n" }
      let moves = campMoves(b, a)
      if !moves.isEmpty {
        out += (markdown ? "\n" : "") + "Camps (actors that left most of their camp-mates):\n" + (markdown ? "\n" : "")
        for m in moves { out += item + m + "\n" }
      }
      if !a.poles.isEmpty {
        var lines: [String] = []
        for (k, pole) in a.poles.enumerated() {
          guard let kb = b.poles.firstIndex(of: pole) else { continue }
          for (i, name) in a.names.enumerated() {
            guard let j = b.names.firstIndex(of: name) else { continue }
            let (x, y) = (b.alignment[j][kb], a.alignment[i][k])
            if abs(x - y) >= 0.25 {
              lines.append("\(name) with \(pole): \(String(format: "%+.2f", x)) -> \(String(format: "%+.2f", y))")
            }
          }
        }
        if !lines.isEmpty {
          out += (markdown ? "\n" : "") + "Alignment (changes of 0.25 or more):\n" + (markdown ? "\n" : "")
          for l in lines { out += item + l + "\n" }
        }
      }
      for m in measures {
        let list = s.actors.filter { $0.measure == m }.sorted { (abs($1.delta), $0.actor) < (abs($0.delta), $1.actor) }
        guard !list.isEmpty else { continue }
        out += (markdown ? "\n### " : "\nShifts in ") + m.rawValue + (markdown ? "\n\n" : " (largest first):\n")
        for x in list.prefix(top) {
          let rank = "rank \(x.rankBefore.map(String.init) ?? "-") -> \(x.rankAfter.map(String.init) ?? "-")"
          out +=
            item
            + "\(x.actor): \(AnalysisFormatter.short(x.before)) -> \(AnalysisFormatter.short(x.after)) (\(String(format: "%+.4f", x.delta))), \(rank)\n"
          for (c, v) in x.explanation.prefix(3) {
            out += (markdown ? "    - " : "      ") + "\(String(format: "%+.4f", v)) from \(describe(c))\n"
          }
        }
      }
      out += "\n"
    }
    return out
  }

  static func csv(_ shifts: [Shift]) -> String {
    var out = "from,to,actor,measure,before,after,change,rank_before,rank_after,explanation\n"
    for s in shifts {
      for x in s.actors {
        let why = x.explanation.map { "\(describe($0.change)) \(AnalysisFormatter.exact($0.contribution))" }.joined(
          separator: "; ")
        out +=
          "\(s.from),\(s.to),\(AnalysisFormatter.csvField(x.actor)),\(x.measure.rawValue),\(AnalysisFormatter.exact(x.before)),"
        out +=
          "\(AnalysisFormatter.exact(x.after)),\(AnalysisFormatter.exact(x.delta)),\(x.rankBefore.map(String.init) ?? ""),"
        out += "\(x.rankAfter.map(String.init) ?? ""),\(AnalysisFormatter.csvField(why))\n"
      }
    }
    return out
  }

  static func json(_ shifts: [Shift]) -> String {
    let q = JSONText.string
    func n(_ x: Double) -> String { x.isFinite ? AnalysisFormatter.exact(x) : "null" }
    func rel(_ r: Shift.RelationChange) -> String {
      "{\"change\": \(q(r.change)), \"outcome\": \(q(r.outcome.rawValue)), \"source\": \(q(r.edge.source.rawValue)), \"target\": \(q(r.edge.target.rawValue)), \"kind\": \(q(r.edge.kind)), "
        + "\"weight\": \(n(r.edge.weight))" + (r.weightBefore.map { ", \"weight_before\": \(n($0))" } ?? "")
        + (r.phaseBefore.map { ", \"phase_before\": \(q($0.rawValue)), \"phase\": \(q(r.edge.phase.rawValue))" } ?? "")
        + ", \"evidence\": [" + r.edge.evidence.map { q($0.citation) }.joined(separator: ", ") + "]}"
    }
    var parts: [String] = []
    for s in shifts {
      var o =
        "  {\"from\": \(q(s.from.description)), \"to\": \(q(s.to.description)),\n   \"relations\": ["
        + s.relations.map(rel).joined(separator: ", ") + "],\n"
      o +=
        "   \"balance\": {\"triangle_index\": [\(n(s.before.census.balanceIndex)), \(n(s.after.census.balanceIndex))], \"walk\": [\(n(s.before.walkBalance)), \(n(s.after.walkBalance))], \"frustration\": [\(s.before.frustration.frustrated), \(s.after.frustration.frustrated)]},\n"
      o +=
        "   \"actors\": [\n"
        + s.actors.map { x in
          "    {\"actor\": \(q(x.actor)), \"measure\": \(q(x.measure.rawValue)), \"before\": \(n(x.before)), \"after\": \(n(x.after)), "
            + "\"rank_before\": \(x.rankBefore.map(String.init) ?? "null"), \"rank_after\": \(x.rankAfter.map(String.init) ?? "null"), \"explanation\": ["
            + x.explanation.map { "{\"contribution\": \(n($0.contribution)), \"relation\": \(rel($0.change))}" }.joined(
              separator: ", ") + "]}"
        }.joined(separator: ",\n") + "\n   ]}"
      parts.append(o)
    }
    return "[\n" + parts.joined(separator: ",\n") + "\n]\n"
  }
}
