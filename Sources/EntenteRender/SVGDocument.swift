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
    var out = SVGBytes.withoutComments(svg, droppingBlankLines: true)
    if embed { embedRoot(&out) }
    if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Drops what comes before the root `svg` and gives its tag a width that follows
  /// the container (see ``clean(_:embed:)``); only the root's tag is rewritten.
  ///
  /// - Complexity: O(*n*) in the SVG's length (one copy to drop the prolog).
  private static func embedRoot(_ out: inout [UInt8]) {
    if let start = SVGBytes.find(Array("<svg".utf8), in: out, from: 0), start > 0 {
      out.removeSubrange(0..<start)
    }
    guard let close = out.firstIndex(of: UInt8(ascii: ">")) else { return }
    let head = String(decoding: out[...close], as: UTF8.self)
    guard let width = attribute("width", in: Substring(head)), let height = attribute("height", in: Substring(head))
    else { return }
    var tag = head
    tag = tag.replacingOccurrences(of: "width=\"\(width)\"", with: "width=\"100%\"")
    tag = tag.replacingOccurrences(of: " height=\"\(height)\"", with: "")
    tag = tag.replacingOccurrences(
      of: "<svg ", with: "<svg style=\"max-width: \(width); height: auto\" preserveAspectRatio=\"xMidYMid meet\" ")
    out.replaceSubrange(0...close, with: Array(tag.utf8))
  }

  /// The text without its XML comments (an unclosed comment drops the rest).
  ///
  /// - Complexity: O(*n*) in the text's length: one pass over its bytes.
  static func removingComments(_ s: String) -> String {
    String(decoding: SVGBytes.withoutComments(s, droppingBlankLines: false), as: UTF8.self)
  }

  static func attribute(_ name: String, in tag: Substring) -> String? {
    guard let r = tag.range(of: " \(name)=\"") else { return nil }
    let after = tag[r.upperBound...]
    guard let end = after.firstIndex(of: "\"") else { return nil }
    return String(after[..<end])
  }

  /// The SVG with the edge groups whose class contains one of `classes` moved after
  /// every node (to the end of the graph's group), so those edges are drawn on top and
  /// never run hidden behind a third actor (`outputorder=edgesfirst` draws the rest first).
  ///
  /// - Complexity: O(*n*) in the SVG's length: one pass over its bytes.
  static func raisingEdges(_ svg: String, classes: [String]) -> String {
    String(decoding: SVGBytes.raisingGroups(svg, classes: Set(classes)), as: UTF8.self)
  }

  /// The width and height in points of a Graphviz SVG (its root's `width` and `height`).
  static func size(of svg: String, part: String) throws(RenderError) -> (width: Double, height: Double) {
    guard let start = svg.range(of: "<svg"), let close = svg[start.lowerBound...].range(of: ">"),
      let w = attribute("width", in: svg[start.lowerBound..<close.upperBound]).flatMap(points),
      let h = attribute("height", in: svg[start.lowerBound..<close.upperBound]).flatMap(points)
    else { throw RenderError(.invalidSVG, "\(part) is not an SVG with width and height") }
    return (w, h)
  }

  /// A Graphviz SVG as a nested `svg` element at (`x`, `y`) of a parent whose user unit
  /// is the point: its `width` and `height` lose their `pt`, so it is drawn at exactly
  /// its size in the parent's coordinates (with `pt` a browser would scale it by 4/3
  /// and clip it).
  static func nested(_ svg: String, x: Double, y: Double, part: String) throws(RenderError) -> (
    svg: String, width: Double, height: Double
  ) {
    let (w, h) = try size(of: svg, part: part)
    guard let start = svg.range(of: "<svg"), let close = svg[start.lowerBound...].range(of: ">") else {
      throw RenderError(.invalidSVG, "\(part) is not an SVG")
    }
    var tag = String(svg[start.lowerBound..<close.upperBound])
    for name in ["width", "height"] {
      if let v = attribute(name, in: Substring(tag)) {
        tag = tag.replacingOccurrences(of: " \(name)=\"\(v)\"", with: "")
      }
    }
    tag = "<svg x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(w))\" height=\"\(fmt(h))\"" + tag.dropFirst(4)
    let inner = removingComments(tag + svg[close.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    return (inner, w, h)
  }

  /// A root `svg` element of the given size in points, holding `body`.
  static func root(width: Double, height: Double, id: String, body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <svg width="\(fmt(width))pt" height="\(fmt(height))pt" viewBox="0.00 0.00 \(fmt(width)) \(fmt(height))" id="\(xmlEscape(id))" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
    \(body)</svg>

    """
  }

  /// Several Graphviz SVGs one under the other in one SVG (a diagram and its legend).
  public static func stacked(_ parts: [String], id: String) throws(RenderError) -> String {
    var (y, width, body) = (0.0, 0.0, "")
    for (i, p) in parts.enumerated() {
      let n = try nested(p, x: 0, y: y, part: "part \(i + 1)")
      body += n.svg + "\n"
      y += n.height
      width = max(width, n.width)
    }
    return root(width: width, height: y, id: id, body: body)
  }

  /// Puts several SVGs side by side in one SVG, each under a caption, each at its real size.
  ///
  /// Each part must be a cleaned, non-embedded SVG with `width` and `height` in points.
  public static func sideBySide(_ parts: [(caption: String, svg: String)], gap: Double = 24) throws(RenderError)
    -> String
  {
    var x = 0.0
    var height = 0.0
    var body = ""
    for (i, p) in parts.enumerated() {
      // Each panel's ids get the panel's prefix, so the dates' diagrams keep unique ids side by side.
      let unique = p.svg.replacingOccurrences(of: " id=\"", with: " id=\"p\(i + 1)-")
        .replacingOccurrences(of: "xlink:href=\"#", with: "xlink:href=\"#p\(i + 1)-")
      let n = try nested(unique, x: x, y: 24, part: "part \(i + 1) ('\(p.caption)')")
      body +=
        "<g class=\"panel\" id=\"panel-\(i + 1)\">\n<text x=\"\(fmt(x + n.width / 2))\" y=\"16\" text-anchor=\"middle\" font-family=\"Helvetica,sans-Serif\" font-size=\"16\" font-weight=\"bold\">\(xmlEscape(p.caption))</text>\n"
      body += n.svg + "\n</g>\n"
      x += n.width + gap
      height = max(height, n.height + 24)
    }
    return root(width: max(0, x - gap), height: height, id: "small-multiples", body: body)
  }

  static func points(_ s: String) -> Double? { Double(s.hasSuffix("pt") ? String(s.dropLast(2)) : s) }

  static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }

  /// Text escaped for XML content and attributes.
  public static func xmlEscape(_ s: String) -> String { XMLText.escape(s) }
}
