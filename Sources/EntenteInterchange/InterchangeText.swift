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

  /// An edge from attributes named as Entente writes them; missing ones take their
  /// defaults (weight and confidence 1, directed, phase `holds`), but a value that is
  /// there must be right: a weight or confidence that is not a decimal number or out of
  /// range, a sign other than -1, 0 or 1, a phase other than holds, begins or ends, or a
  /// directed flag other than true/false/1/0 is an error naming the attribute and value,
  /// never silently a default.
  ///
  /// - Throws: `EntenteError` `.invalidValue` naming the attribute, the value and what would be right.
  /// A `year` stands for `at` when there is no `at` (`2020.0`, as pandas writes a year
  /// column with gaps, is `2020`).
  init(checking s: String, _ t: String, _ a: [String: String]) throws(EntenteError) {
    func present(_ key: String) -> String? {
      guard let v = a[key]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
      return v
    }
    func bad(_ key: String, _ v: String, _ right: String) -> EntenteError {
      EntenteError(.invalidValue, "\(key) '\(v.prefix(40))' of edge \(s) -> \(t) is not valid; \(right)")
    }
    var sign = 0
    if let v = present("sign") {
      // Peers may write an int attribute as 1.0.
      guard let n = NumberText.number(v), n == -1 || n == 0 || n == 1 else { throw bad("sign", v, "write -1, 0 or 1") }
      sign = Int(n)
    }
    var weight = 1.0
    if let v = present("weight") {
      guard let w = NumberText.number(v), w.isFinite, w > 0 else {
        throw bad("weight", v, "write a decimal number above 0 such as 1 or 2.5")
      }
      weight = w
    }
    var confidence = 1.0
    if let v = present("confidence") {
      guard let c = NumberText.number(v), (0...1).contains(c) else {
        throw bad("confidence", v, "write a decimal number from 0 to 1")
      }
      confidence = c
    }
    var directed = true
    if let v = present("directed") {
      switch v.lowercased() {
      case "true", "1": directed = true
      case "false", "0": directed = false
      default: throw bad("directed", v, "write true or false")
      }
    }
    var phase = "holds"
    if let v = present("phase") {
      guard Phase(rawValue: v) != nil else { throw bad("phase", v, "write holds, begins or ends") }
      phase = v
    }
    var year = present("year")
    if let y = year, y.hasSuffix(".0"), Int(y.dropLast(2)) != nil { year = String(y.dropLast(2)) }
    self.init(
      source: s, target: t, kind: a["kind"] ?? "", sign: sign, weight: weight, confidence: confidence,
      directed: directed, at: present("at") ?? year,
      since: a["since"].flatMap { $0.isEmpty ? nil : $0 }, until: a["until"].flatMap { $0.isEmpty ? nil : $0 },
      phase: phase, note: a["note"].flatMap { $0.isEmpty ? nil : $0 }, evidence: a["evidence"] ?? "")
  }
}
