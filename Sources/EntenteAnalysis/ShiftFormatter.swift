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

  /// A pair unit: `RUS–TUR (+ RUS -- TUR tension [c]; + RUS -> TUR trade [c])`.
  ///
  /// With a layer, only the pair's relations on that layer are described (the others move nothing there).
  static func describe(_ u: Shift.PairChange, layer: Layer? = nil) -> String {
    let on = u.relations.filter { layer?.contains(sign: $0.edge.sign) ?? true }
    return "\(u.actors.joined(separator: "–")) ("
      + (on.isEmpty ? u.relations : on).map(describe).joined(separator: "; ")
      + ")"
  }

  /// A contribution's value, with its standard error when sampled.
  static func value(_ c: Shift.Contribution, exact: Bool) -> String {
    let v = exact ? AnalysisFormatter.exact(c.value) : String(format: "%+.4f", c.value)
    guard let e = c.error else { return v }
    return v + (exact ? " ±" + AnalysisFormatter.exact(e) : String(format: " ±%.4f", e))
  }

  /// What the explanations are: exact or sampled, and that they add up.
  static func method(_ s: Shift) -> String {
    if let why = s.unexplained { return "Explanations skipped (\(why))." }
    let citations =
      s.countCitations
      ? " Relations cited again count (--count-citations)." : " Relations cited again move nothing."
    return
      (s.isExact
      ? "Explanations: exact Shapley shares of \(s.units.count) changed pairs; each actor's shares sum to its change."
      : "Explanations: Shapley shares of \(s.units.count) changed pairs sampled over \(s.sampledOrders) orders (± one standard error); each actor's shares sum to its change.")
      + citations
  }

  /// Actors present in both analyses whose former camp-mates (present in both) are
  /// mostly no longer in their camp, with who they were and are with.
  ///
  /// - Complexity: O(*V* log *V*): each actor's camps are looked up by number (a set of
  ///   camp-mates per actor was quadratic in a camp's size, seconds at thousands of actors).
  static func campMoves(_ b: SnapshotAnalysis, _ a: SnapshotAnalysis) -> [String] {
    func campOf(_ x: SnapshotAnalysis) -> (camp: [String: Int], members: [[String]]) {
      var camp: [String: Int] = [:]
      let members = x.camps.map { $0.members.map(\.rawValue) }
      for (k, m) in members.enumerated() { for id in m { camp[id] = k } }
      return (camp, members)
    }
    let (cb, ca) = (campOf(b), campOf(a))
    let both = Set(cb.camp.keys).intersection(ca.camp.keys)
    // Actors in both, per camp before and per pair of camps (before, after).
    var perBefore: [Int: Int] = [:]
    var perPair: [Int: [Int: Int]] = [:]
    for x in both {
      guard let kb = cb.camp[x], let ka = ca.camp[x] else { continue }
      perBefore[kb, default: 0] += 1
      perPair[kb, default: [:]][ka, default: 0] += 1
    }
    func firstMates(_ members: [String], except x: String, inBoth: Bool) -> String {
      var out: [String] = []
      for m in members where m != x && (!inBoth || both.contains(m)) {
        out.append(m)
        if out.count == 6 { break }
      }
      return out.joined(separator: " ")
    }
    var lines: [String] = []
    for x in both.sorted() {
      guard let kb = cb.camp[x], let ka = ca.camp[x] else { continue }
      let before = (perBefore[kb] ?? 1) - 1
      let kept = (perPair[kb]?[ka] ?? 1) - 1
      guard before > 0, kept * 2 < before else { continue }
      let was = firstMates(cb.members[kb], except: x, inBoth: true)
      let now = firstMates(ca.members[ka], except: x, inBoth: false)
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
      if !s.evidenceOnly.isEmpty {
        out +=
          (markdown ? "\n" : "")
          + "Cited again (the same relations, weight moved only by the evidence rule; "
          + (s.countCitations ? "counted, --count-citations" : "no change in the world, not measured") + "):\n"
          + (markdown ? "\n" : "")
        for r in s.evidenceOnly { out += item + describe(r) + "\n" }
      }
      let (b, a) = (s.before, s.after)
      out +=
        (markdown ? "\n" : "")
        + "Balance: triangle index \(AnalysisFormatter.short(b.census.balanceIndex)) -> \(AnalysisFormatter.short(a.census.balanceIndex)); "
      out +=
        "walk \(AnalysisFormatter.figure(b, "walk balance", b.walkBalanceText(AnalysisFormatter.short))) -> \(AnalysisFormatter.figure(a, "walk balance", a.walkBalanceText(AnalysisFormatter.short))); "
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
        var nodeBefore: [String: Int] = [:]
        for (j, name) in b.names.enumerated() where nodeBefore[name] == nil { nodeBefore[name] = j }
        for (k, pole) in a.poles.enumerated() {
          guard let kb = b.poles.firstIndex(of: pole) else { continue }
          for (i, name) in a.names.enumerated() {
            guard let j = nodeBefore[name] else { continue }
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
      out += (markdown ? "\n" : "") + method(s) + "\n"
      var columns: [String] = []
      for x in s.actors where !columns.contains(x.column) { columns.append(x.column) }
      for column in columns {
        let list = s.actors.filter { $0.column == column }
        guard let first = list.first else { continue }
        let label = first.layer.map { " (\($0.reading), \($0.rawValue) layer)" } ?? " (signed graph)"
        out +=
          (markdown ? "\n### " : "\nShifts in ") + column + label + (markdown ? "\n\n" : ", largest first:\n")
        for x in list.prefix(top) {
          let rank = "rank \(x.rankBefore.map(String.init) ?? "-") -> \(x.rankAfter.map(String.init) ?? "-")"
          out +=
            item
            + "\(x.actor): \(AnalysisFormatter.short(x.before)) -> \(AnalysisFormatter.short(x.after)) (\(String(format: "%+.4f", x.delta))), \(rank)\n"
          let sub = markdown ? "    - " : "      "
          // Shares that round to 0.0000 are left to the CSV and JSON.
          let shown = x.explanation.filter { abs($0.value) >= 0.00005 }.prefix(3)
          for c in shown {
            let main = x.mainReason.map { $0.unit == c.unit } == true ? " (main reason)" : ""
            out += sub + "\(value(c, exact: false)) from \(describe(c.unit, layer: x.layer))\(main)\n"
          }
          let rest = x.explanation.count - shown.count
          let restSum = x.delta - shown.reduce(0) { $0 + $1.value }
          if rest > 0 && abs(restSum) >= 0.00005 {
            out += sub + "\(String(format: "%+.4f", restSum)) from \(rest) more pairs\n"
          }
        }
      }
      out += "\n"
    }
    return out
  }

  static func csv(_ shifts: [Shift]) -> String {
    var out = "from,to,actor,measure,layer,before,after,change,rank_before,rank_after,main_reason,explanation\n"
    for s in shifts {
      for x in s.actors {
        let why = x.explanation.map { "\($0.unit.actors.joined(separator: "-")) \(value($0, exact: true))" }.joined(
          separator: "; ")
        let fields = [
          "\(s.from)", "\(s.to)", AnalysisFormatter.csvField(x.actor), x.column, x.layer?.rawValue ?? "signed",
          AnalysisFormatter.exact(x.before), AnalysisFormatter.exact(x.after), AnalysisFormatter.exact(x.delta),
          x.rankBefore.map(String.init) ?? "", x.rankAfter.map(String.init) ?? "",
          AnalysisFormatter.csvField(x.mainReason.map { $0.unit.actors.joined(separator: "-") } ?? ""),
          AnalysisFormatter.csvField(why),
        ]
        out += fields.joined(separator: ",") + "\n"
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
    func contribution(_ c: Shift.Contribution) -> String {
      let error: String = c.error.map { ", \"error\": " + n($0) } ?? ""
      let pair: String = c.unit.actors.map(q).joined(separator: ", ")
      let relations: String = c.unit.relations.map(rel).joined(separator: ", ")
      return "{\"contribution\": " + n(c.value) + error + ", \"pair\": [" + pair + "], \"relations\": [" + relations
        + "]}"
    }
    var parts: [String] = []
    for s in shifts {
      var o =
        "  {\"from\": \(q(s.from.description)), \"to\": \(q(s.to.description)),\n   \"relations\": ["
        + s.relations.map(rel).joined(separator: ", ") + "],\n"
      o +=
        "   \"evidence_only\": [" + s.evidenceOnly.map(rel).joined(separator: ", ") + "],\n"
      o +=
        "   \"explanations\": {\"method\": \(q(s.isExact ? "exact Shapley" : "sampled Shapley")), \"units\": \(s.units.count), \"orders\": \(s.sampledOrders), \"count_citations\": \(s.countCitations)"
        + (s.unexplained.map { ", \"skipped\": \(q("skipped (" + $0 + ")"))" } ?? "") + "},\n"
      o +=
        "   \"balance\": {\"triangle_index\": [\(n(s.before.census.balanceIndex)), \(n(s.after.census.balanceIndex))], \"walk\": [\(n(s.before.walkBalance)), \(n(s.after.walkBalance))], \"frustration\": [\(s.before.frustration.frustrated), \(s.after.frustration.frustrated)]},\n"
      o +=
        "   \"actors\": [\n"
        + s.actors.map { x in
          "    {\"actor\": \(q(x.actor)), \"measure\": \(q(x.column)), \"layer\": \(q(x.layer?.rawValue ?? "signed")), \"before\": \(n(x.before)), \"after\": \(n(x.after)), "
            + "\"rank_before\": \(x.rankBefore.map(String.init) ?? "null"), \"rank_after\": \(x.rankAfter.map(String.init) ?? "null"), \"explanation\": ["
            + x.explanation.map(contribution).joined(separator: ", ") + "]"
            + (x.mainReason.map { ", \"main_reason\": [" + $0.unit.actors.map(q).joined(separator: ", ") + "]" } ?? "")
            + "}"
        }.joined(separator: ",\n") + "\n   ]}"
      parts.append(o)
    }
    return "[\n" + parts.joined(separator: ",\n") + "\n]\n"
  }
}
