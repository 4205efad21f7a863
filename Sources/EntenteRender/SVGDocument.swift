import Entente
import Foundation

/// Post-processing of Graphviz's SVG for embedding: deterministic, with no
/// comments, and optionally without prolog and DOCTYPE and with a width that
/// follows its container.
public enum SVGDocument {
  /// Graphviz's SVG cleaned: comments removed (they carry the Graphviz version and
  /// unescaped names), everything else kept, including the node and edge groups.
  ///
  /// With `embed`, the XML prolog and DOCTYPE go, and the root `svg` gets
  /// `width="100%"`, no fixed height, and its natural size as `max-width`, so it
  /// scales with the page it is pasted into.
  ///
  /// - Complexity: O(*n*) in the SVG's length.
  public static func clean(_ svg: String, embed: Bool = false) -> String {
    var out = removingComments(svg)
    if embed {
      if let start = out.range(of: "<svg") { out = String(out[start.lowerBound...]) }
      if let open = out.range(of: ">"), let width = attribute("width", in: out[..<open.upperBound]),
        let height = attribute("height", in: out[..<open.upperBound])
      {
        var tag = String(out[..<open.upperBound])
        tag = tag.replacingOccurrences(of: "width=\"\(width)\"", with: "width=\"100%\"")
        tag = tag.replacingOccurrences(of: " height=\"\(height)\"", with: "")
        tag = tag.replacingOccurrences(of: "<svg ", with: "<svg style=\"max-width: \(width); height: auto\" preserveAspectRatio=\"xMidYMid meet\" ")
        out = tag + out[open.upperBound...]
      }
    }
    // Blank lines left by removed comments.
    return out.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n") + "\n"
  }

  static func removingComments(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var rest = Substring(s)
    while let start = rest.range(of: "<!--") {
      out += rest[..<start.lowerBound]
      guard let end = rest[start.upperBound...].range(of: "-->") else { return out }
      rest = rest[end.upperBound...]
    }
    return out + rest
  }

  static func attribute(_ name: String, in tag: Substring) -> String? {
    guard let r = tag.range(of: " \(name)=\"") else { return nil }
    let after = tag[r.upperBound...]
    guard let end = after.firstIndex(of: "\"") else { return nil }
    return String(after[..<end])
  }

  /// Puts several SVGs side by side in one SVG, each under a caption.
  ///
  /// Each part must be a cleaned, non-embedded Graphviz SVG (with `width`,
  /// `height` in points and a `viewBox`).
  public static func sideBySide(_ parts: [(caption: String, svg: String)], gap: Double = 24) throws(RenderError) -> String {
    var x = 0.0
    var height = 0.0
    var body = ""
    for (i, p) in parts.enumerated() {
      guard let start = p.svg.range(of: "<svg"), let close = p.svg[start.lowerBound...].range(of: ">"),
        let w = attribute("width", in: p.svg[start.lowerBound..<close.upperBound]).flatMap(points),
        let h = attribute("height", in: p.svg[start.lowerBound..<close.upperBound]).flatMap(points)
      else { throw RenderError(.invalidSVG, "part \(i + 1) ('\(p.caption)') is not an SVG with width and height") }
      var inner = String(p.svg[start.lowerBound...])
      inner = inner.replacingOccurrences(of: "<svg ", with: "<svg x=\"\(fmt(x))\" y=\"24\" ", options: [], range: inner.startIndex..<inner.index(inner.startIndex, offsetBy: 5))
      body += "<g class=\"panel\" id=\"panel-\(i + 1)\">\n<text x=\"\(fmt(x + w / 2))\" y=\"16\" text-anchor=\"middle\" font-family=\"Helvetica,sans-Serif\" font-size=\"16\" font-weight=\"bold\">\(xmlEscape(p.caption))</text>\n"
      body += inner.trimmingCharacters(in: .whitespacesAndNewlines) + "\n</g>\n"
      x += w + gap
      height = max(height, h + 24)
    }
    let width = max(0, x - gap)
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <svg width="\(fmt(width))pt" height="\(fmt(height))pt" viewBox="0.00 0.00 \(fmt(width)) \(fmt(height))" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
      \(body)</svg>

      """
  }

  static func points(_ s: String) -> Double? { Double(s.hasSuffix("pt") ? String(s.dropLast(2)) : s) }

  static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }

  /// Text escaped for XML content and attributes.
  public static func xmlEscape(_ s: String) -> String { XMLText.escape(s) }
}
