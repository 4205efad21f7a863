import Entente
import Foundation

/// Text helpers the interchange formats share.
enum InterchangeText {
  static func xml(_ s: String) -> String { XMLText.escape(s, references: true) }

  static func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(format: "%.1f", x) : "\(x)" }
}

extension InterchangeTable.Edge {
  /// The names a time may come under, in the order they are looked for: an event's date
  /// (`at`, or `year` as pandas and spreadsheets name it), an interval's `since` and `until`.
  static let timeColumns = ["at", "year", "since", "until"]

  /// An edge from attributes named as Entente writes them.
  ///
  /// Missing ones take their defaults (weight and confidence 1, directed, phase `holds`).
  /// A `year` stands for `at` when there is no `at` (`2020.0`, as pandas writes a year
  /// column with gaps, is `2020`).
  init(_ s: String, _ t: String, _ a: [String: String]) {
    func bool(_ v: String?) -> Bool? { v.map { ["true", "1", "True"].contains($0) } }
    func text(_ k: String) -> String? { a[k].flatMap { $0.isEmpty ? nil : $0 } }
    var year = text("year")
    if let y = year, y.hasSuffix(".0"), Int(y.dropLast(2)) != nil { year = String(y.dropLast(2)) }
    self.init(
      source: s, target: t, kind: a["kind"] ?? "", sign: Int(a["sign"] ?? "") ?? 0,
      weight: Double(a["weight"] ?? "") ?? 1,
      confidence: Double(a["confidence"] ?? "") ?? 1, directed: bool(a["directed"]) ?? true,
      at: text("at") ?? year,
      since: a["since"].flatMap { $0.isEmpty ? nil : $0 }, until: a["until"].flatMap { $0.isEmpty ? nil : $0 },
      phase: a["phase"] ?? "holds",
      note: a["note"].flatMap { $0.isEmpty ? nil : $0 }, evidence: a["evidence"] ?? "")
  }
}
