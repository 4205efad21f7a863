import Entente
import Foundation
import Synchronization

/// Renders diagrams: DOT in, SVG (cleaned), PNG, PDF or positioned DOT out.
public enum DiagramRenderer {
  /// An output format.
  public enum Format: String, Sendable, CaseIterable {
    case svg, png, pdf, dot

    /// The format a file name asks for by its extension (any case); `-` (standard
    /// output) and a name without extension are SVG.
    ///
    /// - Throws: `.invalidRequest` naming the extension and the known ones, so that
    ///   `-o x.jpg` is refused rather than written as SVG under a JPEG name.
    public init(path: String) throws(RenderError) {
      let ext = (path as NSString).pathExtension.lowercased()
      if path == "-" || ext.isEmpty {
        self = .svg
        return
      }
      guard let f = Format(rawValue: ext) else {
        let known = Format.allCases.map { "." + $0.rawValue }.joined(separator: ", ")
        throw RenderError(
          .invalidRequest, "cannot write '\(path)': unknown extension '.\(ext)'; use one of \(known), or give --format")
      }
      self = f
    }
  }

  /// Renders a diagram.
  ///
  /// - Parameters:
  ///   - graph: the diagram.
  ///   - engine: a layout engine; a diagram with pinned positions should use `nop2`.
  ///   - format: the output format; `dot` is DOT with the computed positions.
  ///   - embed: for SVG, leave out the prolog and DOCTYPE and scale with the container.
  /// - Returns: the rendered bytes.
  /// - Throws: `RenderError` with Graphviz's message.
  public static func render(_ graph: DOTGraph, engine: String, format: Format, embed: Bool = false) throws(RenderError)
    -> Data
  {
    var main = graph
    if let px = graph.targetWidth {
      main = main.scalingFonts(by: try fontScale(fitting: graph, engine: engine, width: px))
    }
    let legend = main.legend
    main.legend = nil
    main.targetWidth = nil
    guard let legend, !legend.entries.isEmpty else {
      return try plain(main, engine: engine, format: format, embed: embed)
    }
    guard format == .svg else {
      // Without SVG's stacking, the legend goes into the label, under the title.
      var rows: [[HTMLLabel]] = []
      if case .text(let title)? = main.attributes["label"] {
        let size: Double = if case .number(let x)? = main.attributes["fontsize"] { x } else { 14 }
        rows.append([HTMLLabel.text(title).bold().font(size: size)])
      }
      main.attributes["label"] = .html(HTMLLabel.table(rows + legend.htmlRows, border: 0, cellPadding: 1))
      main.attributes["labelloc"] = .text("t")
      main.attributes["labeljust"] = .text("l")
      return try plain(main, engine: engine, format: format, embed: embed)
    }
    let top = raised(
      String(decoding: try GraphvizRenderer.shared.render(dot: main.text, engine: engine, format: "svg"), as: UTF8.self)
    )
    let width = try SVGDocument.size(of: top, part: "the diagram").width
    let bottom = try legendSVG(legend.dot(width: width).text)
    let stacked = try SVGDocument.stacked(
      [top, bottom],
      id: (main.attributes["id"].flatMap { if case .text(let s) = $0 { s } else { nil } } ?? "diagram") + "-figure")
    return Data(SVGDocument.clean(stacked, embed: embed).utf8)
  }

