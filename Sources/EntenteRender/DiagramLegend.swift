import Foundation

/// The legend of a diagram: one entry per kind, phase, change and actor shape drawn,
/// each with the very attributes its edges or nodes get (from `DiagramStyle`).
///
/// In SVG it is drawn as a small pinned graph under the diagram, so its samples are
/// real Graphviz edges (real dash patterns, arrowheads, widths) and real node shapes;
/// in PNG, PDF and DOT it is a table of text samples in the graph's label.
public struct DiagramLegend: Sendable, Equatable {
  /// What an entry shows.
  public enum Sample: Sendable, Equatable {
    /// A short edge with these attributes.
    case edge(DOTAttributes)
    /// A small node with these attributes.
    case node(DOTAttributes)
  }

  /// One line of the legend.
  public struct Entry: Sendable, Equatable {
    /// The sample.
    public var sample: Sample
    /// What it means.
    public var text: String

    /// Creates an entry.
    public init(sample: Sample, text: String) {
      self.sample = sample
      self.text = text
    }
  }

  /// The entries, in order.
  public var entries: [Entry]
  /// A prefix for the legend's element ids, unique per diagram.
  public var idPrefix: String
  /// A factor on the legend's font and sizes (a diagram fitted to a narrow column has larger fonts).
  public var scale: Double = 1

  /// Creates a legend.
  public init(entries: [Entry], idPrefix: String) {
    self.entries = entries
    self.idPrefix = idPrefix
  }

  static let rowHeight = 20.0
  static let columnWidth = 240.0
  static let sampleWidth = 42.0
  static let fontSize = 11.0

  /// The legend as a graph of pinned nodes and real edges, in as many columns as fit
  /// `width` points; render it with engine `nop2`.
  ///
  /// - Complexity: O(*n*) in the entries.
  public func dot(width: Double) -> DOTGraph {
    var g = DOTGraph(
      name: idPrefix + "legend",
      attributes: [
        "id": .text(idPrefix + "legend"), "class": .text("legend"), "bgcolor": .text("white"), "pad": .number(0.1),
        "splines": .text("line"), "outputorder": .text("edgesfirst"),
      ],
      nodeDefaults: [
        "fontname": .text(DiagramStyle.font), "fontsize": .number(Self.fontSize * scale), "label": .text(""),
      ],
      edgeDefaults: ["arrowsize": .number(0.8)])
    let (rowHeight, columnWidth, sampleWidth) = (
      Self.rowHeight * scale, Self.columnWidth * scale, Self.sampleWidth * scale
    )
    // Graphviz pads the legend by 0.1 inch on each side.
    let columns = max(1, min(entries.count, Int((width - 16) / columnWidth)))
    let rows = (entries.count + columns - 1) / columns
    for (i, entry) in entries.enumerated() {
      let (column, row) = (i / max(rows, 1), i % max(rows, 1))
      let x = Double(column) * columnWidth
      let y = Double(rows - row) * rowHeight
      let id = "\(idPrefix)legend-\(i)"
      switch entry.sample {
      case .edge(let attrs):
        let ends: DOTAttributes = ["shape": .text("point"), "width": .number(0.01), "style": .text("invis")]
        g.nodes.append(DOTNode(id: id + "-a", attributes: pinned(ends, x, y)))
        g.nodes.append(DOTNode(id: id + "-b", attributes: pinned(ends, x + sampleWidth, y)))
        var a = attrs
        if case .number(let w)? = a["penwidth"] { a["penwidth"] = .number(w * scale.squareRoot()) }
        a["id"] = .text(id)
        a["class"] = .text("legend-sample")
        g.edges.append(DOTEdge(from: id + "-a", to: id + "-b", attributes: a))
      case .node(let attrs):
        var a = attrs
        for (k, v) in [
          "width": DOTValue.number(0.45 * scale), "height": .number(0.24 * scale), "fixedsize": .text("true"),
        ] {
          a[k] = v
        }
        a["id"] = .text(id)
        g.nodes.append(DOTNode(id: id, attributes: pinned(a, x + sampleWidth / 2, y)))
      }
      let textWidth = columnWidth - sampleWidth - 14 * scale
      // A plain label the width of the column, left-justified: an HTML-like table would
      // align it as well but leak on every render (Graphviz 2.42; see Guides/Benchmarks.md).
      let text: DOTAttributes = [
        "shape": .text("plaintext"), "label": .leftJustified(entry.text), "fixedsize": .text("true"),
        "width": .number(textWidth / 72), "height": .number(14 * scale / 72),
        "id": .text(id + "-text"), "margin": .text("0"),
      ]
      g.nodes.append(
        DOTNode(id: id + "-text", attributes: pinned(text, x + sampleWidth + 8 * scale + textWidth / 2, y)))
    }
    return g
  }

  private func pinned(_ a: DOTAttributes, _ x: Double, _ y: Double) -> DOTAttributes {
    var out = a
    out["pos"] = .text("\(DOTEscape.number(x).replacingQuotes()),\(DOTEscape.number(y).replacingQuotes())!")
    return out
  }

  /// The legend as rows of an HTML-like label: a text sample of each line (its dash
  /// pattern and arrowhead as characters) in its colour, then its meaning.
  public var htmlRows: [[HTMLLabel]] {
    entries.map { entry in
      let sample: HTMLLabel
      switch entry.sample {
      case .edge(let a):
        let parts = (Self.text(a, "style") ?? "solid").split(separator: ",")
        let pattern = ["dashed", "dotted", "bold"].first { parts.contains(Substring($0)) } ?? "solid"
        let color = Self.text(a, "color") ?? "#555555"
        let line = color.contains(":") ? "═══" : DiagramStyle.lineSample(pattern)
        let head = a["dir"] == .text("none") ? "" : Self.glyph(Self.text(a, "arrowhead") ?? "normal")
        sample = HTMLLabel.text(line + head).font(color: String(color.prefix(7)), size: 11)
      case .node(let a):
        sample = HTMLLabel.text(Self.text(a, "shape") ?? "ellipse").font(size: 10)
      }
      return [sample, HTMLLabel.text(entry.text).font(size: 10)]
    }
  }

  static func text(_ a: DOTAttributes, _ key: String) -> String? {
    if case .text(let s)? = a[key] { return s }
    return nil
  }

  /// A character that looks like a Graphviz arrowhead.
  static func glyph(_ arrow: String) -> String {
    switch arrow {
    case "empty", "onormal": return "▷"
    case "vee": return "›"
    case "odiamond": return "◇"
    case "diamond": return "◆"
    case "tee": return "┤"
    case "dot": return "●"
    case "odot": return "○"
    case "none": return ""
    default: return "▶"
    }
  }
}
