import Entente
import Foundation

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
  /// - Throws: `RenderError` with Graphviz's message.
  public static func render(_ graph: DOTGraph, engine: String, format: Format, embed: Bool = false) throws(RenderError) -> Data {
    var main = graph
    main.legend = nil
    guard let legend = graph.legend, !legend.entries.isEmpty else { return try plain(main, engine: engine, format: format, embed: embed) }
    guard format == .svg else {
      // Without SVG's stacking, the legend goes into the label, under the title.
      var rows: [[HTMLLabel]] = []
      if case .html(let title)? = main.attributes["label"] { rows.append([title]) }
      main.attributes["label"] = .html(HTMLLabel.table(rows + legend.htmlRows, border: 0, cellPadding: 1))
      main.attributes["labelloc"] = .text("t")
      main.attributes["labeljust"] = .text("l")
      return try plain(main, engine: engine, format: format, embed: embed)
    }
    let top = raised(String(decoding: try GraphvizRenderer.shared.render(dot: main.text, engine: engine, format: "svg"), as: UTF8.self))
    let width = try SVGDocument.size(of: top, part: "the diagram").width
    let bottom = String(
      decoding: try GraphvizRenderer.shared.render(dot: legend.dot(width: width).text, engine: "nop2", format: "svg"), as: UTF8.self)
    let stacked = try SVGDocument.stacked([top, bottom], id: (main.attributes["id"].flatMap { if case .text(let s) = $0 { s } else { nil } } ?? "diagram") + "-figure")
    return Data(SVGDocument.clean(stacked, embed: embed).utf8)
  }

  /// Relations that end (in a year) or ended (in a diff) are drawn over the nodes.
  private static func raised(_ svg: String) -> String { SVGDocument.raisingEdges(svg, classes: ["ends", "ended"]) }

  private static func plain(_ graph: DOTGraph, engine: String, format: Format, embed: Bool) throws(RenderError) -> Data {
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
    let plain = String(decoding: try GraphvizRenderer.shared.render(dot: graph.text, engine: engine, format: "plain"), as: UTF8.self)
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