  /// The factor on every font that makes the smallest label at least 11 CSS pixels when
  /// the SVG is shown `width` pixels wide: lays the graph out, measures, grows the fonts
  /// (nodes grow with their labels) and repeats, at most ten times.
  ///
  /// The factor stays within 1...``largestFontScale``; it is 1 when growing the fonts
  /// grows the drawing as much (the labels then never reach 11 px at `width`).
  ///
  /// - Complexity: up to ten layouts.
  public static func fontScale(fitting graph: DOTGraph, engine: String, width: Double) throws(RenderError) -> Double {
    guard width > 0 else { throw RenderError(.invalidRequest, "the target width must be positive, not \(width)") }
    var base = graph
    (base.legend, base.targetWidth) = (nil, nil)
    var scale = 1.0
    var previous: (scale: Double, points: Double)?
    for _ in 0..<10 {
      let g = graph.scalingFonts(by: scale)
      var main = base.scalingFonts(by: scale)
      main.legend = nil
      let svg = String(
        decoding: try GraphvizRenderer.shared.render(dot: main.text, engine: engine, format: "svg"), as: UTF8.self)
      let points = try SVGDocument.size(of: svg, part: "the diagram").width
      let pixels = g.smallestFont * width / points
      if pixels >= 11.2 { return scale }
      // The drawing grows about linearly with the fonts (points ≈ a + b·scale); with two
      // measurements, solve smallest·width / (a + b·scale) = 11.2 for the next scale.
      var next = scale * 11.2 / pixels * 1.04
      if let p = previous, scale != p.scale {
        let b = (points - p.points) / (scale - p.scale)
        let a = points - b * scale
        let denominator = g.smallestFont / scale * width - 11.2 * b
        // A layout that grows as fast as its fonts (sfdp keeping nodes apart) never reaches
        // 11 px at this width: larger fonts only make every line thinner beside them. Keep
        // the fonts; the page shows such a diagram wider, in a box that scrolls.
        guard denominator > 0 else { return 1 }
        next = min(scale * 2, max(scale * 1.02, 11.2 * a / denominator * 1.02))
      }
      // Reachable only beyond the cap: the cap.
      if scale >= Self.largestFontScale { return Self.largestFontScale }
      previous = (scale, points)
      scale = min(next, Self.largestFontScale)
    }
    return scale
  }

  /// The largest factor `fontScale` gives: beyond it, lines (which grow with the square
  /// root of the factor) turn to hairlines beside the labels.
  static let largestFontScale = 4.0

  /// Rendered legends by their DOT text, at most `legendCacheSize` of them.
  ///
  /// A process that draws many diagrams draws few distinct legends; laying each out once
  /// also spares the memory Graphviz 2.42's `nop2` layout keeps on every call (about 0.3 KiB).
  private static let legendCache = Mutex<[String: String]>([:])
  private static let legendCacheSize = 64

  private static func legendSVG(_ dot: String) throws(RenderError) -> String {
    if let svg = legendCache.withLock({ $0[dot] }) { return svg }
    let svg = String(
      decoding: try GraphvizRenderer.shared.render(dot: dot, engine: "nop2", format: "svg"), as: UTF8.self)
    legendCache.withLock { cache in
      if cache.count >= legendCacheSize { cache.removeAll() }
      cache[dot] = svg
    }
    return svg
  }

  /// Relations that end (in a year) or ended (in a diff) are drawn over the nodes.
  private static func raised(_ svg: String) -> String { SVGDocument.raisingEdges(svg, classes: ["ends", "ended"]) }

  private static func plain(_ graph: DOTGraph, engine: String, format: Format, embed: Bool) throws(RenderError) -> Data
  {
    let data = try GraphvizRenderer.shared.render(dot: graph.text, engine: engine, format: format.rawValue)
    guard format == .svg else { return data }
    return Data(SVGDocument.clean(raised(String(decoding: data, as: UTF8.self)), embed: embed).utf8)
  }

  /// The cleaned SVG of a diagram as text.
  public static func svg(_ graph: DOTGraph, engine: String, embed: Bool = false) throws(RenderError) -> String {
    String(decoding: try render(graph, engine: engine, format: .svg, embed: embed), as: UTF8.self)
  }

  /// Lays a diagram out and returns each node's position in points.
  ///
  /// - Complexity: that of the engine; the parse of Graphviz's `plain` output is linear.
  public static func positions(of graph: DOTGraph, engine: String) throws(RenderError) -> [String: Point] {
    let plain = String(
      decoding: try GraphvizRenderer.shared.render(dot: graph.text, engine: engine, format: "plain"), as: UTF8.self)
    var out: [String: Point] = [:]
    for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
      let tokens = PlainFormat.tokens(line)
      guard tokens.count >= 4, let x = Double(tokens[2]), let y = Double(tokens[3]) else { continue }
      out[tokens[1]] = Point(x: (x * 72 * 100).rounded() / 100, y: (y * 72 * 100).rounded() / 100)
    }
    return out
  }
}

/// Graphviz's `plain` output: space-separated tokens, strings with spaces quoted.
enum PlainFormat {
  static func tokens(_ line: Substring) -> [String] {
    var tokens: [String] = []
    var current = ""
    var quoted = false
    var escaped = false
    for c in line {
      if quoted {
        if escaped {
          current.append(c)
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == "\"" {
          quoted = false
        } else {
          current.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == " " {
        if !current.isEmpty { tokens.append(current) }
        current = ""
      } else {
        current.append(c)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }
}
