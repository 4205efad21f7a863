import Entente
import EntenteAnalysis
import Foundation

/// A small SVG line chart of alignment with each pole over the dates.
enum AlignmentChart {
  /// One panel per pole, a line per actor whose alignment moves most (at most 6), or nil without poles.
  static func svg(poles: [String], analyses: [SnapshotAnalysis], dates: [EntenteDate]) -> String? {
    guard !poles.isEmpty, dates.count >= 2 else { return nil }
    let (w, h, pad) = (260.0, 160.0, 30.0)
    let colors = ["#1f5fa8", "#c62828", "#2e7d32", "#ef6c00", "#7b1fa2", "#00838f"]
    var out =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(w) * poles.count)pt\" height=\"\(Int(h + 90))pt\" viewBox=\"0 0 \(Int(w) * poles.count) \(Int(h + 90))\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"10\">\n"
    for (p, pole) in poles.enumerated() {
      let x0 = Double(p) * w
      func value(_ actor: String, _ k: Int) -> Double? {
        let a = analyses[k]
        guard let i = a.names.firstIndex(of: actor), let j = a.poles.firstIndex(of: pole) else { return nil }
        return a.alignment[i][j]
      }
      let actors = Set(analyses.flatMap(\.names)).subtracting([pole]).sorted()
      let moving = actors.map { actor -> (String, Double) in
        let vs = (0..<dates.count).compactMap { value(actor, $0) }
        return (actor, (vs.max() ?? 0) - (vs.min() ?? 0))
      }.filter { $0.1 > 0 }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(6)
      out +=
        "<g class=\"pole\" id=\"pole-\(XMLText.escape(pole))\"><text x=\"\(x0 + pad)\" y=\"14\" font-weight=\"bold\">Alignment with \(XMLText.escape(pole))</text>\n"
      let top = 24.0
      let bottom = top + h - pad
      func y(_ v: Double) -> Double { top + (1 - v) / 2 * (bottom - top) }
      func x(_ k: Int) -> Double { x0 + pad + Double(k) * (w - 2 * pad) / Double(dates.count - 1) }
      out += "<line x1=\"\(x0 + pad)\" y1=\"\(y(0))\" x2=\"\(x0 + w - pad)\" y2=\"\(y(0))\" stroke=\"#bbb\"/>"
      for (k, d) in dates.enumerated() {
        out += "<text x=\"\(x(k))\" y=\"\(bottom + 14)\" text-anchor=\"middle\">\(d)</text>"
      }
      out += "<text x=\"\(x0 + 4)\" y=\"\(y(1) + 4)\">+1</text><text x=\"\(x0 + 4)\" y=\"\(y(-1) + 4)\">−1</text>\n"
      for (n, (actor, _)) in moving.enumerated() {
        let points = (0..<dates.count).compactMap { k in
          value(actor, k).map { "\(x(k)),\(String(format: "%.1f", y($0)))" }
        }
        out +=
          "<polyline class=\"actor\" fill=\"none\" stroke=\"\(colors[n])\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"><title>\(XMLText.escape(actor))</title></polyline>"
        out +=
          "<text x=\"\(x0 + pad + Double(n % 3) * 75)\" y=\"\(bottom + 32 + Double(n / 3) * 14)\" fill=\"\(colors[n])\">■ \(XMLText.escape(actor))</text>\n"
      }
      out += "</g>\n"
    }
    return out + "</svg>\n"
  }
}
